import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.ts';

const DEMO = ['fixtures/demo/klasse-7b.csv', '--roster', 'fixtures/demo/klasse-7b-roster.csv'];

describe('sociogram analyse', () => {
  it('--json prints the documented contract', async () => {
    const { code, stdout } = await runCli('analyse', ...DEMO, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const q = json.questions['hvem-liker-du-a-vaere-sammen-med-i'];
    expect(Object.keys(q)).toEqual(expect.arrayContaining(['density', 'reciprocity', 'modularity']));
    expect(q.density).toBeCloseTo(71 / (25 * 24), 12);
    const selma = json.pupils.find((p: { name: string }) => p.name === 'Selma Rønning');
    expect(selma).toMatchObject({ id: 'p12', respondent: true, isolated: true, status: { coieDodge: 'neglected' } });
    expect(selma.questions['hvem-liker-du-a-vaere-sammen-med-i']).toEqual({ received: 0, given: 3, mutual: 0, respondent: true });
    expect(selma.indicators.map((i: { code: string }) => i.code)).toEqual(['REPORTED_VICTIM', 'ISOLATED', 'NEGLECTED']);
    expect(json.pupils.find((p: { id: string }) => p.id === 'p13')).toMatchObject({ respondent: false, isolated: true });
    expect(json.issues.map((i: { code: string }) => i.code)).toContain('NAME_FUZZY_MATCH');
    expect(json.followUp[0]).toMatchObject({ rank: 1, pupil: 'p12' });
  });

  it('accepts "analyze", a seed, and prints a readable report in either language', async () => {
    const en = await runCli('analyze', ...DEMO, '--seed', '3');
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/Selma Rønning\s+0\s+3\s+0\s+neglected\s+REPORTED_VICTIM ISOLATED NEGLECTED/);
    expect(en.stdout).toContain('Nobody chose Leah Ahmed as someone to be with (0 of 24 classmates who answered).');
    const nb = await runCli('analyse', ...DEMO, '--lang', 'nb');
    expect(nb.stdout).toContain('Ingen valgte Leah Ahmed som en å være sammen med (0 av 24 klassekamerater som svarte).');
    expect(nb.stdout).toMatch(/Coie–Dodge-metoden kaller det «(avvist|oversett)» – (tydelig|usikkert)/);
    const nn = await runCli('analyse', ...DEMO, '--lang', 'nn');
    expect(nn.stdout).toContain('Ingen valde Leah Ahmed som ein å vere saman med (0 av 24 klassekameratar som svarte).');
    expect(nn.stdout).toMatch(/Coie–Dodge-metoden kallar det «(avvist|oversett)» – (tydeleg|usikkert)/);
  });

  it('is reproducible for a seed and rejects bad options', async () => {
    expect((await runCli('analyse', ...DEMO, '--json', '--seed', '5')).stdout).toBe((await runCli('analyse', ...DEMO, '--json', '--seed', '5')).stdout);
    expect((await runCli('analyse', ...DEMO, '--seed', 'x')).code).toBe(1);
    expect((await runCli('analyse', ...DEMO, '--lang', 'de')).code).toBe(1);
    expect((await runCli('analyse', 'fixtures/invalid/EMPTY_FILE.csv')).code).toBe(2);
  });
});
