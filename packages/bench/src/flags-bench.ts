/**
 * How many pupils each flag marks, on real classes (Moreno 1934, no negative question), the demo class, and
 * generated classes (with negative and bullying questions), beside the rates the literature reports — so
 * over-flagging shows. Literature: Coie, Dodge & Coppotelli (1982) and Newcomb, Bukowski & Pattee (1993):
 * about 12 % popular, 12 % rejected, 12 % neglected, 6 % controversial with the standard-score method.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseSurvey, generateClassSurvey, importSurvey, type Analysis, type Survey } from '@sociogram/core';

const REPO = join(import.meta.dirname, '../../..');
const read = (path: string) => new Uint8Array(readFileSync(join(REPO, 'fixtures', path)));

const FLAGS: readonly { readonly name: string; readonly marks: (p: Analysis['pupils'][number]) => boolean; readonly literature: string }[] = [
  { name: 'ISOLATED (nobody chose)', marks: (p) => p.isolated, literature: '' },
  { name: 'NO_MUTUAL_FRIEND', marks: (p) => p.indicators.some((i) => i.code === 'NO_MUTUAL_FRIEND'), literature: '' },
  { name: 'POWER_POSITION (indicator)', marks: (p) => p.power.flagged, literature: '' },
  { name: '  of which star (chosen far more than chance)', marks: (p) => p.power.star, literature: '' },
  { name: 'powerful for planning (also z > 1 alone)', marks: (p) => p.power.powerful, literature: '' },
  { name: 'Coie–Dodge popular', marks: (p) => p.status.coieDodge === 'popular', literature: '≈ 12 %' },
  { name: 'Coie–Dodge rejected (REJECTED)', marks: (p) => p.status.coieDodge === 'rejected', literature: '≈ 12 %' },
  { name: 'Coie–Dodge neglected (NEGLECTED)', marks: (p) => p.status.coieDodge === 'neglected', literature: '≈ 12 %' },
  { name: 'Coie–Dodge controversial', marks: (p) => p.status.coieDodge === 'controversial', literature: '≈ 6 %' },
  { name: 'REPORTED_VICTIM', marks: (p) => p.indicators.some((i) => i.code === 'REPORTED_VICTIM'), literature: '' },
  { name: 'GAVE_NO_NOMINATIONS', marks: (p) => p.gaveNoNominations, literature: '' },
];

function moreno(): Survey[] {
  return [1, 2, 3, 4, 5, 6, 7, 8].map((g) => importSurvey(read(`moreno-1934/grade${g}/edges.csv`), { roster: read(`moreno-1934/grade${g}/roster.csv`) }).survey);
}

function demo(): Survey[] {
  return [importSurvey(read('demo/klasse-7b.csv'), { roster: read('demo/klasse-7b-roster.csv') }).survey];
}

function generated(): Survey[] {
  return Array.from({ length: 20 }, (_, seed) => generateClassSurvey({ n: 25, seed: seed + 1 }));
}

/** The share table, one column per set of classes. */
export function flagsBench(): string {
  const sets = [['Moreno (8)', moreno()], ['demo 7B', demo()], ['generated (20×25)', generated()]] as const;
  const analyses = sets.map(([, surveys]) => surveys.map((s) => analyseSurvey(s)).flatMap((a) => a.pupils));
  const width = Math.max(...FLAGS.map((f) => f.name.length));
  let out = `${'flag'.padEnd(width)}  ${sets.map(([name, s]) => `${name} n=${analyses[sets.findIndex((x) => x[1] === s)]!.length}`.padStart(24)).join('')}  literature\n`;
  for (const flag of FLAGS) {
    const cells = analyses.map((pupils) => {
      const count = pupils.filter(flag.marks).length;
      return `${count} (${((100 * count) / pupils.length).toFixed(1)} %)`.padStart(24);
    });
    out += `${flag.name.padEnd(width)}  ${cells.join('')}  ${flag.literature}\n`;
  }
  return out;
}
