import { generateClassSurvey } from '@sociogram/core';
import { describe, expect, it } from 'vitest';
import type { StoredClass, StoredWave } from '../storage/stored-class.ts';
import { computeOverview } from './compute-overview.ts';

const wave = (id: string, date: string, seed: number): StoredWave => ({ id, label: id, date, file: null, importIssues: [], survey: generateClassSurvey({ n: 20, seed }) });
const klass = (id: string, waves: StoredWave[]): StoredClass => ({ id, name: id, createdAt: id, waves });

describe('computeOverview(classes, dueBy, options)', () => {
  it('gives one row per class in the order given, yielding to the page before each wave it analyses and reporting progress after each class', async () => {
    const classes = [klass('7A', [wave('a1', '2026-09-01', 1), wave('a2', '2027-03-01', 2)]), klass('7B', [wave('b1', '2026-09-02', 3)]), klass('7C', [wave('c1', '2026-09-03', 4)])];
    const events: string[] = [];
    const rows = await computeOverview(classes, '2026-12-01', {
      yieldToPage: async () => void events.push('yield'),
      onprogress: (done, total) => events.push(`${done}/${total}`),
    });
    expect(rows.map((r) => [r.name, r.waves, r.summary.waveDate, r.summary.change === null])).toEqual([['7A', 2, '2027-03-01', false], ['7B', 1, '2026-09-02', true], ['7C', 1, '2026-09-03', true]]);
    expect(events).toEqual(['yield', 'yield', '1/3', 'yield', '2/3', 'yield', '3/3']);
    expect(rows[0]!.summary.figures.pupils).toBe(20);
  });

  it('analyses each wave object once across runs when given a cache (no task, no yield, the second time)', async () => {
    const classes = [klass('7A', [wave('a1', '2026-09-01', 1)])];
    const cache = new WeakMap();
    let yields = 0;
    await computeOverview(classes, '2026-12-01', { cache, yieldToPage: async () => void yields++ });
    const first = cache.get(classes[0]!.waves[0]!);
    expect(first).toBeDefined();
    expect(yields).toBe(1);
    await computeOverview([{ ...classes[0]!, name: 'renamed' }], '2026-12-01', { cache, yieldToPage: async () => void yields++ });
    expect(cache.get(classes[0]!.waves[0]!)).toBe(first);
    expect(yields).toBe(1);
  });

  it('stops between classes when aborted', async () => {
    const controller = new AbortController();
    const classes = [klass('7A', [wave('a1', '2026-09-01', 1)]), klass('7B', [wave('b1', '2026-09-02', 3)])];
    const run = computeOverview(classes, '2026-12-01', { signal: controller.signal, onprogress: () => controller.abort(), yieldToPage: async () => {} });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
