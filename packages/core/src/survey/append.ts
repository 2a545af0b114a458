/**
 * append(target, items): pushes every item onto target, one at a time. `target.push(...items)` passes each
 * item as an argument and overflows the call stack past about 100,000 of them (150,000 duplicate rows did).
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
