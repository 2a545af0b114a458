/**
 * Every CLI command on every file in fixtures/hostile/ (issue 22, "Done when"): each run in a fresh process of
 * the built CLI (dist/main.js; `pnpm -r build` first) with a hard limit of 60 s, and counted as
 *   answered — exit 0, 1 (usage), 2 (refused input) or 3 (no plan keeps every rule), no stack trace;
 *   hang     — still running at 60 s (killed);
 *   crash    — any other exit, a signal, or a stack trace on stderr.
 * Prints one line per run and the totals, with the slowest answer and the largest peak memory (GNU time).
 * Run: `pnpm --filter @sociogram/bench bench:sweep` (about 5–10 minutes); the figures are in docs/privacy.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLI_DIR } from './cli-dir.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = `${CLI_DIR}dist/main.js`;
const H = 'fixtures/hostile/';
const LAYOUT = `${H}layout-pairs.json`;
const HANG_MS = 60_000;

if (!existsSync(CLI)) {
  console.error('Build the CLI first: pnpm -r build');
  process.exit(1);
}

/** The commands tried on one file: every command, reading it as a survey or as a planning problem. */
function commands(file: string): string[][] {
  const path = `${H}${file}`;
  const source = file.endsWith('.json') ? ['--problem', path] : [path];
  return [
    ['import', path],
    ['analyse', path],
    ['plan', 'groups', ...source],
    ['plan', 'seating', ...source, '--layout', LAYOUT],
    ['plan', 'support', ...source, '--pupil', 'p1'],
    ['plan', 'classes', ...source, '--classes', '3'],
  ];
}

const files = readdirSync(`${ROOT}${H}`).filter((name) => name !== 'README.md' && name !== 'layout-pairs.json').sort();
const counts = { answered: 0, hangs: 0, crashes: 0 };
const byExit = new Map<number, number>();
let slowest = { ms: 0, what: '' };
let heaviest = { mb: 0, what: '' };
for (const file of files) {
  for (const args of commands(file)) {
    const started = performance.now();
    const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: HANG_MS, maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - started;
    const stderr = child.stderr ?? '';
    const lines = stderr.trimEnd().split('\n');
    const mb = Number(lines.at(-1)) / 1024;
    const message = lines.slice(0, -1).join(' ').slice(0, 100);
    const what = `sociogram ${args.join(' ')}`;
    const timedOut = (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    const stack = /\n\s+at .*\(.*:\d+:\d+\)/.test(stderr);
    let verdict: 'answered' | 'hang' | 'crash';
    if (timedOut) verdict = 'hang';
    else if (child.status !== null && [0, 1, 2, 3].includes(child.status) && !stack) verdict = 'answered';
    else verdict = 'crash';
    if (verdict === 'answered') counts.answered++;
    else if (verdict === 'hang') counts.hangs++;
    else counts.crashes++;
    byExit.set(child.status ?? -1, (byExit.get(child.status ?? -1) ?? 0) + 1);
    if (verdict === 'answered' && ms > slowest.ms) slowest = { ms, what };
    if (mb > heaviest.mb) heaviest = { mb, what };
    console.log(`${verdict.padEnd(8)} exit ${String(child.status ?? child.signal).padStart(2)}  ${ms.toFixed(0).padStart(6)} ms  ${mb.toFixed(0).padStart(5)} MB  ${what}${verdict === 'answered' ? '' : `  ${message}`}`);
  }
}
const total = counts.answered + counts.hangs + counts.crashes;
console.log(`\n${files.length} hostile files × 6 commands = ${total} runs: ${counts.answered} answered, ${counts.hangs} hangs, ${counts.crashes} crashes`);
console.log(`exit codes: ${[...byExit].sort((a, b) => a[0] - b[0]).map(([code, n]) => `${code} × ${n}`).join(', ')}`);
console.log(`slowest answer: ${slowest.ms.toFixed(0)} ms (${slowest.what})`);
console.log(`largest peak memory: ${heaviest.mb.toFixed(0)} MB (${heaviest.what})`);
process.exitCode = counts.hangs + counts.crashes > 0 ? 1 : 0;
