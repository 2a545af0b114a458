/**
 * Power positions in the class: a pupil is "powerful" when chosen positively far more than the class
 * (a star: z of nominations received > 1), chosen by at least two stars, flagged as popular on `popular`
 * questions (the peer-report rule), or named by anyone on a `bully` question.
 */
import type { NominationGraph } from '../graph/nomination-graph.ts';
import type { Survey } from '../survey/survey.ts';
import type { AnalysisOptions } from './analysis-options.ts';
import type { PowerPosition } from './analysis.ts';
import { peerReports } from './peer-reports.ts';
import { standardise } from './statistics.ts';

export function powerPositions(survey: Survey, positive: NominationGraph, options: AnalysisOptions): PowerPosition[] {
  const received = survey.pupils.map((pupil) => positive.inDegree(pupil.id));
  const z = standardise(received);
  const stars = new Set(survey.pupils.filter((_, i) => z !== null && z[i]! > options.starZ).map((pupil) => pupil.id));
  const popular = peerReports(survey, 'popular', options);
  const bully = peerReports(survey, 'bully', options);
  return survey.pupils.map((pupil, i) => {
    const star = stars.has(pupil.id);
    const chosenByStars = positive.inNeighbors(pupil.id).filter((from) => stars.has(from)).length >= 2;
    const nominatedPopular = popular?.[i]?.flagged ?? false;
    const namedAsBullying = (bully?.[i]?.nominators ?? 0) > 0;
    return { star, chosenByStars, nominatedPopular, namedAsBullying, powerful: star || chosenByStars || nominatedPopular || namedAsBullying };
  });
}
