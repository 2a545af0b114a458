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
