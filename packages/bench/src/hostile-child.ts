/**
 * One hostile-input case for hostile-bench.ts, in a process of its own: runs the CLI in-process on the
 * arguments and prints {code, ms, maxRssMb, message} as one JSON line (peak memory of this whole process).
 */
import { fileURLToPath } from 'node:url';
import { run } from '@sociogram/cli/src/main.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let message = '';
const started = performance.now();
const code = await run(process.argv.slice(2), { stdout: () => {}, stderr: (text) => (message ||= text), cwd: ROOT });
const ms = performance.now() - started;
console.log(JSON.stringify({ code, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, message: message.split('\n').filter(Boolean).slice(0, 4).join(' ').slice(0, 160) }));
