/** Analysis speed: the 60 classes (~1,600 pupils) of a generated school, against building their graphs alone. */
import { analyseSurvey, importSurvey, type Survey } from '@sociogram/core';
import { kindGraph } from '@sociogram/core/internal';
import type { BenchRow } from './bench-row.ts';
import { generateSchool } from './generate-school.ts';
import { measure } from './measure.ts';

export function analyseBench(): BenchRow[] {
  const school = generateSchool(60, 2026);
  const encode = (text: string) => new TextEncoder().encode(text);
  const surveys: Survey[] = school.classes.map((c) => importSurvey(encode(c.survey), { roster: encode(c.roster) }).survey);
  const floor = measure(() => surveys.map((s) => kindGraph(s, 'positive')), 9, 2);
  const full = measure(() => surveys.map((s) => analyseSurvey(s)), 9, 2);
  return [
    { name: `positive graphs alone, ${surveys.length} classes (baseline)`, value: floor.median, unit: 'ms', target: null },
    { name: `analyseSurvey, ${surveys.length} classes, ${school.pupils} pupils`, value: full.median, unit: 'ms', target: 1000, ratio: full.median / floor.median, ratioOf: 'graphs' },
  ];
}
