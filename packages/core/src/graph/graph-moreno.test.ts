import { describe, expect, it } from 'vitest';
import { importMoreno, MORENO_GRADES, morenoReference } from '../../test/moreno.ts';
import { detectCommunities, partitionModularity } from './communities.ts';
import { collapsedGraph, questionGraph } from './nomination-graph.ts';

describe('communities on Moreno\'s classes against networkx', () => {
  it.each(MORENO_GRADES)('%s: modularity of the stored networkx partition matches exactly; Louvain within 0.05', (grade) => {
    const reference = morenoReference(grade);
    const graph = collapsedGraph(questionGraph(importMoreno(grade).survey, 'sit-next-to'));
    expect(partitionModularity(graph, reference.louvain_partition_networkx)).toBeCloseTo(reference.louvain_modularity_undirected!, 12);
    const found = detectCommunities(graph, 1)!;
    expect(Math.abs(found.modularity - reference.louvain_modularity_undirected!)).toBeLessThan(0.05);
    expect(found.groups.flat().sort()).toEqual(graph.nodes().sort());
  });

  it('is reproducible for a seed', () => {
    const graph = collapsedGraph(questionGraph(importMoreno('grade4').survey, 'sit-next-to'));
    expect(detectCommunities(graph, 7)).toEqual(detectCommunities(graph, 7));
  });
});
