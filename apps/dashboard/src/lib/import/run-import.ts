/**
 * Runs importSurvey in a Web Worker so a large file never freezes the page; falls back to the page itself
 * where workers are not available (unit tests).
 */
import type { ImportOptions } from '@sociogram/core';
import { importInPage, type ImportOutcome } from './import-in-page.ts';

export type { ImportOutcome };

export function runImport(bytes: Uint8Array, options: ImportOptions): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return Promise.resolve(importInPage(bytes, options));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportOutcome>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = () => {
      resolve(importInPage(bytes, options));
      worker.terminate();
    };
    worker.postMessage({ bytes, options });
  });
}
