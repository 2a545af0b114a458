/**
 * graphology graphs of a survey: one directed graph per question, or the union over the questions of one
 * kind, always on the whole roster (non-respondents and unchosen pupils are nodes too). NominationGraph speaks
 * pupil ids; inside, nodes are keyed by nodeKey (node-key.ts), so any id works, `__proto__` included.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { QuestionKind, Survey } from '../survey/survey.ts';
import { nodeId, nodeKey } from './node-key.ts';

/** A directed nomination graph read by pupil id. */
export class NominationGraph {
  /** The graphology graph, nodes keyed by `nodeKey(id)`. */
  readonly graph: DirectedGraph;

  constructor(graph: DirectedGraph) {
    this.graph = graph;
  }

  /** Number of pupils. */
  get order(): number {
    return this.graph.order;
  }

  /** Number of nominations. */
  get size(): number {
    return this.graph.size;
  }

  inDegree(id: string): number {
    return this.graph.inDegree(nodeKey(id));
  }

  outDegree(id: string): number {
    return this.graph.outDegree(nodeKey(id));
  }

  /** Pupils who named `id`. */
  inNeighbors(id: string): string[] {
    return this.graph.inNeighbors(nodeKey(id)).map(nodeId);
  }

  /** Pupils `id` named. */
  outNeighbors(id: string): string[] {
    return this.graph.outNeighbors(nodeKey(id)).map(nodeId);
  }

  hasDirectedEdge(from: string, to: string): boolean {
    return this.graph.hasDirectedEdge(nodeKey(from), nodeKey(to));
  }

  /** Calls `fn(from, to)` for every nomination. */
  forEachEdge(fn: (from: string, to: string) => void): void {
    this.graph.forEachEdge((_, __, source, target) => fn(nodeId(source), nodeId(target)));
  }
}

/** Directed graph of the nominations on the given questions (duplicates across questions collapse). */
export function nominationGraph(survey: Survey, questionIds: readonly string[]): NominationGraph {
  const graph = new DirectedGraph();
  for (const pupil of survey.pupils) graph.addNode(nodeKey(pupil.id));
  const wanted = new Set(questionIds);
  for (const n of survey.nominations) {
    const from = nodeKey(n.from);
    const to = nodeKey(n.to);
    if (wanted.has(n.question) && !graph.hasDirectedEdge(from, to)) graph.addDirectedEdge(from, to);
  }
  return new NominationGraph(graph);
}

/** Directed graph of one question. */
export function questionGraph(survey: Survey, questionId: string): NominationGraph {
  return nominationGraph(survey, [questionId]);
}

/** Ids of the questions of a kind, in survey order. */
export function questionsOfKind(survey: Survey, kind: QuestionKind): string[] {
  return survey.questions.filter((q) => q.kind === kind).map((q) => q.id);
}

/** Directed graph of every question of one kind (e.g. all positive questions). */
export function kindGraph(survey: Survey, kind: QuestionKind): NominationGraph {
  return nominationGraph(survey, questionsOfKind(survey, kind));
}

/**
 * Undirected simple graph: i–j when i→j or j→i (the graph Louvain and modularity work on). Its nodes are keyed
 * like the nomination graph's (node-key.ts); detectCommunities and partitionModularity speak pupil ids.
 */
export function collapsedGraph({ graph }: NominationGraph): UndirectedGraph {
  const undirected = new UndirectedGraph();
  graph.forEachNode((node) => undirected.addNode(node));
  graph.forEachEdge((_, __, source, target) => {
    if (!undirected.hasEdge(source, target)) undirected.addEdge(source, target);
  });
  return undirected;
}

/** Undirected graph of mutual pairs only: i–j when i→j and j→i. Nodes keyed as in collapsedGraph. */
export function mutualGraph({ graph }: NominationGraph): UndirectedGraph {
  const mutual = new UndirectedGraph();
  graph.forEachNode((node) => mutual.addNode(node));
  graph.forEachEdge((_, __, source, target) => {
    if (graph.hasDirectedEdge(target, source) && !mutual.hasEdge(source, target)) mutual.addEdge(source, target);
  });
  return mutual;
}

/** The pupils j with i→j and j→i. */
export function mutualNeighbours(graph: NominationGraph, id: string): string[] {
  return graph.outNeighbors(id).filter((other) => graph.hasDirectedEdge(other, id));
}
