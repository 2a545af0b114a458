/**
 * graphology graphs of a survey: one directed graph per question, or the union over the questions of one
 * kind, always on the whole roster (non-respondents and unchosen pupils are nodes too).
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { QuestionKind, Survey } from '../survey/survey.ts';

/** Directed graph of the nominations on the given questions (duplicates across questions collapse). */
export function nominationGraph(survey: Survey, questionIds: readonly string[]): DirectedGraph {
  const graph = new DirectedGraph();
  for (const pupil of survey.pupils) graph.addNode(pupil.id);
  const wanted = new Set(questionIds);
  for (const n of survey.nominations) {
    if (wanted.has(n.question) && !graph.hasDirectedEdge(n.from, n.to)) graph.addDirectedEdge(n.from, n.to);
  }
  return graph;
}

/** Directed graph of one question. */
export function questionGraph(survey: Survey, questionId: string): DirectedGraph {
  return nominationGraph(survey, [questionId]);
}

/** Ids of the questions of a kind, in survey order. */
export function questionsOfKind(survey: Survey, kind: QuestionKind): string[] {
  return survey.questions.filter((q) => q.kind === kind).map((q) => q.id);
}

/** Directed graph of every question of one kind (e.g. all positive questions). */
export function kindGraph(survey: Survey, kind: QuestionKind): DirectedGraph {
  return nominationGraph(survey, questionsOfKind(survey, kind));
}

/** Undirected simple graph: i–j when i→j or j→i (the graph Louvain and modularity work on). */
export function collapsedGraph(graph: DirectedGraph): UndirectedGraph {
  const undirected = new UndirectedGraph();
  graph.forEachNode((node) => undirected.addNode(node));
  graph.forEachEdge((_, __, source, target) => {
    if (!undirected.hasEdge(source, target)) undirected.addEdge(source, target);
  });
  return undirected;
}

/** Undirected graph of mutual pairs only: i–j when i→j and j→i. */
export function mutualGraph(graph: DirectedGraph): UndirectedGraph {
  const mutual = new UndirectedGraph();
  graph.forEachNode((node) => mutual.addNode(node));
  graph.forEachEdge((_, __, source, target) => {
    if (graph.hasDirectedEdge(target, source) && !mutual.hasEdge(source, target)) mutual.addEdge(source, target);
  });
  return mutual;
}

/** The pupils j with i→j and j→i. */
export function mutualNeighbours(graph: DirectedGraph, node: string): string[] {
  return graph.outNeighbors(node).filter((other) => graph.hasDirectedEdge(other, node));
}
