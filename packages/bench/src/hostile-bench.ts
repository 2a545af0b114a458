/**
 * Time and peak memory to answer the worst of fixtures/hostile/ (issue 22): each case in a fresh process
 * (hostile-child.ts), so its peak memory is its own. Time is measured inside the process, from the command's
 * start to its answer; a fresh Node process with tsx adds about 0.5–1 s and 100 MB before it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './bench-row.ts';

const CHILD = fileURLToPath(new URL('./hostile-child.ts', import.meta.url));
const H = 'fixtures/hostile/';

/** [label, arguments, the exit code expected]. */
export const HOSTILE_CASES: readonly (readonly [string, readonly string[], number])[] = [
  ['import xlsx-bomb-declared (1 GiB declared)', ['import', `${H}xlsx-bomb-declared.xlsx`], 2],
  ['import xlsx-bomb-lying (1 GiB as 678 bytes)', ['import', `${H}xlsx-bomb-lying.xlsx`], 2],
  ['import xlsx-bomb-ratio (343 : 1)', ['import', `${H}xlsx-bomb-ratio.xlsx`], 2],
  ['import xlsx-many-entries (5,000)', ['import', `${H}xlsx-many-entries.xlsx`], 2],
  ['import xlsx-noise-1 (corrupt)', ['import', `${H}xlsx-noise-1.xlsx`], 2],
  ['analyse duplicates-150000.csv', ['analyse', `${H}duplicates-150000.csv`], 0],
  ['analyse pupils-20000.csv', ['analyse', `${H}pupils-20000.csv`], 2],
  ['analyse questions-101.csv (101 questions)', ['analyse', `${H}questions-101.csv`], 2],
  ['analyse cliques-60.csv (3^20 cliques)', ['analyse', `${H}cliques-60.csv`], 0],
  ['analyse proto-wide.xlsx', ['analyse', `${H}proto-wide.xlsx`], 0],
  ['analyse escape-codes.csv', ['analyse', `${H}escape-codes.csv`], 0],
  ['plan classes pupils-100000', ['plan', 'classes', '--problem', `${H}pupils-100000-problem.json`], 2],
  ['plan groups pupils-10000', ['plan', 'groups', '--problem', `${H}pupils-10000-problem.json`], 2],
  ['plan classes together-chain-10000', ['plan', 'classes', '--problem', `${H}together-chain-10000-problem.json`], 2],
  ['plan classes together-chain-2000', ['plan', 'classes', '--problem', `${H}together-chain-2000-problem.json`], 3],
  // At the size limits (docs/planning.md § Size), with the default time limits (classes 5 s, groups 1 s).
  ['plan classes pupils-2000 (limit 5,000 ms)', ['plan', 'classes', '--problem', `${H}pupils-2000-problem.json`], 0],
  ['plan groups pupils-300 (limit 1,000 ms)', ['plan', 'groups', '--problem', `${H}pupils-300-problem.json`], 0],
];

/** The time limit of the cases at the size limits, by label. */
const TIME_LIMITS: Readonly<Record<string, number>> = { 'plan classes pupils-2000 (limit 5,000 ms)': 5000, 'plan groups pupils-300 (limit 1,000 ms)': 1000 };

export interface HostileResult {
  readonly label: string;
  readonly code: number;
  readonly expected: number;
  readonly ms: number;
  readonly maxRssMb: number;
  readonly message: string;
}

export function hostileBench(): { rows: BenchRow[]; table: string; results: HostileResult[] } {
  const results: HostileResult[] = [];
  for (const [label, args, expected] of HOSTILE_CASES) {
    const child = spawnSync(process.execPath, [...process.execArgv, CHILD, ...args], { encoding: 'utf8', timeout: 120_000 });
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    let parsed: { code: number; ms: number; maxRssMb: number; message: string };
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      parsed = { code: child.status ?? -1, ms: NaN, maxRssMb: NaN, message: `crashed or hung: ${child.signal ?? ''} ${child.stderr.slice(0, 200)}` };
    }
    results.push({ label, expected, ...parsed });
  }
  const width = Math.max(10, ...results.map((r) => r.label.length));
  let table = `  ${'case'.padEnd(width)}  exit (expected)       time   peak memory  answer\n`;
  for (const r of results) {
    table += `  ${r.label.padEnd(width)}  ${String(r.code).padStart(4)} (${r.expected})${r.code === r.expected ? '   ' : ' ✗ '}  ${r.ms.toFixed(0).padStart(7)} ms  ${r.maxRssMb.toFixed(0).padStart(7)} MB  ${r.message.slice(0, 90)}\n`;
  }
  const refusals = results.filter((r) => !Object.hasOwn(TIME_LIMITS, r.label));
  const worstMs = Math.max(...refusals.map((r) => r.ms));
  const overrun = Math.max(...results.filter((r) => Object.hasOwn(TIME_LIMITS, r.label)).map((r) => r.ms - TIME_LIMITS[r.label]!));
  const worstMb = Math.max(...results.map((r) => r.maxRssMb));
  return {
    results,
    table,
    rows: [
      { name: `hostile inputs answered with the expected exit code (of ${results.length})`, value: results.filter((r) => r.code === r.expected).length, unit: 'cases', target: results.length, higherIsBetter: true },
      { name: 'slowest answer to a hostile input', value: worstMs, unit: 'ms', target: 10_000 },
      { name: 'plans at the size limits: most time past the time limit', value: overrun, unit: 'ms', target: null },
      { name: 'largest peak memory (whole process)', value: worstMb, unit: 'MB', target: 1024 },
    ],
  };
}
