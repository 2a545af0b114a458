/**
 * orderByLocks(groups, locks): the same groups, numbered so that every group holding pupils locked to number L
 * (`locks`, 0-based, as in the planning problem) is group L — "keep here" means the pupil stays in the group the
 * teacher sees, through new suggestions and reloads. Groups without a lock fill the other numbers in their order.
 */
export function orderByLocks(groups: readonly (readonly string[])[], locks: Readonly<Record<string, number>> | ReadonlyMap<string, number>): string[][] {
  const lockOf = locks instanceof Map ? locks : new Map(Object.entries(locks));
  const slots = new Array<string[] | undefined>(groups.length);
  const rest: string[][] = [];
  for (const group of groups) {
    const lock = group.map((id) => lockOf.get(id)).find((l): l is number => l !== undefined && l >= 0 && l < groups.length);
    if (lock !== undefined && slots[lock] === undefined) slots[lock] = [...group];
    else rest.push([...group]);
  }
  return Array.from(slots, (slot) => slot ?? rest.shift()!);
}
