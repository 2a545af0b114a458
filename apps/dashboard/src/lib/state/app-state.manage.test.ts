/**
 * Class and wave management through the one writer: each edit is one transaction; when IndexedDB fails at any
 * request of it (a put or a delete), nothing changes — not the store, not the state — and `failure` says what
 * failed. A tab behind another tab's edit gets STALE, writes nothing and re-reads.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../storage/store.ts';
import { AppState } from './app-state.svelte.ts';
import { deleteClass, deleteWave, moveWave, renameClass } from './class-edits.ts';

const wave = (id: string, date: string) => ({ id, label: id, date, file: null, importIssues: [], survey: { pupils: [{ id: 'a', name: 'Åse', attributes: {} }], questions: [], nominations: [], respondents: {} } });

const proto = IDBObjectStore.prototype;
const realPut = proto.put;
const realDelete = proto.delete;
afterEach(() => {
  proto.put = realPut;
  proto.delete = realDelete;
});

/** Makes the n-th put (or delete) from now throw, as a full disk would. */
function failAt(method: 'put' | 'delete', n: number): void {
  let calls = 0;
  const real = method === 'put' ? realPut : realDelete;
  proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
    if (++calls === n) throw new DOMException('injected failure', 'QuotaExceededError');
    return (real as (...a: unknown[]) => IDBRequest).apply(this, args);
  } as never;
}

async function twoClasses(name: string) {
  const app = new AppState(name);
  await app.load();
  const a = await app.addWave({ name: '7A' }, wave('a1', '2026-09-01'));
  await app.addWave({ classId: a.id }, wave('a2', '2027-03-01'));
  const b = await app.addWave({ name: '7B' }, wave('b1', '2026-09-10'));
  return { app, a: a.id, b: b.id };
}

/** What is stored, as `name: wave ids` per class, read through a fresh store connection. */
async function stored(name: string): Promise<string[]> {
  const store = await Store.open(name);
  const { classes } = await store.read();
  store.close();
  return classes.map((c) => `${c.name as string}: ${(c.waves as { id: string }[]).map((w) => w.id).join(' ')}`).sort();
}
const shown = (app: AppState) => app.classes.map((c) => `${c.name}: ${c.waves.map((w) => w.id).join(' ')}`).sort();

describe('AppState.editClasses', () => {
  it('renames, deletes a wave, moves a wave and deletes a class, each stored and shown', async () => {
    const { app, a, b } = await twoClasses('manage-ok');
    await app.editClasses('rename', (c) => renameClass(c, a, '7A Ås'));
    await app.editClasses('deleteWave', (c) => deleteWave(c, a, 'a1'));
    expect(await stored('manage-ok')).toEqual(['7A Ås: a2', '7B: b1']);
    await app.editClasses('moveWave', (c) => moveWave(c, b, 'b1', a));
    expect(await stored('manage-ok')).toEqual(['7A Ås: b1 a2']);
    expect(shown(app)).toEqual(['7A Ås: b1 a2']);
    await app.editClasses('deleteClass', (c) => deleteClass(c, a));
    expect(await stored('manage-ok')).toEqual([]);
    expect(app.classes).toEqual([]);
    expect(app.failure).toBeNull();
    app.close();
  });

  for (const [label, method, n, action, edit] of [
    ['a rename whose version-stamp put fails (after the class was put)', 'put', 2, 'rename', (a: string) => (c: Parameters<typeof renameClass>[0]) => renameClass(c, a, 'Nytt navn')],
    ['a move whose second class put fails', 'put', 2, 'moveWave', (a: string, b: string) => (c: Parameters<typeof moveWave>[0]) => moveWave(c, a, 'a1', b)],
    ['a move of a class\'s only wave whose delete fails', 'delete', 1, 'moveWave', (a: string, b: string) => (c: Parameters<typeof moveWave>[0]) => moveWave(c, b, 'b1', a)],
    ['a class delete that fails', 'delete', 1, 'deleteClass', (a: string) => (c: Parameters<typeof deleteClass>[0]) => deleteClass(c, a)],
    ['a wave delete whose class put fails', 'put', 1, 'deleteWave', (a: string) => (c: Parameters<typeof deleteWave>[0]) => deleteWave(c, a, 'a1')],
  ] as const) {
    it(`${label}: nothing changes in the store or the state, and failure names the action`, async () => {
      const name = `manage-fail-${action}-${method}-${n}`;
      const { app, a, b } = await twoClasses(name);
      const before = await stored(name);
      const names = shown(app);
      failAt(method, n); // within the edit's transaction: class puts first, then deletes, then the version stamp
      await expect(app.editClasses(action, edit(a, b))).rejects.toMatchObject({ code: 'WRITE_FAILED' });
      proto.put = realPut;
      proto.delete = realDelete;
      expect(app.failure).toMatchObject({ action, code: 'WRITE_FAILED' });
      expect(await stored(name)).toEqual(before);
      expect(shown(app)).toEqual(names);
      // And the store is still writable: the same edit succeeds now.
      await app.editClasses(action, edit(a, b));
      expect(await stored(name)).not.toEqual(before);
      app.close();
    });
  }

  it('a tab behind another tab\'s edit gets STALE, writes nothing, re-reads, and then sees the edit', async () => {
    const { app: first, a } = await twoClasses('manage-tabs');
    const second = new AppState('manage-tabs');
    await second.load();
    await first.editClasses('rename', (c) => renameClass(c, a, 'Fra fane 1'));
    await expect(second.editClasses('deleteClass', (c) => deleteClass(c, a))).rejects.toMatchObject({ code: 'STALE' });
    expect(second.failure).toMatchObject({ action: 'deleteClass', code: 'STALE' });
    expect(await stored('manage-tabs')).toEqual(['7B: b1', 'Fra fane 1: a1 a2']);
    expect(shown(second)).toEqual(['7B: b1', 'Fra fane 1: a1 a2']);
    first.close();
    second.close();
  });

  it('an edit that cannot be made (the demo class) throws before anything is written', async () => {
    const app = new AppState('manage-demo');
    await app.load();
    const demo = app.allClasses[0]!;
    await expect(app.editClasses('rename', (c) => renameClass(app.allClasses, demo.id, 'x'))).rejects.toMatchObject({ code: 'DEMO' });
    expect(app.failure).toBeNull();
    app.close();
  });
});
