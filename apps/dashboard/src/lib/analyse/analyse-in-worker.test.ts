import { generateClassSurvey } from '@sociogram/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANALYSE_ON_PAGE_LIMIT, analyseInWorker } from './analyse-in-worker.ts';

/** A worker that never answers, dies at once, or answers like the real one with a given reply. */
function fakeWorker(behaviour: 'silent' | 'dies' | { reply: unknown }) {
  const made: { terminated: boolean; posted: unknown[] }[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    posted: unknown[] = [];
    constructor() {
      made.push(this);
    }
    postMessage(message: unknown): void {
      this.posted.push(message);
      if (behaviour === 'dies') setTimeout(() => this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent), 1);
      else if (behaviour !== 'silent') setTimeout(() => this.onmessage?.({ data: behaviour.reply } as MessageEvent), 1);
    }
    terminate(): void {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

const large = generateClassSurvey({ n: ANALYSE_ON_PAGE_LIMIT + 1, seed: 3 });
const small = generateClassSurvey({ n: 20, seed: 3 });

describe('analyseInWorker(survey, options, control)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('analyses a small class on the page, without a worker', async () => {
    const workers = fakeWorker('silent');
    const analysis = await analyseInWorker(small);
    expect(analysis.pupils).toHaveLength(20);
    expect(workers).toHaveLength(0);
  });

  it('sends a large class to a worker and returns its analysis', async () => {
    const workers = fakeWorker({ reply: { ok: true, analysis: { pupils: ['from the worker'] } } });
    const analysis = await analyseInWorker(large);
    expect(analysis.pupils).toEqual(['from the worker']);
    expect(workers[0]!.posted[0]).toMatchObject({ survey: large });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('stops a worker that runs past the time limit (ANALYSIS_TIMEOUT)', async () => {
    const workers = fakeWorker('silent');
    await expect(analyseInWorker(large, {}, { timeLimit: 20 })).rejects.toMatchObject({ code: 'ANALYSIS_TIMEOUT' });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('stops the worker when the class is closed (ANALYSIS_ABORTED)', async () => {
    const workers = fakeWorker('silent');
    const closing = new AbortController();
    const running = analyseInWorker(large, {}, { signal: closing.signal });
    closing.abort();
    await expect(running).rejects.toMatchObject({ code: 'ANALYSIS_ABORTED' });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('reports a worker that dies (ANALYSIS_CRASHED) and core errors with their own code', async () => {
    fakeWorker('dies');
    await expect(analyseInWorker(large)).rejects.toMatchObject({ code: 'ANALYSIS_CRASHED' });
    vi.unstubAllGlobals();
    fakeWorker({ reply: { ok: false, code: 'SURVEY_TOO_LARGE', message: 'too many' } });
    await expect(analyseInWorker(large)).rejects.toMatchObject({ code: 'SURVEY_TOO_LARGE', message: 'too many' });
  });
});
