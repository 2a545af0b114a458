import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { findCliques, maximalCliques } from './maximal-cliques.ts';

/** Complete multipartite graph with parts of three (Moon–Moser): 3^(n/3) maximal cliques of n/3 nodes. */
function moonMoser(parts: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  const n = parts * 3;
  for (let i = 0; i < n; i++) graph.addNode(`p${i}`);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (Math.floor(i / 3) !== Math.floor(j / 3)) graph.addEdge(`p${i}`, `p${j}`);
  return graph;
}

describe('findCliques(graph, minSize, maxSteps, maxCliques)', () => {
  it('finds all 3^4 = 81 cliques of a small Moon–Moser graph and says it finished', () => {
    const search = findCliques(moonMoser(4));
    expect(search).toMatchObject({ complete: true });
    expect(search.cliques.length).toBe(81);
    expect(search.cliques.every((c) => c.length === 4)).toBe(true);
  });

  it('stops at maxCliques on 3^12 = 531,441 cliques and says it did not finish', () => {
    const search = findCliques(moonMoser(12));
    expect(search.complete).toBe(false);
    expect(search.cliques.length).toBe(1000);
  });

  it('stops at maxSteps', () => {
    expect(findCliques(moonMoser(6), 3, 50).complete).toBe(false);
    expect(maximalCliques(moonMoser(3))).toHaveLength(27);
  });
});
