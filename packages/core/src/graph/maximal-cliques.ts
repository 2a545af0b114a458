/**
 * Maximal cliques of an undirected graph: Bron–Kerbosch with pivoting (Bron & Kerbosch 1973;
 * Tomita, Tanaka & Takahashi 2006). Each clique sorted, the list sorted; only cliques of `minSize` or more.
 */
import type { UndirectedGraph } from 'graphology';
import { nodeId } from './node-key.ts';

export function maximalCliques(graph: UndirectedGraph, minSize = 3): string[][] {
  const neighbours = new Map<string, Set<string>>();
  graph.forEachNode((node) => neighbours.set(node, new Set(graph.neighbors(node))));
  const cliques: string[][] = [];
  const expand = (r: string[], p: Set<string>, x: Set<string>): void => {
    if (p.size === 0 && x.size === 0) {
      if (r.length >= minSize) cliques.push(r.map(nodeId).sort());
      return;
    }
    let pivot = '';
    let best = -1;
    for (const u of [...p, ...x]) {
      let count = 0;
      for (const v of neighbours.get(u)!) if (p.has(v)) count++;
      if (count > best) {
        best = count;
        pivot = u;
      }
    }
    const pivotNeighbours = neighbours.get(pivot)!;
    for (const v of [...p]) {
      if (pivotNeighbours.has(v)) continue;
      const nv = neighbours.get(v)!;
      expand([...r, v], new Set([...p].filter((w) => nv.has(w))), new Set([...x].filter((w) => nv.has(w))));
      p.delete(v);
      x.add(v);
    }
  };
  expand([], new Set(graph.nodes()), new Set());
  return cliques.sort((a, b) => b.length - a.length || a.join('\u0000').localeCompare(b.join('\u0000')));
}
