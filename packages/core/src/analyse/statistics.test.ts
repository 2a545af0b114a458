import { describe, expect, it } from 'vitest';
import { mean, pearson, ranks, sampleSd, spearman, standardise } from './statistics.ts';

describe('statistics', () => {
  it('sampleSd(values) divides by n − 1', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    // Σ(x − 2.5)² = 5; 5 / 3 = 1.6667; √ = 1.290994
    expect(sampleSd([1, 2, 3, 4])).toBeCloseTo(1.290994, 6);
    expect(sampleSd([7])).toBeNaN();
  });
  it('standardise(values) is null without spread', () => {
    expect(standardise([2, 2, 2])).toBeNull();
    expect(standardise([1, 0, 0, 0])).toEqual([1.5, -0.5, -0.5, -0.5]);
  });
  it('ranks(values) averages ties; spearman(x, y) is Pearson on ranks', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.820783, 5);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
    expect(pearson([1, 2, 3], [2, 2, 2])).toBeNull();
  });
});
