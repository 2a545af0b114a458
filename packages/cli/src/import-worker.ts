/** Worker thread entry for importing an .xlsx survey within a time limit (import-within.ts): imports and posts the answer back. */
import { parentPort, workerData } from 'node:worker_threads';
import { importOutcome } from '@sociogram/core';

parentPort?.postMessage(importOutcome(workerData.bytes, workerData.options));
