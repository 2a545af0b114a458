/**
 * Every CLI command on every file in fixtures/hostile/ (see its README): it answers with the expected exit
 * code — 2 for input it refuses, 3 for a plan no rules allow, 0 for hostile names it must treat like any
 * other — never with a stack trace, and readable output never carries a control character to the terminal.
 * How long each takes is measured by `pnpm bench` (docs/benchmarks.md), not here.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.test-helper.ts';

const H = 'fixtures/hostile/';
const XLSX = readdirSync(`${ROOT}${H}`).filter((name) => /^xlsx-.*\.xlsx$/.test(name));
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const BIG = ['pupils-100000-problem.json', 'pupils-10000-problem.json', 'together-chain-10000-problem.json'];

/** [command, arguments, the exit codes allowed]; a plan from a survey may honestly be 0 or 3 (the property test in core checks that such names plan exactly like ordinary ones). */
const cases: [string, string[], number | readonly number[]][] = [
  ...XLSX.map((name): [string, string[], number] => ['import', [`${H}${name}`], 2]),
  ...['xlsx-bomb-lying.xlsx', 'xlsx-noise-1.xlsx'].flatMap((name): [string, string[], number | readonly number[]][] => [
    ['analyse', [`${H}${name}`], 2],
    ['plan', ['groups', `${H}${name}`], 2],
    ['import', [`${H}proto-long.csv`, '--roster', `${H}${name}`], 2],
  ]),
  ...['proto-long.csv', 'proto-wide.csv', 'proto-matrix.csv', 'proto-wide.xlsx'].flatMap((name): [string, string[], number | readonly number[]][] => [
    ['import', [`${H}${name}`], 0],
    ['analyse', [`${H}${name}`], 0],
    ['plan', ['groups', `${H}${name}`, '--iterations', '200'], [0, 3]],
    ['plan', ['classes', `${H}${name}`, '--classes', '2', '--iterations', '50'], [0, 3]],
    ['plan', ['support', `${H}${name}`, '--pupil', '__proto__'], 0],
  ]),
  ['analyse', [`${H}proto-long.csv`, '--roster', `${H}proto-roster.csv`], 0],
  ['plan', ['groups', '--problem', `${H}proto-problem.json`, '--iterations', '200'], 0],
  ['plan', ['classes', '--problem', `${H}proto-problem.json`, '--iterations', '50'], 0],
  ['plan', ['support', '--problem', `${H}proto-problem.json`, '--pupil', 'constructor'], 0],
  // Seating: __proto__ and constructor are locked to seat 0, and one seat holds one pupil.
  ['plan', ['seating', '--problem', `${H}proto-problem.json`, '--layout', `${H}layout-pairs.json`, '--iterations', '100'], 3],
  ['analyse', [`${H}cliques-60.csv`], 0],
  ['import', [`${H}pupils-20000.csv`], 2],
  ['analyse', [`${H}pupils-20000.csv`], 2],
  ['plan', ['groups', `${H}pupils-20000.csv`], 2],
  ['import', [`${H}questions-101.csv`], 0],
  ['analyse', [`${H}questions-101.csv`], 2],
  ['plan', ['groups', `${H}questions-101.csv`], 2],
  ['import', [`${H}duplicates-150000.csv`], 0],
  ['analyse', [`${H}duplicates-150000.csv`], 0],
  ['plan', ['groups', `${H}duplicates-150000.csv`, '--size', '2'], 0],
  ['import', [`${H}escape-codes.csv`], 0],
  ['analyse', [`${H}escape-codes.csv`], 0],
  ['analyse', [`${H}escape-codes.xlsx`], 0],
  ['plan', ['groups', '--problem', `${H}escape-codes-problem.json`, '--iterations', '100'], 0],
  ['plan', ['classes', '--problem', `${H}escape-codes-problem.json`, '--iterations', '50'], 0],
  ...BIG.flatMap((name): [string, string[], number | readonly number[]][] => [
    ['plan', ['groups', '--problem', `${H}${name}`], 2],
    ['plan', ['classes', '--problem', `${H}${name}`], 2],
    ['plan', ['seating', '--problem', `${H}${name}`, '--layout', `${H}layout-pairs.json`], 2],
    ['plan', ['support', '--problem', `${H}${name}`, '--pupil', 'p1'], 2],
  ]),
  ['plan', ['classes', '--problem', `${H}together-chain-2000-problem.json`], 3],
  ['plan', ['groups', '--problem', `${H}together-chain-2000-problem.json`], 2],
];

describe('sociogram on fixtures/hostile/', () => {
  it.each(cases)('%s %j exits %j, without a stack trace or a control character', async (command, args, code) => {
    for (const json of [false, true]) {
      const { code: exit, stdout, stderr } = await runCli(command, ...args, ...(json ? ['--json'] : []));
      expect({ exit, stderr: stderr.slice(0, 300) }).toMatchObject({ exit: typeof code === 'number' ? code : expect.toSatisfy((e: number) => code.includes(e)) });
      expect(stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
      expect(stderr).not.toMatch(CONTROL);
      if (!json) expect(stdout).not.toMatch(CONTROL);
      if (json && exit !== 2) expect(() => JSON.parse(stdout)).not.toThrow();
      if (exit === 2) expect(stderr.length).toBeGreaterThan(20);
    }
  });
});
