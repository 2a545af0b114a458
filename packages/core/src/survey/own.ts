/**
 * Records keyed by pupil or question ids, safe for any id: `own(record, key)` reads only the record's own
 * properties (never `constructor` or `toString` from Object.prototype), and `dictionary()` makes a record
 * without a prototype, where `__proto__` is a key like any other.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty record without a prototype, where any id (even `__proto__`) is an ordinary key. */
export function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
