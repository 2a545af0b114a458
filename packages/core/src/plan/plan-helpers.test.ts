import { describe, expect, it } from 'vitest';
import { orderByLocks } from './order-by-locks.ts';
import { partitionDistance } from './partition-distance.ts';
import { pairsOf } from './plan-pairs.ts';
import { restartSeeds } from './restart-seeds.ts';

describe('restartSeeds(seed, restarts)', () => {
  it('never lets the restarts of consecutive seeds overlap', () => {
    for (const restarts of [1, 2, 3, 8]) {
      const seen = new Set<number>();
      for (let seed = 1; seed <= 20; seed++) for (const s of restartSeeds(seed, restarts)) {
        expect(seen.has(s)).toBe(false);
        seen.add(s);
      }
      expect(restartSeeds(1, restarts)[0]).toBe(1);
    }
    expect(restartSeeds(3, 2)).toEqual([5, 6]);
    expect(() => restartSeeds(0, 2)).toThrow(RangeError);
  });
});

describe('pairsOf(groups)', () => {
  it('lists every pair sharing a group once', () => {
    expect(pairsOf([['a', 'b', 'c'], ['d']])).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c']]);
  });
});

describe('partitionDistance(a, b)', () => {
  it('is 0 for the same groups in another order, and counts the fewest moves otherwise', () => {
    expect(partitionDistance([['a', 'b'], ['c', 'd']], [['d', 'c'], ['b', 'a']])).toBe(0);
    // One swap of b and c: two pupils move.
    expect(partitionDistance([['a', 'b'], ['c', 'd']], [['a', 'c'], ['b', 'd']])).toBe(2);
    // Moving a single pupil.
    expect(partitionDistance([['a', 'b', 'c'], ['d', 'e']], [['a', 'b'], ['c', 'd', 'e']])).toBe(1);
    // A pupil missing from one grouping counts as moved.
    expect(partitionDistance([['a', 'b'], ['c']], [['a', 'b']])).toBe(1);
  });
  it('matches a brute force over all matchings on random groupings', () => {
    const ids = 'abcdefghijkl'.split('');
    let rng = 7;
    const random = () => ((rng = (rng * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 30; trial++) {
      const group = () => { const g: string[][] = [[], [], [], []]; for (const id of ids) g[Math.floor(random() * 4)]!.push(id); return g; };
      const a = group();
      const b = group();
      let best = 0;
      const permute = (used: number[], row: number, total: number): void => {
        if (row === a.length) { best = Math.max(best, total); return; }
        for (let c = 0; c < b.length; c++) if (!used.includes(c)) permute([...used, c], row + 1, total + a[row]!.filter((id) => b[c]!.includes(id)).length);
      };
      permute([], 0, 0);
      expect(partitionDistance(a, b)).toBe(ids.length - best);
    }
  });
});

describe('orderByLocks(groups, locks)', () => {
  it('puts each locked pupil\'s group at its lock number and keeps the rest in order', () => {
    expect(orderByLocks([['a', 'b'], ['c', 'd'], ['e', 'f']], { e: 0, b: 2 })).toEqual([['e', 'f'], ['c', 'd'], ['a', 'b']]);
    expect(orderByLocks([['a'], ['b']], {})).toEqual([['a'], ['b']]);
    // A lock number beyond the groups is ignored rather than losing a group.
    expect(orderByLocks([['a'], ['b']], { a: 5 })).toEqual([['a'], ['b']]);
  });
});
