/**
 * The sentences of `--json` are a public contract: every `text: {nb, en}` (and the power-position reasons in
 * an indicator's facts) of `analyse --json` and `plan … --json` on the demo and fixture classes, by JSON path,
 * must stay byte for byte what json-texts.golden.json records. Update only on a deliberate, documented change
 * (`vitest run -u src/golden/json-texts.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.ts';

const DEMO = ['fixtures/demo/klasse-7b.csv', '--roster', 'fixtures/demo/klasse-7b-roster.csv'];
const FAST = ['--iterations', '1500', '--time-limit', '600000'];
const GOLDEN = 'packages/cli/src/golden';

/** Each run: a name and the arguments of one `sociogram … --json`. */
const RUNS: readonly { readonly name: string; readonly args: readonly string[] }[] = [
  { name: 'analyse demo 7b', args: ['analyse', ...DEMO] },
  { name: 'analyse class 35', args: ['analyse', 'fixtures/class-35/klasse-35.csv', '--roster', 'fixtures/class-35/klasse-35-roster.csv'] },
  { name: 'analyse bullying class', args: ['analyse', 'fixtures/tiny/bullying-class.csv'] },
  { name: 'analyse google forms', args: ['analyse', 'fixtures/tiny/google-forms.csv'] },
  { name: 'analyse grade 7 (several classes)', args: ['analyse', 'fixtures/school/grade-7-google-forms.csv'] },
  { name: 'plan groups demo 7b', args: ['plan', 'groups', ...DEMO, '--size', '4', ...FAST] },
  { name: 'plan seating demo 7b', args: ['plan', 'seating', ...DEMO, '--layout', 'fixtures/planning/layout-pairs-4x4.json', ...FAST] },
  { name: 'plan support demo 7b', args: ['plan', 'support', ...DEMO, '--pupil', 'p12'] },
  { name: 'plan classes grade 7', args: ['plan', 'classes', 'fixtures/school/grade-7-google-forms.csv', '--classes', '2', ...FAST] },
  { name: 'plan groups together-apart', args: ['plan', 'groups', '--problem', 'fixtures/planning/infeasible-together-apart.json'] },
  { name: 'plan groups conflicts', args: ['plan', 'groups', '--problem', `${GOLDEN}/conflicts-groups.json`] },
  { name: 'plan classes conflicts', args: ['plan', 'classes', '--problem', `${GOLDEN}/conflicts-groups.json`, '--classes', '4'] },
  { name: 'plan groups power and gender', args: ['plan', 'groups', '--problem', `${GOLDEN}/conflicts-power.json`] },
  { name: 'plan seating conflicts', args: ['plan', 'seating', '--problem', `${GOLDEN}/conflicts-seating.json`, '--layout', 'fixtures/planning/layout-pairs-4x4.json'] },
];

const TEXT_KEYS = new Set(['text', 'reasonsNb', 'reasonsEn']);

/** Every sentence in a JSON value, by path: `text` objects and the reasons written into an indicator's facts. */
function jsonTexts(value: unknown, path = '$', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (Array.isArray(value)) value.forEach((item, i) => jsonTexts(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (TEXT_KEYS.has(key)) out[`${path}.${key}`] = inner;
      else jsonTexts(inner, `${path}.${key}`, out);
    }
  }
  return out;
}

describe('the sentences of --json are unchanged', () => {
  it('records the sentences of analyse and plan --json on the demo and fixture classes', async () => {
    const golden: Record<string, Record<string, unknown>> = {};
    for (const run of RUNS) {
      const { code, stdout } = await runCli(...run.args, '--json');
      expect([0, 3]).toContain(code);
      golden[run.name] = jsonTexts(JSON.parse(stdout));
      expect(Object.keys(golden[run.name]!).length, run.name).toBeGreaterThan(0);
    }
    await expect(`${JSON.stringify(golden, null, 2)}\n`).toMatchFileSnapshot('./json-texts.golden.json');
  }, 120_000);
});
