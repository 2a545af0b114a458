/**
 * IndexedDB storage (via idb): one store of classes (each saved whole, in one transaction, so a failed save
 * never leaves half a class) and one of access-log entries.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { seal, unseal, type SealedValue } from '../crypto/encrypted-file.ts';
import type { AccessLogEntry, StoredClass } from './stored-class.ts';

/** A record as stored: in clear, or sealed when the store is locked with a passphrase. */
type Sealed<T> = T | { readonly id?: string; readonly sealed: SealedValue };

/** The passphrase lock of the whole store: PBKDF2 salt and iterations, and a sealed check value. */
export interface StoreLock {
  readonly key: 'lock';
  readonly salt: string;
  readonly iterations: number;
  readonly check: SealedValue;
}

interface Schema extends DBSchema {
  classes: { key: string; value: Sealed<StoredClass> };
  log: { key: number; value: Sealed<AccessLogEntry> };
  meta: { key: string; value: StoreLock };
}

async function open<T>(value: Sealed<T>, key: CryptoKey | null): Promise<T> {
  if (value && typeof value === 'object' && 'sealed' in value) {
    if (!key) throw new Error('the store is locked');
    return unseal<T>(key, value.sealed);
  }
  return value as T;
}

async function close<T extends object>(value: T, key: CryptoKey | null, id?: string): Promise<Sealed<T>> {
  const plain = JSON.parse(JSON.stringify(value)) as T;
  return key ? { ...(id === undefined ? {} : { id }), sealed: await seal(key, plain) } : plain;
}

export type Database = IDBPDatabase<Schema>;

export function openDatabase(name = 'sociogram'): Promise<Database> {
  return openDB<Schema>(name, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('classes', { keyPath: 'id' });
        db.createObjectStore('log', { autoIncrement: true });
      }
      if (oldVersion < 2) db.createObjectStore('meta', { keyPath: 'key' });
    },
  });
}

export async function loadClasses(db: Database, key: CryptoKey | null = null): Promise<StoredClass[]> {
  const all = await Promise.all((await db.getAll('classes')).map((value) => open(value, key)));
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function saveClass(db: Database, stored: StoredClass, key: CryptoKey | null = null): Promise<void> {
  await db.put('classes', await close(stored, key, stored.id));
}

export async function appendLog(db: Database, entry: AccessLogEntry, key: CryptoKey | null = null): Promise<void> {
  await db.add('log', await close(entry, key));
}

export async function loadLog(db: Database, key: CryptoKey | null = null): Promise<AccessLogEntry[]> {
  return Promise.all((await db.getAll('log')).map((value) => open(value, key)));
}

export async function loadLock(db: Database): Promise<StoreLock | undefined> {
  return db.get('meta', 'lock');
}

/**
 * Rewrites every class and log entry with the new key (null: in clear) and sets or removes the lock, all in
 * one transaction: either everything is re-encrypted or nothing changes.
 */
export async function rewriteStore(db: Database, classes: readonly StoredClass[], log: readonly AccessLogEntry[], key: CryptoKey | null, lock: StoreLock | null): Promise<void> {
  const records = await Promise.all(classes.map((c) => close(c, key, c.id)));
  const entries = await Promise.all(log.map((e) => close(e, key)));
  const tx = db.transaction(['classes', 'log', 'meta'], 'readwrite');
  const work: Promise<unknown>[] = [tx.objectStore('classes').clear(), tx.objectStore('log').clear()];
  for (const record of records) work.push(tx.objectStore('classes').put(record));
  for (const entry of entries) work.push(tx.objectStore('log').add(entry));
  work.push(lock ? tx.objectStore('meta').put(lock) : tx.objectStore('meta').delete('lock'));
  await Promise.all([...work, tx.done]);
}

/** Deletes every class, log entry and the lock in one transaction. */
export async function deleteEverything(db: Database): Promise<void> {
  const tx = db.transaction(['classes', 'log', 'meta'], 'readwrite');
  await Promise.all([tx.objectStore('classes').clear(), tx.objectStore('log').clear(), tx.objectStore('meta').clear(), tx.done]);
}
