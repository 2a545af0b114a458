import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.ts';

const DEMO = ['fixtures/demo/klasse-7b.csv', '--roster', 'fixtures/demo/klasse-7b-roster.csv'];
const ENGLISH = /\b(Warnings|Notes|Errors|Questions|Follow-up|Pupil|recv|nominations|answered|was read as|named themself|limit|respondents)\b/;

describe('--lang: the readable output in bokmål, nynorsk or English', () => {
  it('analyse --lang nn writes the headings, the table and the issues in nynorsk', async () => {
    const { code, stdout } = await runCli('analyse', ...DEMO, '--lang', 'nn');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Elev\s+vald av\s+valde\s+gjensidige\s+status\s+indikatorar\n/);
    expect(stdout).toMatch(/Selma Rønning\s+0\s+3\s+0\s+oversett\s+REPORTED_VICTIM ISOLATED NEGLECTED/);
    expect(stdout).toContain('\nSpørsmål:\n');
    expect(stdout).toMatch(/\[positivt\]: 71 val, tettleik 0,118, gjensidigheit \d,\d\d, modularitet \d,\d\d, 24\/25 svarte/);
    expect(stdout).toContain('\nOppfølgingsliste (5):\n');
    expect(stdout).toContain('\nÅtvaringar (3):\n  NAME_FUZZY_MATCH ×1\n');
    expect(stdout).toContain('    klasse-7b.csv, rad 23, kolonne «Hvem liker du å være sammen med i friminuttet? [1]»: Namnet vart lese trass i ein skrivefeil – sjekk det. («Øystein Li», Øystein Lie)\n');
    expect(stdout).toContain('Ein elev valde seg sjølv; fjerna.');
    expect(stdout).not.toMatch(ENGLISH);
  });

  it('analyse --lang nb writes them in bokmål', async () => {
    const { stdout } = await runCli('analyse', ...DEMO, '--lang', 'nb');
    expect(stdout).toMatch(/^Elev\s+valgt av\s+valgte\s+gjensidige\s+status\s+indikatorer\n/);
    expect(stdout).toMatch(/Selma Rønning\s+0\s+3\s+0\s+oversett\s+/);
    expect(stdout).toContain('\nOppfølgingsliste (5):\n');
    expect(stdout).toContain('\nAdvarsler (3):\n');
    expect(stdout).toContain(': Navnet ble lest tross en skrivefeil – sjekk det. («Øystein Li», Øystein Lie)\n');
    expect(stdout).toContain('En elev valgte seg selv; fjernet.');
    expect(stdout).not.toMatch(ENGLISH);
    expect(stdout).not.toMatch(/\b(vald|valde|ikkje|Åtvaringar|elevar)\b/);
  });

  it('analyse and import in English by default, byte for byte as before; --lang en is the same', async () => {
    const snapshot = (name: string) => readFileSync(new URL(`./one-class-outputs/${name}`, import.meta.url), 'utf8');
    const analysed = await runCli('analyse', ...DEMO);
    expect(analysed.stdout).toBe(snapshot('demo-7b-analyse.txt'));
    expect((await runCli('analyse', ...DEMO, '--lang', 'en')).stdout).toBe(analysed.stdout);
    expect(analysed.stdout).toContain('"Øystein Li" was read as Øystein Lie. Check that this is right.');
    const imported = await runCli('import', ...DEMO);
    expect(imported.stdout).toBe(snapshot('demo-7b.txt'));
    expect((await runCli('import', ...DEMO, '--lang', 'en')).stdout).toBe(imported.stdout);
  });

  it('import --lang nn summarises the file and its issues in nynorsk', async () => {
    const { code, stdout } = await runCli('import', ...DEMO, '--lang', 'nn');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^fixtures\/demo\/klasse-7b\.csv: formatet wide, CSV \(utf-8, skiljeteikn ","\), 24 datarader\nElevar: 25 \(24 svarte, 1 svarte ikkje\)\nSpørsmål:\n/);
    expect(stdout).toMatch(/\[positivt, grense 3\]  71 val frå 24 som svarte\n    «Hvem liker du å være sammen med i friminuttet\?»/);
    expect(stdout).toContain('\nMerknader (4):\n');
    expect(stdout).toContain(': Namnet vart lese ut frå førenamn og forbokstav. («Kari S.», Kari Sæther)\n');
    expect(stdout).not.toMatch(ENGLISH);
  });

  it('a survey that cannot be read is explained in the --lang language', async () => {
    const nn = await runCli('import', 'fixtures/invalid/NO_NAME_COLUMN.csv', '--lang', 'nn');
    expect(nn.code).toBe(2);
    expect(nn.stderr).toMatch(/^Undersøkinga kunne ikkje lesast\.\n\nFeil \(1\):\n  NO_NAME_COLUMN ×1\n    NO_NAME_COLUMN\.csv, rad 1: Fann ingen kolonne med namna til elevane\.\n/);
    const en = await runCli('import', 'fixtures/invalid/NO_NAME_COLUMN.csv');
    expect(en.stderr).toMatch(/^The survey could not be read\.\n\nErrors \(1\):\n  NO_NAME_COLUMN ×1\n    NO_NAME_COLUMN\.csv, row 1: No column with the respondent's name was found/);
  });

  it('plan writes its groups, seats, score and support group in the --lang language', async () => {
    const FAST = ['--iterations', '300', '--seed', '1'];
    const groups = (await runCli('plan', 'groups', ...DEMO, '--lang', 'nn', ...FAST)).stdout;
    expect(groups).toMatch(/^Gruppe 1: /);
    expect(groups).toMatch(/\n\nPoeng -?\d+ \(par -?\d+, \d+ elevar med ein vald venn\)\. Alle reglane blir haldne \(\d+ kontrollar\)\./);
    expect(groups).not.toMatch(/\b(Group|Score|Note)\b/);
    const seating = (await runCli('plan', 'seating', ...DEMO, '--layout', 'fixtures/planning/layout-pairs-4x4.json', '--lang', 'nb', ...FAST)).stdout;
    expect(seating).toMatch(/^Rad 1: /);
    expect(seating).toMatch(/\n\nPoeng -?\d+\. Alle reglene holdes\./);
    const support = (await runCli('plan', 'support', ...DEMO, '--pupil', 'p12', '--lang', 'nn')).stdout;
    expect(support).toMatch(/^Støttegruppe for Selma Rønning:\n  1\. /);
  });
});
