import { afterEach, describe, expect, it } from 'vitest';
import { AppState } from './app-state.svelte.ts';
import type { StoredWave } from '../storage/stored-class.ts';

const wave = (id: string, pupil: string): StoredWave => ({ id, label: 'Høst', date: '2026-10-14', file: 'grade-7.csv', importIssues: [], survey: { pupils: [{ id: pupil, name: pupil, attributes: {} }], questions: [], nominations: [], respondents: {} } });

const proto = globalThis.IDBObjectStore.prototype;
const realPut = proto.put;
afterEach(() => {
  proto.put = realPut;
});

describe('AppState.addWaves (the classes of one school file)', () => {
  it('saves new classes and new waves of existing classes in one go, and keeps them across sessions', async () => {
    const app = new AppState('school-1');
    await app.load();
    const existing = await app.addWave({ name: '7A' }, wave('w0', 'Emma'));
    const saved = await app.addWaves([
      { target: { classId: existing.id }, wave: wave('w1', 'Emma') },
      { target: { name: '7B' }, wave: wave('w2', 'Sara') },
      { target: { name: '7C' }, wave: wave('w3', 'Ida') },
    ]);
    expect(saved.map((c) => [c.name, c.waves.map((w) => w.id)])).toEqual([['7A', ['w0', 'w1']], ['7B', ['w2']], ['7C', ['w3']]]);
    app.close();
    const later = new AppState('school-1');
    await later.load();
    // The store gives classes back in the order of their (random) ids.
    expect(later.classes.map((c) => [c.name, c.waves.length]).sort()).toEqual([['7A', 2], ['7B', 1], ['7C', 1]]);
    later.close();
  });

  it('saves nothing when one class fails to be written, and says the save failed', async () => {
    const app = new AppState('school-2');
    await app.load();
    let puts = 0;
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const target = args[0] as { id?: string };
      if (typeof target?.id === 'string' && ++puts === 2) throw new DOMException('injected failure', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
    await expect(app.addWaves([{ target: { name: '7A' }, wave: wave('w1', 'Emma') }, { target: { name: '7B' }, wave: wave('w2', 'Sara') }])).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    proto.put = realPut;
    expect(app.classes).toEqual([]);
    expect(app.failure).toMatchObject({ action: 'saveClasses', code: 'WRITE_FAILED', detail: expect.stringContaining('injected failure') });
    app.close();
    const later = new AppState('school-2');
    await later.load();
    expect(later.classes).toEqual([]);
    later.close();
  });
});
