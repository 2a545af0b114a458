/**
 * IndexedDB storage (via idb): one store of classes (each saved whole, in one transaction, so a failed save
 * never leaves half a class) and one of access-log entries.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AccessLogEntry, StoredClass } from './stored-class.ts';

interface Schema extends DBSchema {
  classes: { key: string; value: StoredClass };
  log: { key: number; value: AccessLogEntry };
}

export type Database = IDBPDatabase<Schema>;

export function openDatabase(name = 'sociogram'): Promise<Database> {
  return openDB<Schema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('classes', { keyPath: 'id' });
      db.createObjectStore('log', { autoIncrement: true });
    },
  });
}

export async function loadClasses(db: Database): Promise<StoredClass[]> {
  return (await db.getAll('classes')).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function saveClass(db: Database, stored: StoredClass): Promise<void> {
  // Structured clone of plain data: Svelte proxies are unwrapped by JSON round trip.
  await db.put('classes', JSON.parse(JSON.stringify(stored)) as StoredClass);
}

export async function appendLog(db: Database, entry: AccessLogEntry): Promise<void> {
  await db.add('log', entry);
}

export async function loadLog(db: Database): Promise<AccessLogEntry[]> {
  return db.getAll('log');
}

/** Deletes every class and log entry in one transaction. */
export async function deleteEverything(db: Database): Promise<void> {
  const tx = db.transaction(['classes', 'log'], 'readwrite');
  await Promise.all([tx.objectStore('classes').clear(), tx.objectStore('log').clear(), tx.done]);
}
