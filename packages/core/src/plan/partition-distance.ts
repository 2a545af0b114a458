/**
 * partitionDistance(a, b): the fewest pupils who must change group to turn grouping `a` into grouping `b`
 * (group numbers do not matter): pupils − the largest overlap of a one-to-one matching of a's groups to b's.
 * Exact (a bitmask assignment) up to 16 groups, which covers any class; pupils in only one of the two
 * groupings count as moved.
 */
import { largest } from './extent.ts';

/**
 * The fewest pupils who must change group to turn grouping `a` into grouping `b` (group numbers do not matter); pupils
 * in only one of them count as moved.
 */
export function partitionDistance(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): number {
  const groupOf = new Map<string, number>();
  b.forEach((group, k) => group.forEach((id) => groupOf.set(id, k)));
  const overlap = a.map((group) => {
    const row = new Array<number>(b.length).fill(0);
    for (const id of group) {
      const k = groupOf.get(id);
      if (k !== undefined) row[k]! += 1;
    }
    return row;
  });
  const pupils = new Set([...a.flat(), ...b.flat()]).size;
  return pupils - maxAssignment(overlap, b.length);
}

function maxAssignment(weights: readonly (readonly number[])[], columns: number): number {
  if (columns > 16) return greedyAssignment(weights);
  // best[mask] = the largest total overlap of the first popcount(mask) rows matched to the columns in mask;
  // rows beyond the columns stay unmatched (handled by letting a row skip).
  let best = new Map<number, number>([[0, 0]]);
  for (const row of weights) {
    const next = new Map(best);
    for (const [mask, value] of best) {
      for (let c = 0; c < columns; c++) {
        if (mask & (1 << c)) continue;
        const key = mask | (1 << c);
        const total = value + row[c]!;
        if ((next.get(key) ?? -1) < total) next.set(key, total);
      }
    }
    best = next;
  }
  return largest([...best.values()]);
}

function greedyAssignment(weights: readonly (readonly number[])[]): number {
  const cells = weights.flatMap((row, r) => row.map((w, c) => ({ r, c, w }))).sort((x, y) => y.w - x.w);
  const rows = new Set<number>();
  const cols = new Set<number>();
  let total = 0;
  for (const { r, c, w } of cells) {
    if (rows.has(r) || cols.has(c)) continue;
    rows.add(r);
    cols.add(c);
    total += w;
  }
  return total;
}
