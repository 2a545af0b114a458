/**
 * Peer-reported victimisation, bullying and popularity, with class-relative thresholds. For each pupil j:
 * nominators = distinct respondents (to questions of that kind, other than j) who named j; proportion =
 * nominators ÷ those respondents; z = proportion standardised within the class (sample SD). Flagged when
 * nominators ≥ 2 and (z > 1 or proportion ≥ 25 %). The z > 1 rule follows Perry, Kusel & Perry (1988,
 * "Victims of peer aggression", Developmental Psychology 24(6), 807–814); the proportion rule keeps a class
 * where many are named from hiding them all, and the two-nominator floor keeps a single report from
 * flagging a child (a single report is still shown, as a mention).
 */
import type { QuestionKind, Survey } from '../survey/survey.ts';
import { kindGraph, questionsOfKind, type NominationGraph } from '../graph/nomination-graph.ts';
import type { AnalysisOptions } from './analysis-options.ts';
import type { PeerReport } from './analysis.ts';
import { standardise } from './statistics.ts';
import { own } from '../survey/own.ts';

/** Respondents to any question of the kind. */
export function respondentsOfKind(survey: Survey, kind: QuestionKind): Set<string> {
  return new Set(questionsOfKind(survey, kind).flatMap((id) => own(survey.respondents, id) ?? []));
}

/** Proportion of eligible respondents (respondents other than j) who named j in the graph. */
export function nominationShares(survey: Survey, graph: NominationGraph, respondents: ReadonlySet<string>): { nominators: number; eligible: number; proportion: number }[] {
  return survey.pupils.map((pupil) => {
    const eligible = respondents.size - (respondents.has(pupil.id) ? 1 : 0);
    const nominators = graph.inNeighbors(pupil.id).filter((from) => respondents.has(from) && from !== pupil.id).length;
    return { nominators, eligible, proportion: eligible > 0 ? nominators / eligible : 0 };
  });
}

/** Per pupil (survey order), or null when the survey has no question of that kind. */
export function peerReports(survey: Survey, kind: 'victim' | 'bully' | 'popular', options: AnalysisOptions): PeerReport[] | null {
  if (questionsOfKind(survey, kind).length === 0) return null;
  const shares = nominationShares(survey, kindGraph(survey, kind), respondentsOfKind(survey, kind));
  const z = standardise(shares.map((share) => share.proportion));
  return shares.map((share, i) => {
    const zi = z ? z[i]! : null;
    const flagged = share.nominators >= options.peerReportMinNominators && ((zi !== null && zi > options.peerReportZ) || share.proportion >= options.peerReportProportion);
    return { ...share, z: zi, flagged };
  });
}
