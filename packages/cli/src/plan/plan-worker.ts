/** Worker thread entry: runs the requested planner in the time left of its limit and posts the plan back. */
import { parentPort, workerData } from 'node:worker_threads';
import { runWorkerRequest, type WorkerRequest } from './plan-in-parallel.ts';

parentPort?.postMessage(runWorkerRequest(workerData as WorkerRequest));
