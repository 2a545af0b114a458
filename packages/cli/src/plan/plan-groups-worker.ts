/** Worker thread body for planGroupsInParallel. */
import { parentPort, workerData } from 'node:worker_threads';
import { planGroups } from '@sociogram/core';

const { problem, options } = workerData as { problem: Parameters<typeof planGroups>[0]; options: Parameters<typeof planGroups>[1] };
parentPort!.postMessage(planGroups(problem, options));
