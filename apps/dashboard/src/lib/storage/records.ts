/**
 * Stored records ↔ classes and log entries: sealing with the store's key (AES-GCM, a fresh IV per record)
 * or writing in clear without a lock, and opening what was read — every class checked against the one
 * schema (validate-class.ts). A record that cannot be opened or fails the schema is quarantined: kept as it
 * is, carried over by rewrites (sealed under the new key), listed with why, never shown as a class.
 */
import { seal, unseal, type SealedValue } from '../crypto/encrypted-file.ts';
import type { ClassRecord, LogRecord, StoreContents } from './store.ts';
import type { AccessLogEntry, StoredClass } from './stored-class.ts';
import { isAccessLogEntry, validateStoredClass } from './validate-class.ts';

/** A stored class record set aside: its id, why, and how to write it again under another key. */
export interface Quarantined {
  readonly id: string;
  readonly problems: readonly string[];
  /** The record for a rewrite under `key` (null: in clear); a record that could not be opened stays as it is. */
  readonly reseal: (key: CryptoKey | null) => Promise<ClassRecord>;
}

const isSealed = (value: unknown): value is { readonly sealed: SealedValue } => typeof value === 'object' && value !== null && 'sealed' in value;
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export async function sealClass(stored: StoredClass, key: CryptoKey | null): Promise<ClassRecord> {
  return key ? { id: stored.id, sealed: await seal(key, stored) } : plain(stored as unknown as ClassRecord);
}

export async function sealLog(entry: AccessLogEntry, key: CryptoKey | null): Promise<LogRecord> {
  return key ? { sealed: await seal(key, entry) } : plain(entry as unknown as LogRecord);
}

/** A log record that could not be read, for a rewrite under `key`: clear text is sealed, a sealed record stays as it is. */
export async function resealLogRecord(record: LogRecord, key: CryptoKey | null): Promise<LogRecord> {
  return key && !isSealed(record) ? { sealed: await seal(key, record) } : record;
}

async function openRecord(record: unknown, key: CryptoKey | null): Promise<{ ok: true; value: unknown } | { ok: false }> {
  if (!isSealed(record)) return { ok: true, value: record };
  if (!key) return { ok: false };
  try {
    return { ok: true, value: await unseal(key, record.sealed) };
  } catch {
    return { ok: false };
  }
}

export interface OpenedContents {
  readonly classes: readonly StoredClass[];
  readonly log: readonly AccessLogEntry[];
  readonly quarantined: readonly Quarantined[];
  /** Log records that could not be opened or read: kept as they are. */
  readonly unreadableLog: readonly LogRecord[];
}

/** Opens every record with `key`; classes sorted by when they were created. */
export async function openContents(contents: StoreContents, key: CryptoKey | null): Promise<OpenedContents> {
  const classes: StoredClass[] = [];
  const quarantined: Quarantined[] = [];
  for (const record of contents.classes) {
    const opened = await openRecord(record, key);
    if (!opened.ok) {
      quarantined.push({ id: record.id, problems: ['cannot be decrypted'], reseal: async () => record });
      continue;
    }
    const checked = validateStoredClass(opened.value);
    if (checked.ok && checked.value.id === record.id) classes.push(checked.value);
    else {
      const value = opened.value as ClassRecord;
      quarantined.push({ id: record.id, problems: checked.ok ? ['id differs from the record key'] : checked.problems, reseal: async (next) => (next ? { id: record.id, sealed: await seal(next, value) } : { ...value, id: record.id }) });
    }
  }
  const log: AccessLogEntry[] = [];
  const unreadableLog: LogRecord[] = [];
  for (const record of contents.log) {
    const opened = await openRecord(record, key);
    if (opened.ok && isAccessLogEntry(opened.value)) log.push(opened.value as AccessLogEntry);
    else unreadableLog.push(record);
  }
  classes.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { classes, log, quarantined, unreadableLog };
}
