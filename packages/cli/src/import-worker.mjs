// Worker thread entry for importing an .xlsx survey within a time limit (import-within.ts): registers tsx in
// this thread (loader hooks do not reach workers on Node 20), imports, and posts the answer back.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runImport } = await import('./import-within.ts');
parentPort.postMessage(runImport(workerData.bytes, workerData.options));
