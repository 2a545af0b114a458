import { afterEach, describe, expect, it, vi } from 'vitest';
import { runImport } from './run-import.ts';

/** A worker that never answers (a reader stuck on a hostile file), or dies at once. */
function fakeWorker(behaviour: 'silent' | 'dies') {
  const made: { terminated: boolean }[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    constructor() {
      made.push(this);
    }
    postMessage(): void {
      if (behaviour === 'dies') setTimeout(() => this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent), 1);
    }
    terminate(): void {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

describe('runImport in a worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stops a worker that runs past the time limit and refuses the file with a located issue', async () => {
    const workers = fakeWorker('silent');
    const outcome = await runImport(new Uint8Array([1, 2, 3]), { file: 'bomb.xlsx' }, 20);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues[0]).toMatchObject({ code: 'FILE_TOO_LARGE', file: 'bomb.xlsx' });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('refuses the file when the worker dies, without reading it again on the page', async () => {
    const workers = fakeWorker('dies');
    const outcome = await runImport(new Uint8Array([1, 2, 3]), { file: 'big.xlsx' }, 10_000);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues[0]!.message).toContain('out of memory');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });
});

describe('runImport progress', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('passes the worker\'s progress messages on, and resolves with its answer', async () => {
    const sent: unknown[] = [];
    class TalkingWorker {
      onmessage: ((event: MessageEvent) => void) | null = null;
      onerror: ((event: ErrorEvent) => void) | null = null;
      postMessage(data: unknown): void {
        sent.push(data);
        setTimeout(() => {
          this.onmessage?.({ data: { progress: [1, 2] } } as MessageEvent);
          this.onmessage?.({ data: { progress: [2, 2] } } as MessageEvent);
          this.onmessage?.({ data: { ok: false, issues: [] } } as MessageEvent);
        }, 1);
      }
      terminate(): void {}
    }
    vi.stubGlobal('Worker', TalkingWorker);
    const seen: [number, number][] = [];
    const outcome = await runImport(new Uint8Array([1]), { file: 'school.csv', onProgress: () => undefined }, 10_000, (done, total) => seen.push([done, total]));
    expect(seen).toEqual([[1, 2], [2, 2]]);
    expect(outcome).toEqual({ ok: false, issues: [] });
    // A function cannot be posted to a worker (DataCloneError): the options go without it.
    expect(sent).toEqual([{ bytes: new Uint8Array([1]), options: { file: 'school.csv' } }]);
  });
});
