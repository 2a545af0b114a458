/**
 * Runs importSurvey in a Web Worker so a large file never freezes the page; falls back to the page itself
 * where workers are not available (unit tests).
 */
import type { ImportOptions } from '@sociogram/core';
import type { ImportOutcome } from './import-in-page.ts';

export type { ImportOutcome };

/** The import on the page itself, loaded only when needed: it brings the whole reader, SheetJS included. */
async function importInPage(bytes: Uint8Array, options: ImportOptions): Promise<ImportOutcome> {
  return (await import('./import-in-page.ts')).importInPage(bytes, options);
}

export function runImport(bytes: Uint8Array, options: ImportOptions): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return importInPage(bytes, options);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportOutcome>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = () => {
      void importInPage(bytes, options).then(resolve);
      worker.terminate();
    };
    worker.postMessage({ bytes, options });
  });
}
