/** `pnpm bench`: speed and quality figures against their targets and baselines. */
import { arch, cpus, totalmem } from 'node:os';
import { formatBenchRows } from './bench-row.ts';
import { analyseBench } from './analyse-bench.ts';
import { importBench } from './import-bench.ts';

console.log(`Sociogram benchmarks — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? arch()}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
console.log(formatBenchRows('Import (median of 15 runs)', importBench()));
console.log(formatBenchRows('Analysis (median of 9 runs)', analyseBench()));
