/**
 * Pupil id ↔ graphology node key. graphology keeps each node's neighbours in plain objects, so an id such as
 * `constructor`, `__proto__` or `toString` reads Object.prototype instead ("an edge … already exists"). Such
 * ids — and ids that start with the mark, so that the mapping stays one-to-one — get the mark in front; every
 * other id is its own key.
 */
const MARK = '\u0001';

export function nodeKey(id: string): string {
  return id in Object.prototype || id.startsWith(MARK) ? MARK + id : id;
}

export function nodeId(key: string): string {
  return key.startsWith(MARK) ? key.slice(1) : key;
}
