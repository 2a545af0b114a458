/** Class-level figures of one question: density, reciprocity, communities, mutual cliques, response. */
import { detectCommunities } from '../graph/communities.ts';
import { findCliques } from '../graph/maximal-cliques.ts';
import { collapsedGraph, mutualGraph, type NominationGraph } from '../graph/nomination-graph.ts';
import type { Question, Survey } from '../survey/survey.ts';
import type { QuestionAnalysis } from './analysis.ts';
import { own } from '../survey/own.ts';

export function analyseQuestion(survey: Survey, question: Question, graph: NominationGraph, seed: number): QuestionAnalysis {
  const n = graph.order;
  const m = graph.size;
  let reciprocated = 0;
  graph.forEachEdge((source, target) => {
    if (graph.hasDirectedEdge(target, source)) reciprocated++;
  });
  const communities = detectCommunities(collapsedGraph(graph), seed);
  const cliques = findCliques(mutualGraph(graph), 3);
  const respondents = own(survey.respondents, question.id) ?? [];
  let unusedChoices: QuestionAnalysis['unusedChoices'] = null;
  if (question.limit !== null) {
    const given = respondents.map((id) => graph.outDegree(id));
    unusedChoices = { none: given.filter((g) => g === 0).length, fewer: given.filter((g) => g > 0 && g < question.limit!).length };
  }
  return {
    id: question.id,
    label: question.label,
    kind: question.kind,
    limit: question.limit,
    n,
    m,
    density: n > 1 ? m / (n * (n - 1)) : 0,
    reciprocity: m > 0 ? reciprocated / m : null,
    mutualPairs: reciprocated / 2,
    modularity: communities?.modularity ?? null,
    communities: communities?.groups ?? null,
    cliques: cliques.cliques,
    cliquesComplete: cliques.complete,
    respondents: respondents.length,
    responseRate: n > 0 ? respondents.length / n : 0,
    unusedChoices,
  };
}
