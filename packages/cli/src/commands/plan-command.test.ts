import { describe, expect, it } from 'vitest';
import { generateCohortProblem, scoreGroups } from '@sociogram/core';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, runCli } from '../run-cli.test-helper.ts';

const DEMO = ['fixtures/demo/klasse-7b.csv', '--roster', 'fixtures/demo/klasse-7b-roster.csv'];
const FAST = ['--iterations', '1500', '--time-limit', '60000'];

describe('sociogram plan', () => {
  it('groups from a survey file: the documented JSON, reproducible, and the problem can be saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const saved = join(dir, 'p.json');
    const { code, stdout } = await runCli('plan', 'groups', ...DEMO, '--size', '4', '--json', '--write-problem', saved, ...FAST);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ infeasible: false, violations: [] });
    expect(json.groups.flat()).toHaveLength(25);
    const problem = JSON.parse(readFileSync(saved, 'utf8'));
    expect(problem.version).toBe(1);
    expect(scoreGroups(problem, json.groups, 4).score).toBe(json.score);
    const again = JSON.parse((await runCli('plan', 'groups', '--problem', saved, '--size', '4', '--json', ...FAST)).stdout);
    expect(again.groups).toEqual(json.groups);
    expect(json.pupils.find((p: { pupil: string }) => p.pupil === 'p12').rules.length).toBeGreaterThan(0);
  });

  it('exits 3 with the conflicts when the rules cannot all hold', async () => {
    const { code, stdout } = await runCli('plan', 'groups', '--problem', 'fixtures/planning/infeasible-together-apart.json', '--json');
    expect(code).toBe(3);
    const json = JSON.parse(stdout);
    expect(json.infeasible).toBe(true);
    expect(json.conflicts[0]).toMatchObject({ code: 'TOGETHER_APART', pupils: ['kari', 'per'] });
    expect(json).not.toHaveProperty('groups');
    expect((await runCli('plan', 'groups', '--problem', 'fixtures/planning/infeasible-together-apart.json')).stdout).toContain('Kari and Per must be together');
    expect((await runCli('plan', 'groups', '--problem', 'fixtures/planning/infeasible-together-apart.json', '--lang', 'nn')).stdout).toContain(
      'Kari og Per skal vere saman (ønskte saman eller låste), men òg haldast frå kvarandre (meldt mobbing).',
    );
  });

  it('--json carries each sentence in bokmål and English and the message it is written from', async () => {
    const json = JSON.parse((await runCli('plan', 'groups', '--problem', 'fixtures/planning/infeasible-together-apart.json', '--json')).stdout);
    expect(json.conflicts[0]).toEqual({
      code: 'TOGETHER_APART',
      pupils: ['kari', 'per'],
      text: { nb: 'Kari og Per skal være sammen (ønsket sammen eller låst), men også holdes fra hverandre (meldt mobbing).', en: 'Kari and Per must be together (kept together or locked) but also kept apart (reported bullying).' },
      message: { code: 'CONFLICT_TOGETHER_APART', facts: { a: 'Kari', b: 'Per', reasons: ['bullying'] } },
      sensitive: true,
    });
    expect((await runCli('plan', 'groups', '--problem', 'fixtures/planning/infeasible-together-apart.json', '--lang', 'de')).code).toBe(1);
  });

  it('rejects an invalid problem with every issue located (exit 2)', async () => {
    const { code, stderr } = await runCli('plan', 'groups', '--problem', 'fixtures/planning/invalid-unknown-id.json');
    expect(code).toBe(2);
    expect(stderr).toContain('pupils[2].id: duplicate pupil id "a"');
    expect(stderr).toContain('bullying[0][1]: unknown pupil id "zorro"');
    expect(stderr).toContain('positive[0]: a pupil cannot be paired with themself ("b")');
  });

  it('seating, support and classes', async () => {
    const seating = JSON.parse((await runCli('plan', 'seating', ...DEMO, '--layout', 'fixtures/planning/layout-pairs-4x4.json', '--json', ...FAST)).stdout);
    expect(seating.seats).toHaveLength(32);
    expect(seating.seats.at(-1)).toMatchObject({ seat: 'r4d4b', row: 3, desk: 'r4d4', place: { area: 'row', number: 4, desk: 4, seat: 2 } });
    expect(seating.seats.filter((s: { pupil: string | null }) => s.pupil).length).toBe(25);
    expect(seating.violations).toEqual([]);
    const report = (await runCli('plan', 'seating', ...DEMO, '--layout', 'fixtures/planning/layout-pairs-4x4.json', ...FAST)).stdout;
    const rows = report.split('\n').filter((line) => line.startsWith('Row '));
    expect(rows.map((line) => line.split(':')[0])).toEqual(['Row 1', 'Row 2', 'Row 3', 'Row 4']);
    expect(rows.map((line) => line.split(' | ').length)).toEqual([4, 4, 4, 4]);
    expect(report).toContain('Every rule is met.');
    const support = JSON.parse((await runCli('plan', 'support', ...DEMO, '--pupil', 'p12', '--json')).stdout);
    expect(support.suggestions).toHaveLength(6);
    expect(support.suggestions[0]).toMatchObject({ reason: 'CHOSEN_BY_PUPIL' });
    const dir = mkdtempSync(join(tmpdir(), 'cohort-'));
    writeFileSync(join(dir, 'cohort.json'), JSON.stringify(generateCohortProblem({ n: 100, seed: 3, classCount: 4 })));
    const classes = JSON.parse((await runCli('plan', 'classes', '--problem', join(dir, 'cohort.json'), '--json', '--iterations', '300', '--time-limit', '60000')).stdout);
    expect(classes.classes.map((c: string[]) => c.length)).toEqual([25, 25, 25, 25]);
    expect(classes.guarantees.withChosenFriend).toBe(classes.guarantees.withAdmissibleFriend);
  });

  it('--workers 2 runs a second search on another thread and keeps the better plan (groups and classes)', async () => {
    const one = JSON.parse((await runCli('plan', 'groups', ...DEMO, '--json', ...FAST)).stdout);
    // Worker threads load TypeScript through tsx, so this runs the repository's source launcher (no build needed).
    const launched = spawnSync(process.execPath, ['packages/cli/scripts/sociogram-dev.mjs', 'plan', 'groups', ...DEMO, '--json', '--workers', '2', ...FAST], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: ROOT } });
    expect(launched.status).toBe(0);
    const two = JSON.parse(launched.stdout);
    expect(two.score).toBeGreaterThanOrEqual(one.score);
    expect(two.violations).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'cohort-'));
    writeFileSync(join(dir, 'cohort.json'), JSON.stringify(generateCohortProblem({ n: 100, seed: 4, classCount: 4 })));
    const classes = spawnSync(process.execPath, ['packages/cli/scripts/sociogram-dev.mjs', 'plan', 'classes', '--problem', join(dir, 'cohort.json'), '--workers', '2', '--iterations', '200', '--time-limit', '60000', '--json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: ROOT } });
    expect(classes.status).toBe(0);
    expect(JSON.parse(classes.stdout).classes.flat()).toHaveLength(100);
  });

  it('usage errors exit 1', async () => {
    expect((await runCli('plan', 'groups')).code).toBe(1);
    expect((await runCli('plan', 'tables', ...DEMO)).code).toBe(1);
    expect((await runCli('plan', 'seating', ...DEMO)).stderr).toContain('--layout');
    expect((await runCli('plan', 'groups', ...DEMO, '--size', '0')).code).toBe(1);
  });

  it('--audience classroom prints names and places only; meeting leaves out notes resting on bullying answers', async () => {
    const classroom = await runCli('plan', 'groups', ...DEMO, ...FAST, '--audience', 'classroom');
    expect(classroom.code).toBe(0);
    expect(classroom.stdout).toMatch(/^Group 1: /);
    for (const word of ['Score', 'Note', 'rule', 'friend']) expect(classroom.stdout).not.toContain(word);
    const screen = await runCli('plan', 'groups', ...DEMO, ...FAST);
    expect(screen.stdout).toContain('Score');
    // A problem whose only note rests on a bullying report: w is protected because reported bullied.
    const dir = mkdtempSync(join(tmpdir(), 'audience-'));
    const problem = { version: 1, pupils: ['a', 'b', 'c', 'w'].map((id) => ({ id, vulnerable: id === 'w', sensitiveStatus: id === 'w' })) };
    writeFileSync(join(dir, 'p.json'), JSON.stringify(problem));
    const meeting = await runCli('plan', 'groups', '--problem', join(dir, 'p.json'), '--size', '2', '--audience', 'meeting');
    expect(meeting.stdout).not.toMatch(/Note: .*w/);
    expect(meeting.stdout).toContain('1 more note rest on negative or bullying answers');
    const all = await runCli('plan', 'groups', '--problem', join(dir, 'p.json'), '--size', '2');
    expect(all.stdout).toMatch(/Note: w has no chosen friend/);
    expect((await runCli('plan', 'groups', ...DEMO, '--audience', 'pupils')).code).toBe(1);
  });
});
