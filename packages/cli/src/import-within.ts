/**
 * importWithin(bytes, options, timeLimitMs): importSurvey in a worker thread that is ended when it runs past
 * the time limit or its memory limit. Reading an .xlsx file is one synchronous call into SheetJS, which
 * nothing inside the call can stop; the archive's sizes are bounded by core (read-zip.ts), and this bounds
 * the time (docs/import.md § Limits).
 */
import { Worker } from 'node:worker_threads';
import { importOutcome, SurveyImportError, type ImportOptions, type ImportOutcome, type ImportResult } from '@sociogram/core';
import { surveyIssue } from '@sociogram/core/internal';

// Built: dist/import-worker.js; from source (tsx): a .mjs entry that registers tsx in the thread first.
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './import-worker-tsx.mjs' : './import-worker.js', import.meta.url);

/** Memory the worker's JavaScript heap may use. */
const HEAP_MB = 1536;

export function importWithin(bytes: Uint8Array, options: ImportOptions, timeLimitMs: number): Promise<ImportResult> {
  const file = options.file;
  const refuse = (message: string) => new SurveyImportError([surveyIssue('XLSX_TOO_LARGE', message, { file })]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { bytes, options }, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () => settle(() => reject(refuse(`Reading the Excel file took longer than ${timeLimitMs / 1000} s, the limit, and was stopped. A class survey reads in well under a second: open it in Excel and save the sheet as .csv, or split it by class.`))),
      timeLimitMs,
    );
    worker.once('message', (answer: ImportOutcome) => settle(() => (answer.ok ? resolve(answer.result) : reject(new SurveyImportError(answer.issues)))));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? refuse(`Reading the Excel file needed more than ${HEAP_MB} MiB of memory, the limit, and was stopped. Open it in Excel and save the sheet as .csv, or split it by class.`) : error),
      ),
    );
  });
}
