import { describe, expect, it } from 'vitest';
import { blocksOfSize } from './blocks-of-size.ts';

describe('blocksOfSize(pupils, blockOf, size, skip, start)', () => {
  // Pupils 0–5 in blocks of 2 (block 7), 3 (block 8) and 1 (block 9).
  const pupils = [0, 1, 2, 3, 4, 5];
  const blockOf = Int32Array.from([7, 7, 8, 8, 8, 9]);
  const none = () => false;

  it('finds whole blocks adding up to the size', () => {
    expect(blocksOfSize(pupils, blockOf, 2, none, 0)).toEqual([0, 1]);
    expect(blocksOfSize(pupils, blockOf, 3, none, 0)).toEqual([2, 3, 4]);
    expect(blocksOfSize(pupils, blockOf, 4, none, 0)).toEqual([2, 3, 4, 5]);
    expect(blocksOfSize(pupils, blockOf, 6, none, 0)).toEqual(pupils);
  });

  it('gives null when no set of whole blocks fits', () => {
    expect(blocksOfSize(pupils, blockOf, 7, none, 0)).toBeNull();
    expect(blocksOfSize([0, 1, 2, 3, 4], blockOf, 1, none, 0)).toBeNull();
  });

  it('leaves out every block with a skipped member', () => {
    expect(blocksOfSize(pupils, blockOf, 1, (p) => p === 5, 0)).toBeNull();
    expect(blocksOfSize(pupils, blockOf, 4, (p) => p === 5, 0)).toBeNull();
    expect(blocksOfSize(pupils, blockOf, 3, (p) => p === 0, 0)).toEqual([2, 3, 4]);
  });

  it('picks the fitting set of least cost', () => {
    expect(blocksOfSize(pupils, blockOf, 3, none, 0, (set) => (set.includes(5) ? 0 : 1))).toEqual([0, 1, 5]);
    expect(blocksOfSize(pupils, blockOf, 3, none, 0, (set) => (set.includes(5) ? 1 : 0))).toEqual([2, 3, 4]);
  });

  it('picks among fitting sets by the start', () => {
    const single = Int32Array.from([1, 2, 3]);
    expect(blocksOfSize([0, 1, 2], single, 1, none, 0)).toEqual([0]);
    expect(blocksOfSize([0, 1, 2], single, 1, none, 2)).toEqual([1]);
    expect(blocksOfSize([0, 1, 2], single, 1, none, 4)).toEqual([2]);
  });
});
