/** `pnpm bench`: speed and quality figures against their targets and baselines. */
import { arch, cpus, totalmem } from 'node:os';
import { formatBenchRows } from './bench-row.ts';
import { analyseBench } from './analyse-bench.ts';
import { classesBench } from './classes-bench.ts';
import { coldStartBench } from './cold-start.ts';
import { flagsBench } from './flags-bench.ts';
import { groupsBench } from './groups-bench.ts';
import { hostileBench } from './hostile-bench.ts';
import { importBench } from './import-bench.ts';
import { overviewBench } from './overview-bench.ts';
import { schoolBench } from './school-bench.ts';
import { seatingBench } from './seating-bench.ts';

console.log(`Sociogram benchmarks — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? arch()}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
const hostile = hostileBench();
console.log('\nHostile inputs (fixtures/hostile/), each in a fresh process\n');
console.log(hostile.table);
console.log(formatBenchRows('Hostile inputs: targets', hostile.rows));
// `pnpm --filter @sociogram/bench bench hostile`: only the hostile inputs.
if (process.argv.includes('hostile')) process.exit(0);
console.log(formatBenchRows('CLI cold start (median of 15 fresh processes each)', coldStartBench()));
console.log(formatBenchRows('Import (median of 15 runs)', importBench()));
console.log(formatBenchRows('Analysis (median of 9 runs)', analyseBench()));
console.log(formatBenchRows('School overview (median of 5 runs)', overviewBench()));
console.log(formatBenchRows('One school file, many classes (split: median of 9 runs; split + analyse: of 5)', schoolBench()));
console.log('\nFlags: share of pupils each flag marks (Coie–Dodge needs a negative question; Moreno has none)\n');
console.log(flagsBench());
console.log(formatBenchRows('Seating', seatingBench()));
const groups = groupsBench();
console.log('\nGroups against proven optima (HiGHS), single thread\n');
console.log(groups.table);
console.log(formatBenchRows('Groups: targets', groups.rows));
const classes = await classesBench();
console.log(formatBenchRows('Classes', classes.rows));
console.log('\nClasses: scaling (1 s each)\n');
console.log(classes.table);
