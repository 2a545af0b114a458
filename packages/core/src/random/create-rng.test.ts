import { describe, expect, it } from 'vitest';
import { createRng, randomInt, shuffled } from './create-rng.ts';

describe('createRng(seed)', () => {
  it('repeats for the same seed and differs between seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });
  it('gives the numbers of mulberry32 as published (uint32 state, seed taken modulo 2^32)', () => {
    // Tommy Ettinger's mulberry32, written as in the original: the state as an unsigned 32-bit number.
    const mulberry32 = (seed: number) => {
      let a = seed >>> 0;
      return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    };
    for (const seed of [0, 1, 42, 0x5bd1e995, 2 ** 31, 2 ** 32 - 1, -1, 2 ** 32 + 5]) {
      const ours = createRng(seed);
      const reference = mulberry32(seed);
      for (let k = 0; k < 10000; k++) expect(ours()).toBe(reference());
    }
  });
  it('stays in [0, 1) and spreads evenly', () => {
    const rng = createRng(1);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10000; i++) {
      const x = rng();
      expect(x >= 0 && x < 1).toBe(true);
      buckets[Math.floor(x * 10)]!++;
    }
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
  it('randomInt and shuffled stay in range and keep every item', () => {
    const rng = createRng(7);
    for (let i = 0; i < 100; i++) expect(randomInt(rng, 3)).toBeLessThan(3);
    expect(shuffled(rng, [1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
