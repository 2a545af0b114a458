// Worker thread entry: registers tsx in this thread (loader hooks do not reach workers on Node 20), then runs
// the requested planner in the time left of its limit and posts the plan back.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runWorkerRequest } = await import('./plan-in-parallel.ts');
parentPort.postMessage(runWorkerRequest(workerData));
