/**
 * largest(values) and smallest(values) in one loop. `Math.max(...values)` passes every value as an argument
 * and overflows the call stack on input-sized lists (100,000 groups of one).
 */
export function largest(values: ArrayLike<number>): number {
  let best = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > best) best = values[i]!;
  return best;
}

export function smallest(values: ArrayLike<number>): number {
  let best = Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! < best) best = values[i]!;
  return best;
}
