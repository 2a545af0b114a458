/**
 * Communities: Louvain (Blondel et al. 2008) on the undirected collapsed graph, via
 * graphology-communities-louvain, seeded for reproducible results; modularity (Newman 2006) via
 * graphology-metrics. Null for a graph without edges, where modularity is undefined.
 */
import type { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity.js';
import { createRng } from '../random/create-rng.ts';
import { nodeId, nodeKey } from './node-key.ts';

export interface Communities {
  /** Communities as sorted lists of pupil ids, largest first. */
  readonly groups: readonly (readonly string[])[];
  readonly modularity: number;
}

function groupsOf(assignment: Readonly<Record<string, number | string>>): string[][] {
  const byCommunity = new Map<string, string[]>();
  for (const [node, community] of Object.entries(assignment)) {
    const key = String(community);
    const group = byCommunity.get(key);
    if (group) group.push(nodeId(node));
    else byCommunity.set(key, [nodeId(node)]);
  }
  return [...byCommunity.values()].map((group) => group.sort()).sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

export function detectCommunities(graph: UndirectedGraph, seed = 1): Communities | null {
  if (graph.size === 0) return null;
  const result = louvain.detailed(graph, { rng: createRng(seed), getEdgeWeight: null });
  return { groups: groupsOf(result.communities), modularity: partitionModularity(graph, groupsOf(result.communities)) };
}

/**
 * Modularity (resolution 1, unweighted) of a given partition (lists of pupil ids); every node must be in one
 * group. The graph's nodes are keyed by nodeKey (collapsedGraph).
 */
export function partitionModularity(graph: UndirectedGraph, groups: readonly (readonly string[])[]): number {
  const community = new Map<string, number>();
  groups.forEach((group, index) => group.forEach((id) => community.set(nodeKey(id), index)));
  return modularity(graph, { getNodeCommunity: (node) => community.get(node) ?? -1, getEdgeWeight: null });
}
