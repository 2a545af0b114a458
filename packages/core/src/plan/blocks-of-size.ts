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
  let best: number[] | null = null;
  let bestCost = Infinity;
  for (let t = 0; t < subsets; t++) {
    const mask = (t + start) % subsets;
    if (mask === 0) continue;
    let sum = 0;
    for (let q = 0; q < usable.length; q++) if (mask & (1 << q)) sum += counts[usable[q]!]!;
    if (sum !== size) continue;
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
