/**
 * Runs importSurvey in a Web Worker so a large file never freezes the page; falls back to the page itself
 * where workers are not available (unit tests). A worker that runs past IMPORT_TIME_LIMIT or dies (out of
 * memory on a hostile file) is stopped and the file is refused with an issue — never retried on the page.
 */
import type { ImportOptions } from '@sociogram/core';
import { surveyIssue } from '@sociogram/core/internal';
import type { ImportOutcome } from './import-in-page.ts';
import { runInWorker } from '../worker/run-in-worker.ts';

export type { ImportOutcome };

/** How long reading one file may take in the worker before it is stopped (ms). */
export const IMPORT_TIME_LIMIT = 15_000;

/** The import on the page itself, loaded only when needed: it brings the whole reader, SheetJS included. */
async function importInPage(bytes: Uint8Array, options: ImportOptions): Promise<ImportOutcome> {
  return (await import('./import-in-page.ts')).importInPage(bytes, options);
}

/** Progress of a file split into classes: `done` of `total` classes built. */
export type ImportProgress = (done: number, total: number) => void;

function refused(options: ImportOptions, why: string): ImportOutcome {
  return { ok: false, issues: [surveyIssue('FILE_TOO_LARGE', why, { ...(options.file ? { file: options.file } : {}) })] };
}

export async function runImport(bytes: Uint8Array, options: ImportOptions, timeLimit = IMPORT_TIME_LIMIT, onProgress?: ImportProgress): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return importInPage(bytes, { ...options, ...(onProgress ? { onProgress } : {}) });
  // Functions do not cross to a worker: the worker reports progress by message instead.
  const { onProgress: _, ...sendable } = options;
  const outcome = await runInWorker<ImportOutcome>(() => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }), { bytes, options: sendable }, timeLimit, undefined, onProgress);
  if (outcome.ok) return outcome.value;
  return refused(options, outcome.reason === 'timeout' ? `Reading the file took longer than ${timeLimit / 1000} s and was stopped.` : `The file reader stopped: ${outcome.message}.`);
}
