/**
 * blocksOfSize(pupils, blockOf, size, skip, start): whole blocks among `pupils` that together hold exactly
 * `size` of them — the other side of a swap that moves a block of that size — or null when no set of
 * blocks adds up to it. Blocks for which `skip(pupil)` holds for any member are left out. With `cost`, the
 * fitting set of least cost; without, the first one found trying subsets in order from `start` (a random
 * start: a random fitting set). At most 12 blocks are considered (4,096 subsets).
 */
const MAX_BLOCKS = 12;

export function blocksOfSize(pupils: readonly number[], blockOf: Int32Array, size: number, skip: (pupil: number) => boolean, start: number, cost?: (pupils: number[]) => number): number[] | null {
  const blocks: number[] = [];
  const counts: number[] = [];
  const excluded = new Set<number>();
  for (const p of pupils) {
    const b = blockOf[p]!;
    if (skip(p)) excluded.add(b);
    const k = blocks.indexOf(b);
    if (k >= 0) counts[k]!++;
    else {
      blocks.push(b);
      counts.push(1);
    }
  }
  const usable = blocks.map((_, k) => k).filter((k) => !excluded.has(blocks[k]!)).slice(0, MAX_BLOCKS);
  const subsets = 1 << usable.length;
  // The fitting subsets, as bit masks over `usable`: a depth-first walk that stops once the sum is reached or
  // passed, or can no longer be reached.
  const fitting: number[] = [];
  const rest = new Array<number>(usable.length + 1).fill(0);
  for (let q = usable.length - 1; q >= 0; q--) rest[q] = rest[q + 1]! + counts[usable[q]!]!;
  const walk = (q: number, sum: number, mask: number): void => {
    if (sum === size) fitting.push(mask);
    else if (q < usable.length && sum + rest[q]! >= size) {
      if (sum + counts[usable[q]!]! <= size) walk(q + 1, sum + counts[usable[q]!]!, mask | (1 << q));
      walk(q + 1, sum, mask);
    }
  };
  walk(0, 0, 0);
  // In the order of trying them from `start`.
  const order = (mask: number) => (((mask - start) % subsets) + subsets) % subsets;
  fitting.sort((x, y) => order(x) - order(y));
  let best: number[] | null = null;
  let bestCost = Infinity;
  for (const mask of fitting) {
    const chosen = new Set(usable.filter((_, q) => mask & (1 << q)).map((k) => blocks[k]!));
    const found = pupils.filter((p) => chosen.has(blockOf[p]!));
    if (!cost) return found;
    const c = cost(found);
    if (c < bestCost) {
      bestCost = c;
      best = found;
    }
  }
  return best;
}
