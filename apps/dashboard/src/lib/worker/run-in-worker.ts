/**
 * One request to a fresh Web Worker, with a time limit: the worker is terminated when it runs past
 * `timeLimit`, dies (out of memory, a broken script) or `signal` aborts, and the caller gets the reason —
 * never an endless "Working …". Used by the import (run-import.ts) and the first analysis of a class
 * (analyse-in-worker.ts). `start` must create the worker at the call site (`new Worker(new URL(…),
 * { type: 'module' })`) so that Vite bundles it.
 */
export type WorkerOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: 'timeout' | 'crashed' | 'aborted'; readonly message: string };

/** A worker may post `{ progress: [done, total] }` before its answer; `onProgress` receives those. */
export function runInWorker<T>(start: () => Worker, message: unknown, timeLimit: number, signal?: AbortSignal, onProgress?: (done: number, total: number) => void): Promise<WorkerOutcome<T>> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve({ ok: false, reason: 'aborted', message: 'aborted' });
    const worker = start();
    const finish = (outcome: WorkerOutcome<T>) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      worker.terminate();
      resolve(outcome);
    };
    const abort = () => finish({ ok: false, reason: 'aborted', message: 'aborted' });
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout', message: `stopped after ${timeLimit / 1000} s` }), timeLimit);
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<T | { progress: [number, number] }>) => {
      const data = event.data;
      if (data !== null && typeof data === 'object' && 'progress' in data) onProgress?.(...data.progress);
      else finish({ ok: true, value: data as T });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, reason: 'crashed', message: event.message || 'out of memory or a broken file' });
    };
    worker.postMessage(message);
  });
}
