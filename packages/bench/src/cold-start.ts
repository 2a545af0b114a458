/**
 * Cold start of the built CLI: `sociogram import <demo> --json` against a bare `node -e 0` on the same
 * machine, each a fresh process, interleaved so both see the same load; the median of each and their ratio.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './bench-row.ts';
import { CLI_DIR } from './cli-dir.ts';

const CLI = CLI_DIR;
const DEMO = fileURLToPath(new URL('../../../fixtures/demo/klasse-7b.csv', import.meta.url));

function time(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}`);
  return performance.now() - start;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;

/** Builds the CLI (dist/) when it is missing, then times `runs` cold starts of each. */
export function coldStartBench(runs = 15): BenchRow[] {
  if (!existsSync(`${CLI}dist/main.js`)) spawnSync('pnpm', ['build'], { cwd: CLI, stdio: 'inherit' });
  const bare: number[] = [];
  const cli: number[] = [];
  for (let run = 0; run < runs; run++) {
    bare.push(time(['-e', '0']));
    cli.push(time([`${CLI}bin/sociogram.mjs`, 'import', DEMO, '--json']));
  }
  const node = median(bare);
  const sociogram = median(cli);
  return [
    { name: 'node -e 0 (bare Node start)', value: node, unit: 'ms', target: null },
    { name: 'sociogram import <demo> --json (built CLI)', value: sociogram, unit: 'ms', target: null },
    { name: 'cold start ratio (CLI / node -e 0)', value: sociogram / node, unit: '×', target: 4 },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { formatBenchRows } = await import('./bench-row.ts');
  console.log(formatBenchRows(`CLI cold start (median of 15 fresh processes each)`, coldStartBench()));
}
