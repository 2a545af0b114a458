/**
 * Maximal cliques of an undirected graph: Bron–Kerbosch with pivoting (Bron & Kerbosch 1973;
 * Tomita, Tanaka & Takahashi 2006). Each clique sorted, the list sorted; only cliques of `minSize` or more.
 * A graph can have exponentially many maximal cliques (3^(n/3): 36 pupils who all choose everyone outside their
 * own three have 531,441), so the search stops after `maxSteps` steps or `maxCliques` cliques and says whether
 * it finished. `expand` recurses once per pupil added to the clique being grown, so its depth is at most the
 * largest mutual clique + 1: k pupils who all choose each other take k(k − 1) nominations, so the analysis's
 * limit of 500,000 nominations (analysis-limits.ts) keeps it under 710 frames, and every call counts as a step.
 */
import type { UndirectedGraph } from 'graphology';
import { nodeId } from './node-key.ts';

/** Steps of the search (calls) before it stops: about 0.1–0.3 s. */
export const MAX_CLIQUE_STEPS = 100_000;
/** Cliques (of `minSize` or more) found before the search stops. */
export const MAX_CLIQUES = 1000;

export interface CliqueSearch {
  readonly cliques: string[][];
  /** False when the search stopped at `maxSteps` or `maxCliques`: `cliques` is then only part of them. */
  readonly complete: boolean;
}

export function maximalCliques(graph: UndirectedGraph, minSize = 3): string[][] {
  return findCliques(graph, minSize).cliques;
}

/** maximalCliques, with whether the search finished within `maxSteps`. */
export function findCliques(graph: UndirectedGraph, minSize = 3, maxSteps = MAX_CLIQUE_STEPS, maxCliques = MAX_CLIQUES): CliqueSearch {
  const neighbours = new Map<string, Set<string>>();
  graph.forEachNode((node) => neighbours.set(node, new Set(graph.neighbors(node))));
  const cliques: string[][] = [];
  let steps = 0;
  let stopped = false;
  const expand = (r: string[], p: Set<string>, x: Set<string>): void => {
    if (stopped || ++steps > maxSteps) {
      stopped = true;
      return;
    }
    if (p.size === 0 && x.size === 0) {
      if (r.length < minSize) return;
      if (cliques.length === maxCliques) stopped = true;
      else cliques.push(r.map(nodeId).sort());
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
  cliques.sort((a, b) => b.length - a.length || a.join('\u0000').localeCompare(b.join('\u0000')));
  return { cliques, complete: !stopped };
}
