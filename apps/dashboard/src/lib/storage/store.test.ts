import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_FORMAT, Store } from './store.ts';

const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

const names = async (base: string) => (await indexedDB.databases()).map((d) => d.name).filter((n) => n === base || n?.startsWith(`${base}~`)).sort();

describe('Store', () => {
  it('write() refuses a tab that is behind (STALE) and writes nothing', async () => {
    const a = await Store.open('store-stale');
    const b = await Store.open('store-stale');
    await a.write({ classes: [{ id: 'x', name: 'from a' }] });
    await expect(b.write({ classes: [{ id: 'y', name: 'from b' }] })).rejects.toMatchObject({ code: 'STALE' });
    const seen = await b.read();
    expect(seen.classes.map((c) => c.id)).toEqual(['x']);
    await expect(b.write({ classes: [{ id: 'y', name: 'from b' }] })).rejects.toMatchObject({ code: 'STALE' });
    b.adopt(seen.stamp!);
    await b.write({ classes: [{ id: 'y', name: 'from b' }] });
    expect((await a.read()).classes.map((c) => c.id)).toEqual(['x', 'y']);
    a.close();
    b.close();
  });

  it('a write whose transaction does not complete within the limit fails with WRITE_FAILED, writes nothing and lets go of the connection', async () => {
    const store = await Store.open('store-watchdog', STORE_FORMAT, 200);
    await store.write({ classes: [{ id: 'x', name: 'kept' }] });
    let changes = 0;
    store.onchange = () => changes++;
    // Another connection holds a readwrite transaction open (it keeps asking), so the write's transaction never starts.
    const holder = await openDB('store-watchdog~1');
    const held = holder.transaction('classes', 'readwrite');
    let holding = true;
    const keep = (): void => {
      if (holding) held.store.get('x').then(keep, () => undefined);
    };
    keep();
    const started = Date.now();
    await expect(store.write({ classes: [{ id: 'x', name: 'changed' }, { id: 'y', name: 'new' }] })).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(store.closed).toBe(true);
    expect(changes).toBe(1);
    holding = false;
    await held.done;
    holder.close();
    const reopened = await Store.open('store-watchdog');
    const seen = await reopened.read();
    expect(seen.classes).toEqual([{ id: 'x', name: 'kept' }]);
    expect(seen.stamp).toBe(1);
    await reopened.write({ classes: [{ id: 'y', name: 'new' }] });
    expect((await reopened.read()).classes.map((c) => c.id)).toEqual(['x', 'y']);
    reopened.close();
  });

  it('write() aborts as a whole when one put fails', async () => {
    const store = await Store.open('store-abort');
    await store.write({ classes: [{ id: 'x', name: 'kept' }] });
    let n = 0;
    IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
      if (++n === 2) throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
    await expect(store.write({ classes: [{ id: 'x', name: 'changed' }, { id: 'y', name: 'new' }] })).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    IDBObjectStore.prototype.put = realPut;
    expect((await store.read()).classes).toEqual([{ id: 'x', name: 'kept' }]);
    store.close();
  });

  it('write() that commits while the tab closes its store resolves (the change is stored, and not reported as failed)', async () => {
    const store = await Store.open('store-close-during-write');
    const writing = store.write({ classes: [{ id: 'x', name: 'committed' }] });
    store.close();
    await expect(writing).resolves.toBeUndefined();
    const reopened = await Store.open('store-close-during-write');
    expect((await reopened.read()).classes).toEqual([{ id: 'x', name: 'committed' }]);
    reopened.close();
  });

  it('rewrite() that fails leaves the old generation as it was and usable; one that succeeds deletes it', async () => {
    const store = await Store.open('store-rewrite');
    await store.write({ classes: [{ id: 'x', name: 'clear' }] });
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    await expect(store.rewrite({ lock: undefined, classes: [{ id: 'x', sealed: 1 }], log: [] })).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    IDBObjectStore.prototype.put = realPut;
    expect(await names('store-rewrite')).toEqual(['store-rewrite~1']);
    expect((await store.read()).classes).toEqual([{ id: 'x', name: 'clear' }]);
    await store.write({ classes: [{ id: 'y', name: 'still writable' }] });
    await store.rewrite({ lock: undefined, classes: [{ id: 'x', sealed: 1 }], log: [] });
    expect(await names('store-rewrite')).toEqual(['store-rewrite~2']);
    expect((await store.read()).classes).toEqual([{ id: 'x', sealed: 1 }]);
    store.close();
  });

  it('open() after a rewrite that died half-way keeps the complete generation and deletes the unfinished one', async () => {
    const store = await Store.open('store-crash');
    await store.write({ classes: [{ id: 'x', name: 'kept' }] });
    store.close();
    // The page died while writing generation 2: its 'complete' marker is missing, generation 1 is marked 'moving'.
    const old = await openDB('store-crash~1');
    await old.put('meta', { key: 'moving', to: 'store-crash~2' });
    old.close();
    const half = await openDB('store-crash~2', 2, { upgrade: (db) => ['classes', 'log', 'meta'].forEach((name) => db.createObjectStore(name, name === 'log' ? { autoIncrement: true } : { keyPath: name === 'meta' ? 'key' : 'id' })) });
    await half.put('classes', { id: 'x', sealed: 'half' });
    half.close();
    const reopened = await Store.open('store-crash');
    expect(await names('store-crash')).toEqual(['store-crash~1']);
    expect((await reopened.read()).classes).toEqual([{ id: 'x', name: 'kept' }]);
    await reopened.write({ classes: [{ id: 'y', name: 'writable again' }] });
    reopened.close();
  });

  it('a tab of an older build stops writing once a newer build wrote (OUTDATED), and writes nothing', async () => {
    const old = await Store.open('store-format', STORE_FORMAT);
    await old.write({ classes: [{ id: 'x', name: 'old build' }] });
    const newer = await Store.open('store-format', STORE_FORMAT + 1);
    expect(newer.outdated).toBe(false);
    await newer.write({ classes: [{ id: 'x', name: 'new schema' }] });
    // The old tab has not re-read: the format check inside the write's transaction still catches it.
    await expect(old.write({ classes: [{ id: 'y', name: 'old schema' }] })).rejects.toMatchObject({ code: 'OUTDATED' });
    expect(old.outdated).toBe(true);
    const seen = await old.read();
    expect(seen.format).toBe(STORE_FORMAT + 1);
    old.adopt(seen.stamp!);
    // Even up to date with the stamp, it never writes again: not a class, not a rewrite.
    await expect(old.write({ classes: [{ id: 'y', name: 'old schema' }] })).rejects.toMatchObject({ code: 'OUTDATED' });
    await expect(old.rewrite({ lock: undefined, classes: [{ id: 'x', sealed: 1 }], log: [] })).rejects.toMatchObject({ code: 'OUTDATED' });
    expect((await newer.read()).classes).toEqual([{ id: 'x', name: 'new schema' }]);
    old.close();
    newer.close();
  });

  it('an older build opening a store a newer build wrote is outdated from the start; a newer build is not held back by an older store', async () => {
    const newer = await Store.open('store-format-open', STORE_FORMAT + 1);
    await newer.write({ classes: [{ id: 'x', name: 'new' }] });
    newer.close();
    const old = await Store.open('store-format-open', STORE_FORMAT);
    expect(old.outdated).toBe(true);
    await expect(old.write({ log: [{ purpose: 'old' }] })).rejects.toMatchObject({ code: 'OUTDATED' });
    old.close();
    const newest = await Store.open('store-format-open', STORE_FORMAT + 2);
    expect(newest.outdated).toBe(false);
    await newest.write({ classes: [{ id: 'y', name: 'newest' }] });
    expect((await newest.read()).format).toBe(STORE_FORMAT + 2);
    newest.close();
  });
});
