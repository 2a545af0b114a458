import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightMatching, type WeightedEdge } from './max-weight-matching.ts';

/** Every matching of the edges, by brute force: the best [cardinality?, weight]. */
function bruteForce(edges: readonly WeightedEdge[], maxCardinality: boolean): { size: number; weight: number } {
  let best = { size: 0, weight: 0 };
  const better = (a: typeof best, b: typeof best) => (maxCardinality ? a.size > b.size || (a.size === b.size && a.weight > b.weight) : a.weight > b.weight);
  const visit = (k: number, used: ReadonlySet<number>, size: number, weight: number) => {
    if (k === edges.length) {
      if (better({ size, weight }, best)) best = { size, weight };
      return;
    }
    visit(k + 1, used, size, weight);
    const [i, j, w] = edges[k]!;
    if (i !== j && !used.has(i) && !used.has(j)) visit(k + 1, new Set([...used, i, j]), size + 1, weight + w);
  };
  visit(0, new Set(), 0, 0);
  return best;
}

function measure(edges: readonly WeightedEdge[], mate: readonly number[]): { size: number; weight: number } {
  let size = 0;
  let weight = 0;
  for (const [i, j, w] of edges) {
    if (mate[i] === j && mate[j] === i) {
      size++;
      weight += w;
    }
  }
  return { size, weight };
}

describe('maxWeightMatching(edges, maxCardinality)', () => {
  it('returns [] for no edges and −1 for unmatched vertices', () => {
    expect(maxWeightMatching([])).toEqual([]);
    expect(maxWeightMatching([[0, 1, 1]])).toEqual([1, 0]);
    expect(maxWeightMatching([[1, 2, 5], [2, 3, 11], [3, 4, 5]])).toEqual([-1, -1, 3, 2, -1]);
  });

  it('prefers more pairs over weight with maxCardinality', () => {
    expect(maxWeightMatching([[1, 2, 5], [2, 3, 11], [3, 4, 5]], true)).toEqual([-1, 2, 1, 4, 3]);
  });

  it('creates, relabels and expands nested blossoms (van Rantwijk’s cases) in strict mode', () => {
    expect(maxWeightMatching([[1, 2, 8], [1, 3, 9], [2, 3, 10], [3, 4, 7]])).toEqual([-1, 2, 1, 4, 3]);
    expect(maxWeightMatching([[1, 2, 9], [1, 3, 8], [2, 3, 10], [1, 4, 5], [4, 5, 4], [1, 6, 3]])).toEqual([-1, 6, 3, 2, 5, 4, 1]);
    expect(maxWeightMatching([[1, 2, 9], [1, 3, 9], [2, 3, 10], [2, 4, 8], [3, 5, 8], [4, 5, 10], [5, 6, 6]])).toEqual([-1, 3, 4, 1, 2, 6, 5]);
    expect(maxWeightMatching([[1, 2, 8], [1, 3, 8], [2, 3, 10], [2, 4, 12], [3, 5, 12], [4, 5, 14], [4, 6, 12], [5, 7, 12], [6, 7, 14], [7, 8, 12]]))
      .toEqual([-1, 2, 1, 5, 6, 3, 4, 8, 7]);
    expect(maxWeightMatching([[1, 2, 45], [1, 5, 45], [2, 3, 50], [3, 4, 45], [4, 5, 50], [1, 6, 30], [3, 9, 35], [4, 8, 35], [5, 7, 26], [9, 10, 5]]))
      .toEqual([-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9]);
  });

  it('finds a matching as heavy as the best one by brute force (random graphs up to 8 vertices)', () => {
    const graph = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 20 })), {
      maxLength: 14,
      selector: ([i, j]) => `${Math.min(i, j)}-${Math.max(i, j)}`,
    }).map((edges) => edges.filter(([i, j]) => i !== j) as WeightedEdge[]);
    fc.assert(
      fc.property(graph, fc.boolean(), (edges, maxCardinality) => {
        const mate = maxWeightMatching(edges, maxCardinality);
        mate.forEach((j, i) => {
          if (j >= 0) expect(mate[j]).toBe(i);
        });
        const found = measure(edges, mate);
        const best = bruteForce(edges, maxCardinality);
        expect(found.weight).toBe(best.weight);
        if (maxCardinality) expect(found.size).toBe(best.size);
      }),
      { numRuns: 400, seed: 21 },
    );
  });
});
