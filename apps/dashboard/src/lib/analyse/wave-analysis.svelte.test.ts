import { generateClassSurvey, type Survey } from '@sociogram/core';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANALYSE_ON_PAGE_LIMIT } from './analyse-in-worker.ts';
import { WaveAnalysis, type WaveInput } from './wave-analysis.svelte.ts';

/** Workers that answer only when told to, each with the survey it was sent. */
function controlledWorkers() {
  const made: { survey: Survey; terminated: boolean; answer: (analysis: unknown) => void }[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    postMessage(message: { survey: Survey }): void {
      const entry = { survey: message.survey, terminated: false, answer: (analysis: unknown) => this.onmessage?.({ data: { ok: true, analysis } } as MessageEvent) };
      made.push(entry);
      this.entry = entry;
    }
    entry: { terminated: boolean } | null = null;
    terminate(): void {
      if (this.entry) this.entry.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

/** A WaveAnalysis of a reactive wave, inside an effect root (as in a component). */
function track(first: WaveInput | null) {
  let wave = $state.raw(first);
  let analysis!: WaveAnalysis;
  const stop = $effect.root(() => {
    analysis = new WaveAnalysis(() => wave);
  });
  flushSync();
  return { analysis, set: (next: WaveInput | null) => ((wave = next), flushSync()), stop };
}

const large = generateClassSurvey({ n: ANALYSE_ON_PAGE_LIMIT + 1, seed: 5 });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WaveAnalysis', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('analyses a small class on the page at once', () => {
    const workers = controlledWorkers();
    const { analysis, stop } = track({ id: 'w', survey: generateClassSurvey({ n: 20, seed: 5 }), importIssues: [] });
    expect(analysis.analysis?.pupils).toHaveLength(20);
    expect(analysis.pending).toBe(false);
    expect(workers).toHaveLength(0);
    stop();
  });

  it('is pending while a worker analyses a large class, then shows its analysis', async () => {
    const workers = controlledWorkers();
    const { analysis, stop } = track({ id: 'w', survey: large, importIssues: [] });
    expect(analysis.pending).toBe(true);
    expect(analysis.analysis).toBeNull();
    workers[0]!.answer({ pupils: ['first'] });
    await tick();
    expect(analysis.analysis).toEqual({ pupils: ['first'] });
    expect(analysis.pending).toBe(false);
    stop();
  });

  it('keeps the last analysis of the same wave re-read as a new object until the new one is done', async () => {
    const workers = controlledWorkers();
    const { analysis, set, stop } = track({ id: 'w', survey: large, importIssues: [] });
    workers[0]!.answer({ pupils: ['first'] });
    await tick();
    set({ id: 'w', survey: structuredClone(large), importIssues: [] });
    expect(workers).toHaveLength(2);
    expect(analysis.analysis).toEqual({ pupils: ['first'] });
    workers[1]!.answer({ pupils: ['second'] });
    await tick();
    expect(analysis.analysis).toEqual({ pupils: ['second'] });
    // Another wave: nothing to show until its own analysis is done.
    set({ id: 'other', survey: structuredClone(large), importIssues: [] });
    expect(analysis.analysis).toBeNull();
    stop();
  });

  it('stops the worker of a wave that is no longer shown, and when the view closes', () => {
    const workers = controlledWorkers();
    const { set, stop } = track({ id: 'a', survey: large, importIssues: [] });
    set({ id: 'b', survey: structuredClone(large), importIssues: [] });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.terminated).toBe(false);
    stop();
    expect(workers[1]!.terminated).toBe(true);
  });
});
