/**
 * The one writer of the dashboard's IndexedDB data: classes, access-log entries and the passphrase lock.
 *
 * - **Every change is one transaction** that first checks the store's version stamp: a tab whose copy is
 *   behind (another tab wrote since it read) gets `StoreError('STALE')` and nothing is written, so a tab
 *   never writes from a stale list. Any failing request aborts the whole transaction.
 * - **Rewrites** (setting, changing or removing the passphrase lock) write everything into a fresh database
 *   (a new *generation*, in its own storage bucket where the browser has them: generations.ts) in one
 *   transaction, and then delete the old generation, so the browser drops the old records' files — clear
 *   text written before a lock does not stay behind. While a rewrite runs, the old database carries a `moving` marker that makes every write to it
 *   fail as stale. If the page dies half-way, the next open keeps the newest *complete* generation and
 *   deletes the others.
 * - Tabs learn about each other's changes through a `BroadcastChannel` and through IndexedDB's
 *   `versionchange` event (an old generation being deleted); either calls `onchange`, and the tab re-reads.
 * - **The version stamp carries the format** (STORE_FORMAT) of the build that wrote last. A tab of an older
 *   build (still open after an update) that meets a newer format — on open, on a read, in a message or inside
 *   a write's transaction — becomes `outdated`: every write of it fails with `OUTDATED` and nothing is written
 *   with the old schema; the app asks to reload the tab.
 * - **No transaction runs for ever**: one that has not completed within TRANSACTION_LIMIT_MS is aborted and
 *   fails with `WRITE_FAILED` (a read with `UNAVAILABLE`), and the store lets go of its connection.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { dropGeneration, generationLabel, listGenerations, nextGeneration, openGeneration as openGenerationDb, type Generation } from './generations.ts';
import type { SealedValue } from '../crypto/encrypted-file.ts';
import { withinLimit } from './within-limit.ts';

/** The passphrase lock of the whole store: PBKDF2 salt and iterations, and a sealed check value. */
export interface StoreLock {
  readonly key: 'lock';
  readonly salt: string;
  readonly iterations: number;
  readonly check: SealedValue;
}

/** A class record as stored: the class in clear, or `{ id, sealed }` under a lock. */
export type ClassRecord = { readonly id: string; readonly [field: string]: unknown };
/** A log record as stored: the entry in clear, or `{ sealed }` under a lock. */
export type LogRecord = { readonly [field: string]: unknown };

type MetaRecord =
  | StoreLock
  | { readonly key: 'stamp'; readonly value: number }
  | { readonly key: 'format'; readonly value: number }
  | { readonly key: 'complete' }
  | { readonly key: 'moving'; readonly to: string };

interface Schema extends DBSchema {
  classes: { key: string; value: ClassRecord };
  log: { key: number; value: LogRecord };
  meta: { key: string; value: MetaRecord };
}

type Db = IDBPDatabase<Schema>;
type WriteTx = IDBPTransaction<Schema, ('classes' | 'log' | 'meta')[], 'readwrite'>;

/** Why a write did not happen. In every case nothing was changed. */
export type StoreErrorCode = 'STALE' | 'WRITE_FAILED' | 'UNAVAILABLE' | 'OUTDATED';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'StoreError';
  }
}

/** Everything stored, as raw records (sealed or not): the state layer opens and checks them. */
export interface StoreContents {
  /** The version stamp of what was read (0 for contents not read from the store). */
  readonly stamp?: number;
  /** The format (STORE_FORMAT) of the build that wrote last; 0 before formats were recorded. */
  readonly format?: number;
  readonly lock: StoreLock | undefined;
  readonly classes: readonly ClassRecord[];
  readonly log: readonly LogRecord[];
}

/**
 * The format this build writes: the shape of stored records (validate-class.ts) and of the store. Raise it
 * (and say how in docs/privacy.md) whenever an older build could misread or overwrite what this one writes:
 * tabs of older builds then stop writing and ask to be reloaded.
 */
export const STORE_FORMAT = 1;
/**
 * How long one store transaction (or opening a generation) may take. A transaction still open after that is
 * aborted and the write fails with `WRITE_FAILED`, so a browser that stops answering shows an error instead
 * of "Saving …" for ever.
 */
export const TRANSACTION_LIMIT_MS = 15_000;
const SCHEMA_VERSION = 2;
const CHANNEL = 'sociogram-store';

const formatOf = async (meta: { get(key: string): Promise<MetaRecord | undefined> }) => ((await meta.get('format')) as { value: number } | undefined)?.value ?? 0;

/** Runs `task` alone among all tabs of this origin (Web Locks), or among all callers in this page without them. */
const chains = new Map<string, Promise<unknown>>();
export function exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) return locks.request(`${name}:store`, task) as Promise<T>;
  const run = (chains.get(name) ?? Promise.resolve()).then(task, task);
  chains.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

async function openGeneration(base: string, g: Generation, ongone: () => void, limit: number): Promise<Db> {
  const opening = openGenerationDatabase(base, g, ongone);
  try {
    return await withinLimit(opening, limit, () => {
      void opening.then((db) => db.close(), () => undefined); // opened too late: let go of it
      return tooSlow(`opening ${generationLabel(base, g)}`, limit, 'UNAVAILABLE');
    });
  } catch (error) {
    // A newer build raised the database's version: this build cannot open it, and must not write to it.
    if ((error as Error)?.name === 'VersionError') throw new StoreError('OUTDATED', (error as Error).message);
    throw error;
  }
}

function openGenerationDatabase(base: string, g: Generation, ongone: () => void): Promise<Db> {
  return openGenerationDb<Schema>(base, g, SCHEMA_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('classes', { keyPath: 'id' });
        db.createObjectStore('log', { autoIncrement: true });
      }
      if (oldVersion < 2) db.createObjectStore('meta', { keyPath: 'key' });
    },
    blocking() {
      ongone();
    },
    terminated() {
      ongone();
    },
  });
}

/** The error of a step that did not finish within `limit` ms. */
const tooSlow = (what: string, limit: number, code: StoreErrorCode = 'WRITE_FAILED') => new StoreError(code, `${what} did not finish within ${limit / 1000} s`);
class Expired extends Error {}

/**
 * Runs `work` in one readwrite transaction over every store; any error aborts all of it. A transaction not
 * complete after `limit` ms is aborted (nothing of it is written) and fails with `WRITE_FAILED`; `expired`
 * is called then, to let go of a connection the browser may have stopped answering. A transaction already
 * committing when the limit comes (it can no longer be aborted) gets `limit` ms more to tell its outcome.
 */
async function inTransaction<T>(db: Db, work: (tx: WriteTx) => Promise<T>, limit: number, expired: () => void = () => {}): Promise<T> {
  let tx: WriteTx;
  try {
    tx = db.transaction(['classes', 'log', 'meta'], 'readwrite');
  } catch (error) {
    throw new StoreError('STALE', (error as Error).message);
  }
  const done = tx.done.then(
    () => null,
    (error: unknown) => error ?? new Error('aborted'),
  );
  let aborted = false;
  const attempt = (async () => {
    try {
      const result = await work(tx);
      const failed = await done;
      if (failed) throw failed;
      return result;
    } catch (error) {
      aborted = true;
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      await done;
      if (error instanceof StoreError) throw error;
      throw new StoreError('WRITE_FAILED', (error as Error)?.message ?? String(error));
    }
  })();
  try {
    return await withinLimit(attempt, limit, () => new Expired());
  } catch (error) {
    if (!(error instanceof Expired)) throw error;
  }
  let committing = false;
  if (!aborted) {
    try {
      tx.abort();
    } catch {
      committing = true;
    }
  }
  if (committing) {
    try {
      return await withinLimit(attempt, limit, () => new Expired());
    } catch (error) {
      if (!(error instanceof Expired)) throw error;
    }
  }
  expired();
  throw tooSlow('the transaction', limit);
}

/** Deletes every generation of the store `base`, whether or not it could be opened. */
export function deleteStore(base: string): Promise<void> {
  return exclusive(base, async () => {
    for (const g of await listGenerations(base)) await dropGeneration(base, g);
  });
}

export class Store {
  private db: Db;
  private generation: Generation;
  /** The version stamp this tab last read or wrote; every committed change adds one. */
  private stamp: number;
  private channel: BroadcastChannel | null = null;
  private gone = false;
  private newer = false;
  /** TRANSACTION_LIMIT_MS, or a shorter limit in tests. */
  private readonly limit: number;
  /** True once a newer build's format was seen: this tab must not write any more (reload it). */
  get outdated(): boolean {
    return this.newer;
  }
  /** True once this store was closed or its database deleted (by this tab or another): open a new one. */
  get closed(): boolean {
    return this.gone;
  }
  /** Called when another tab changed the store (or deleted this generation): re-read. */
  onchange: () => void = () => {};

  private constructor(
    readonly base: string,
    db: Db,
    generation: Generation,
    stamp: number,
    /** The format this tab writes (STORE_FORMAT; tests open stores of other builds). */
    readonly format: number,
    storedFormat: number,
    limit: number,
  ) {
    this.limit = limit;
    this.db = db;
    this.generation = generation;
    this.stamp = stamp;
    this.see(storedFormat);
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(`${CHANNEL}:${base}`);
      this.channel.onmessage = (event: MessageEvent<{ generation: number; stamp: number; format?: number }>) => {
        this.see(event.data.format ?? 0);
        if (event.data.generation !== this.generation.n || event.data.stamp !== this.stamp) this.onchange();
      };
    }
  }

  /** Notes the format found in the store or a message; a newer one than this build's makes the tab outdated. */
  private see(format: number): void {
    if (format > this.format) this.newer = true;
  }

  /**
   * Opens the newest complete generation (creating the first one when there is none), deletes older and
   * unfinished ones, and clears a `moving` marker left by a rewrite that died before it completed.
   */
  static open(base = 'sociogram', format = STORE_FORMAT, limit = TRANSACTION_LIMIT_MS): Promise<Store> {
    return exclusive(base, async () => {
      let chosen: { db: Db; generation: Generation; stamp: number; format: number } | null = null;
      let store: Store | null = null;
      const ongone = () => store?.lost();
      for (const generation of await listGenerations(base)) {
        if (chosen) {
          await dropGeneration(base, generation);
          continue;
        }
        const db = await openGeneration(base, generation, ongone, limit);
        try {
          const complete = generation.n === 0 || (await db.get('meta', 'complete')) !== undefined;
          if (!complete) {
            db.close();
            await dropGeneration(base, generation);
            continue;
          }
          if (await db.get('meta', 'moving')) await db.delete('meta', 'moving');
          const stamp = (await db.get('meta', 'stamp')) as { value: number } | undefined;
          chosen = { db, generation, stamp: stamp?.value ?? 0, format: ((await db.get('meta', 'format')) as { value: number } | undefined)?.value ?? 0 };
        } catch (error) {
          db.close();
          throw error;
        }
      }
      if (!chosen) {
        const generation = nextGeneration(1);
        const db = await openGeneration(base, generation, ongone, limit);
        try {
          await inTransaction(
            db,
            async (tx) => {
              await tx.objectStore('meta').put({ key: 'stamp', value: 0 });
              await tx.objectStore('meta').put({ key: 'format', value: format });
              await tx.objectStore('meta').put({ key: 'complete' });
            },
            limit,
          );
        } catch (error) {
          db.close();
          throw error;
        }
        chosen = { db, generation, stamp: 0, format };
      }
      store = new Store(base, chosen.db, chosen.generation, chosen.stamp, format, chosen.format, limit);
      return store;
    });
  }

  /** Where the data now is (for messages and tests). */
  get location(): string {
    return generationLabel(this.base, this.generation);
  }

  /** The version stamp this tab last read or wrote. */
  get version(): number {
    return this.stamp;
  }

  /**
   * Reads everything with its stamp. The stamp becomes this tab's own only with `adopt`, once the state
   * shows what was read: a change computed from the state before that is still checked against the old one.
   */
  async read(): Promise<StoreContents> {
    if (this.gone) throw new StoreError('STALE');
    const tx = this.db.transaction(['classes', 'log', 'meta'], 'readonly');
    const reading = Promise.all([
      tx.objectStore('classes').getAll(),
      tx.objectStore('log').getAll(),
      tx.objectStore('meta').get('lock') as Promise<StoreLock | undefined>,
      tx.objectStore('meta').get('stamp') as Promise<{ value: number } | undefined>,
      formatOf(tx.objectStore('meta')),
      tx.done,
    ]);
    // A read that hangs lets go of the connection (without a re-read, which would hang the same way): the
    // next re-read opens the store afresh.
    const [classes, log, lock, stamp, format] = await withinLimit(reading, this.limit, () => {
      this.letGo();
      return tooSlow('reading the store', this.limit, 'UNAVAILABLE');
    });
    this.see(format);
    return { stamp: stamp?.value ?? 0, format, lock, classes, log };
  }

  /** Takes `stamp` (of contents read and now shown) as the version this tab's next writes are based on. */
  adopt(stamp: number): void {
    this.stamp = stamp;
  }

  /** Reads only the lock. */
  async readLock(): Promise<StoreLock | undefined> {
    if (this.gone) throw new StoreError('STALE');
    return (await this.db.get('meta', 'lock')) as StoreLock | undefined;
  }

  /**
   * Puts class records, deletes the class records listed in `remove` and adds log records in one transaction,
   * provided nothing changed since this tab last read or wrote — and since `expected`, the version the records were computed from (take it with
   * `version` when the change is computed: a write of this same tab in between makes this one stale too);
   * otherwise throws `STALE` and writes nothing.
   */
  async write(change: { readonly classes?: readonly ClassRecord[]; readonly remove?: readonly string[]; readonly log?: readonly LogRecord[] }, expected = this.stamp): Promise<void> {
    if (this.gone) throw new StoreError('STALE');
    this.refuseIfOutdated();
    const next = await inTransaction(
      this.db,
      async (tx) => {
        const meta = tx.objectStore('meta');
        this.see(await formatOf(meta));
        this.refuseIfOutdated();
        const stamp = ((await meta.get('stamp')) as { value: number } | undefined)?.value ?? 0;
        if (stamp !== expected || stamp !== this.stamp || (await meta.get('moving'))) throw new StoreError('STALE');
        for (const record of change.classes ?? []) await tx.objectStore('classes').put(record);
        for (const id of change.remove ?? []) await tx.objectStore('classes').delete(id);
        for (const record of change.log ?? []) await tx.objectStore('log').add(record);
        await meta.put({ key: 'stamp', value: stamp + 1 });
        await meta.put({ key: 'format', value: this.format });
        return stamp + 1;
      },
      this.limit,
      () => this.lost(),
    );
    this.stamp = next;
    this.announce();
  }

  /**
   * Replaces everything stored with `contents` (records already sealed for the new lock, or in clear
   * without one): written in one transaction into a fresh database, after which the old database is deleted.
   * Throws `STALE` when another tab changed the store since this tab read it, `WRITE_FAILED` when the new
   * database could not be written; in both cases the old data is untouched.
   */
  rewrite(contents: StoreContents, expected = this.stamp): Promise<void> {
    return exclusive(this.base, async () => {
      if (this.gone || expected !== this.stamp) throw new StoreError('STALE');
      this.refuseIfOutdated();
      const old = this.db;
      const oldGeneration = this.generation;
      const generation = nextGeneration(oldGeneration.n + 1);
      await inTransaction(
        old,
        async (tx) => {
          const meta = tx.objectStore('meta');
          this.see(await formatOf(meta));
          this.refuseIfOutdated();
          const stamp = ((await meta.get('stamp')) as { value: number } | undefined)?.value ?? 0;
          if (stamp !== this.stamp || (await meta.get('moving'))) throw new StoreError('STALE');
          await meta.put({ key: 'moving', to: generationLabel(this.base, generation) });
        },
        this.limit,
        () => this.lost(),
      );
      let db: Db | null = null;
      try {
        await dropGeneration(this.base, generation); // a leftover of an earlier failed attempt
        db = await openGeneration(this.base, generation, () => this.lost(), this.limit);
        const fresh = db;
        await inTransaction(
          fresh,
          async (tx) => {
            for (const record of contents.classes) await tx.objectStore('classes').put(record);
            for (const record of contents.log) await tx.objectStore('log').add(record);
            if (contents.lock) await tx.objectStore('meta').put(contents.lock);
            await tx.objectStore('meta').put({ key: 'stamp', value: this.stamp + 1 });
            await tx.objectStore('meta').put({ key: 'format', value: this.format });
            await tx.objectStore('meta').put({ key: 'complete' });
          },
          this.limit,
        );
      } catch (error) {
        db?.close();
        await dropGeneration(this.base, generation);
        // The old generation stays the store; when even this cleanup hangs, the next open clears the marker.
        await withinLimit(old.delete('meta', 'moving'), this.limit, () => new Expired()).catch(() => undefined);
        throw error instanceof StoreError ? error : new StoreError('WRITE_FAILED', (error as Error).message);
      }
      old.close();
      this.db = db;
      this.generation = generation;
      this.stamp += 1;
      // The new generation is complete: from here on the old one is only garbage, deleted now or at the next open.
      await dropGeneration(this.base, oldGeneration);
      this.announce();
    });
  }

  /** Deletes every generation of the store (all classes, log entries and the lock); this store is closed. */
  async deleteAll(): Promise<void> {
    this.db.close();
    this.gone = true;
    await deleteStore(this.base);
    this.channel?.postMessage({ generation: -1, stamp: -1 });
    this.channel?.close();
  }

  close(): void {
    this.gone = true;
    this.db.close();
    this.channel?.close();
  }

  private lost(): void {
    if (this.gone) return;
    this.letGo();
    this.onchange();
  }

  /** Closes this store without a re-read: the next one opens it afresh. */
  private letGo(): void {
    this.gone = true;
    this.db.close();
    this.channel?.close();
  }

  /** Tells other tabs about a committed change. A channel closed meanwhile (this tab closed its store while the
   *  write ran) throws; the change is committed all the same, so the write must not be reported as failed. */
  private announce(): void {
    try {
      this.channel?.postMessage({ generation: this.generation.n, stamp: this.stamp, format: this.format });
    } catch {
      // closed: other tabs still learn of the change when they next write (STALE) or open
    }
  }

  private refuseIfOutdated(): void {
    if (this.newer) throw new StoreError('OUTDATED', `the store was written by a newer version of the app (format above ${this.format})`);
  }
}
