import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../run-cli.test-helper.ts';

describe('sociogram import', () => {
  it('--json prints the public import contract with roster ids', async () => {
    const { code, stdout } = await runCli('import', 'fixtures/tiny/long.csv', '--roster', 'fixtures/tiny/roster.csv', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['pupils', 'questions', 'nominations', 'respondents', 'issues', 'detected']);
    expect(json.pupils[1]).toEqual({ gender: 'f', support: 'yes', id: 'p2', name: 'Kari Nilsen' });
    expect(json.questions[0]).toEqual({ id: 'hvem-er-vennene-dine', label: 'Hvem er vennene dine?', kind: 'positive', limit: null });
    expect(json.nominations).toContainEqual({ from: 'p1', to: 'p2', question: 'hvem-er-vennene-dine' });
    expect(json.nominations).toHaveLength(6);
    expect(json.respondents['hvem-er-vennene-dine']).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(json.issues.map((i: { code: string }) => i.code)).toEqual(['NON_RESPONDENT']);
  });

  it('applies --questions, --format and column options', async () => {
    const mapped = JSON.parse((await runCli('import', 'fixtures/tiny/wide-semicolon-cp1252.csv', '--roster', 'fixtures/tiny/roster.csv', '--questions', 'fixtures/tiny/mapping.json', '--json')).stdout);
    expect(mapped.questions.map((q: { id: string; limit: number | null }) => [q.id, q.limit])).toEqual([['friends', 2], ['victim', null]]);
    const matrix = JSON.parse((await runCli('import', 'fixtures/tiny/matrix-friends.csv', '--format', 'matrix', '--question', 'venner', '--json')).stdout);
    expect(matrix.questions[0].id).toBe('venner');
    expect(matrix.nominations).toHaveLength(5);
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await runCli('import', 'fixtures/demo/klasse-7b.csv', '--roster', 'fixtures/demo/klasse-7b-roster.csv');
    expect(code).toBe(0);
    expect(stdout).toContain('Pupils: 25 (24 answered, 1 did not)');
    expect(stdout).toMatch(/NAME_FUZZY_MATCH ×1\n\s+klasse-7b\.csv, row 23, column "Hvem liker du å være sammen med i friminuttet\? \[1\]": "Øystein Li" was read as Øystein Lie/);
  });

  it('exits 2 with located issues on stderr for an unusable file', async () => {
    const { code, stdout, stderr } = await runCli('import', 'fixtures/invalid/NO_NAME_COLUMN.csv');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/NO_NAME_COLUMN ×1\n\s+NO_NAME_COLUMN\.csv, row 1: /);
  });

  it('exits 2 for a missing file and 1 for usage errors', async () => {
    expect((await runCli('import', 'fixtures/nope.csv')).code).toBe(2);
    expect((await runCli('import')).code).toBe(1);
    expect((await runCli('import', 'a.csv', '--format', 'grid')).stderr).toContain('--format must be one of');
    expect((await runCli('frobnicate')).code).toBe(1);
    expect((await runCli('--help')).code).toBe(0);
  });

  it('runs through the repository launcher of `pnpm sociogram` (from source)', async () => {
    const result = spawnSync(process.execPath, ['packages/cli/scripts/sociogram-dev.mjs', 'import', 'fixtures/tiny/google-forms.csv', '--json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: ROOT } });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).pupils).toHaveLength(5);
  });
});
