/**
 * Every record of every database of a store in the default storage (all generations, whatever their state;
 * unit tests run without storage buckets), as one JSON text:
 * what anyone with the browser profile could read. Used by tests to look for clear text.
 */
import { openDB } from 'idb';

export async function dumpStore(base: string): Promise<string> {
  const out: unknown[] = [];
  for (const info of await indexedDB.databases()) {
    const name = info.name ?? '';
    if (name !== base && !name.startsWith(`${base}~`)) continue;
    const db = await openDB(name);
    for (const store of db.objectStoreNames) out.push(name, store, await db.getAll(store));
    db.close();
  }
  return JSON.stringify(out);
}
