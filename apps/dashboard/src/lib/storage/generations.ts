/**
 * Where the store's generations live, and how one is opened and dropped so that its records leave the disk.
 *
 * Deleting an IndexedDB database does not remove its records from the browser's files at once: Chromium
 * keeps them in LevelDB table files until a compaction that may come much later (seen in the e2e test: a
 * deleted database's log purposes were still readable in `*.ldb` after a restart). A **storage bucket**
 * (Storage Buckets API, Chromium 122+) has its own files, and deleting the bucket deletes them. So each
 * generation n ≥ 1 is a bucket `<name>-<n>` holding one database, where the browser has buckets; elsewhere it
 * is a database `<name>~<n>` in the default storage (old records then stay in the files until the browser
 * compacts them — docs/privacy.md says so). Generation 0 is the database `<name>` that earlier versions wrote.
 */
import { deleteDB, wrap, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';
import { withinLimit } from './within-limit.ts';

/** The part of the Storage Buckets API used here (not yet in TypeScript's DOM types). */
interface StorageBucket {
  readonly indexedDB: IDBFactory;
}
interface StorageBucketManager {
  open(name: string, options?: { durability?: 'strict' | 'relaxed'; persisted?: boolean }): Promise<StorageBucket>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<void>;
}

export interface Generation {
  readonly n: number;
  readonly kind: 'database' | 'bucket';
}

function buckets(): StorageBucketManager | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as unknown as { storageBuckets?: StorageBucketManager }).storageBuckets;
}

/** Bucket names allow only lowercase letters, digits, `_` and `-`. */
const bucketPrefix = (base: string) => `${base.toLowerCase().replace(/[^a-z0-9_-]/g, '-')}-`;
const databaseName = (base: string, n: number) => (n === 0 ? base : `${base}~${n}`);

/** Where generation n of a new rewrite goes: a bucket when the browser has them. */
export function nextGeneration(n: number): Generation {
  return { n, kind: buckets() ? 'bucket' : 'database' };
}

/** A human-readable name of a generation (for messages and tests). */
export function generationLabel(base: string, g: Generation): string {
  return g.kind === 'bucket' ? `bucket ${bucketPrefix(base)}${g.n}` : databaseName(base, g.n);
}

/** Every generation that exists, newest first (a bucket before a database of the same number). */
export async function listGenerations(base: string): Promise<Generation[]> {
  const found: Generation[] = [];
  for (const info of await indexedDB.databases()) {
    const name = info.name ?? '';
    if (name === base) found.push({ n: 0, kind: 'database' });
    else if (name.startsWith(`${base}~`) && /^\d+$/.test(name.slice(base.length + 1))) found.push({ n: Number(name.slice(base.length + 1)), kind: 'database' });
  }
  const manager = buckets();
  if (manager) {
    const prefix = bucketPrefix(base);
    for (const key of await manager.keys()) {
      if (key.startsWith(prefix) && /^\d+$/.test(key.slice(prefix.length))) found.push({ n: Number(key.slice(prefix.length)), kind: 'bucket' });
    }
  }
  return found.sort((a, b) => b.n - a.n || (a.kind === 'bucket' ? -1 : 1));
}

/**
 * The bucket each open connection came from, kept alive as long as the connection is reachable. Chromium
 * ties a connection to its `StorageBucket` object: once that object is garbage-collected, the browser stops
 * answering the connection — a transaction started on it then never completes and never aborts, and no
 * `close` event comes. Holding only the connection (or the bucket's `indexedDB` factory) is not enough.
 */
const bucketOf = new WeakMap<object, StorageBucket>();

/** Opens (creating when needed) the database of a generation; like idb's openDB, on the right factory. */
export async function openGeneration<S extends DBSchema>(base: string, g: Generation, version: number, callbacks: OpenDBCallbacks<S>): Promise<IDBPDatabase<S>> {
  const bucket = g.kind === 'bucket' ? await buckets()!.open(`${bucketPrefix(base)}${g.n}`, { durability: 'strict' }) : undefined;
  const factory = bucket ? bucket.indexedDB : indexedDB;
  const request = factory.open(databaseName(base, g.kind === 'bucket' ? 0 : g.n), version);
  const opened = wrap(request) as Promise<IDBPDatabase<S>>;
  request.addEventListener('upgradeneeded', (event) => {
    callbacks.upgrade?.(wrap(request.result) as IDBPDatabase<S>, event.oldVersion, event.newVersion, wrap(request.transaction!) as never, event);
  });
  const db = await opened;
  if (bucket) bucketOf.set(db, bucket);
  db.addEventListener('close', () => callbacks.terminated?.());
  // Another tab deletes this generation: let go at once (a connection kept open would block the deletion,
  // and every later open of that name behind it).
  db.addEventListener('versionchange', (event) => {
    db.close();
    callbacks.blocking?.(event.oldVersion, event.newVersion, event);
  });
  return db;
}

/**
 * Deletes a generation: the whole bucket (its files go, and other tabs' connections are closed), or the
 * database (other tabs close theirs on `versionchange`). Waits at most `ms` for other tabs to let go.
 */
export function dropGeneration(base: string, g: Generation, ms = 5000): Promise<void> {
  const drop = g.kind === 'bucket' ? buckets()!.delete(`${bucketPrefix(base)}${g.n}`) : deleteDB(databaseName(base, g.n));
  return withinLimit(drop, ms, () => new Error('other tabs did not let go')).catch(() => undefined);
}
