/**
 * tieBlocks(model, seed): a block number per pupil — the communities (Louvain, seeded) of the graph of
 * pupils who chose each other or one another (pair weight w > 0). In a cohort these are mostly the friend
 * circles of each previous class; the class planner swaps them between classes whole (anneal.ts).
 * Pupils without ties are blocks of their own.
 */
import { UndirectedGraph } from 'graphology';
import { detectCommunities } from '../graph/communities.ts';
import type { GroupModel } from './group-model.ts';

export function tieBlocks(model: GroupModel, seed: number): Int32Array {
  const { n, weight } = model;
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (weight[i * n + j]! > 0) graph.addEdge(String(i), String(j));
  const block = Int32Array.from({ length: n }, (_, i) => i);
  detectCommunities(graph, seed)?.groups.forEach((members, b) => members.forEach((i) => (block[Number(i)] = n + b)));
  return block;
}
