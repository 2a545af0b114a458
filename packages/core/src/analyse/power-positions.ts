/**
 * Power positions in the class. A pupil holds one when
 * - a **star**: chosen positively by clearly more classmates than chance would give — the one-sided test of
 *   Newcomb & Bukowski's (1983) null model, P(LM ≥ lm) < α — *and* more than the class (z of choices
 *   received > `starZ`); both, so neither a small class's noise nor a class where everyone is chosen often
 *   makes a star;
 * - chosen by at least two stars;
 * - flagged as popular on `popular` questions (the peer-report rule, docs/methods.md);
 * - or named by anyone on a `bully` question.
 * These make the POWER_POSITION indicator (`flagged`). The planner is more cautious (`powerful`): it also keeps
 * vulnerable pupils away from the class's most chosen (z > `starZ`, even where chance could explain it) and
 * from pupils chosen by two of them. The counts behind each reason are kept, so the sentence can say
 * "valgt av 9 av 24".
 */
import { questionsOfKind, type NominationGraph } from '../graph/nomination-graph.ts';
import type { Survey } from '../survey/survey.ts';
import type { AnalysisOptions } from './analysis-options.ts';
import type { PowerPosition } from './analysis.ts';
import { namingProbabilities, othersNamingPmf } from './naming-probabilities.ts';
import { peerReports, respondentsOfKind } from './peer-reports.ts';
import { expectation, upperTail } from './poisson-binomial.ts';
import { standardise } from './statistics.ts';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function powerPositions(survey: Survey, positive: NominationGraph, options: AnalysisOptions): PowerPosition[] {
  const received = survey.pupils.map((pupil) => positive.inDegree(pupil.id));
  const z = standardise(received);
  const respondents = respondentsOfKind(survey, 'positive');
  const probability = namingProbabilities(survey, questionsOfKind(survey, 'positive'));
  const othersPmf = othersNamingPmf(respondents, probability);
  const chance = survey.pupils.map((pupil, i) => {
    const pmf = othersPmf(pupil.id);
    return { expected: expectation(pmf), p: upperTail(pmf, received[i]!) };
  });
  const mostChosen = new Set(survey.pupils.filter((_, i) => z !== null && z[i]! > options.starZ).map((pupil) => pupil.id));
  const stars = new Set(survey.pupils.filter((pupil, i) => mostChosen.has(pupil.id) && chance[i]!.p < options.alpha).map((pupil) => pupil.id));
  const popular = peerReports(survey, 'popular', options);
  const bully = peerReports(survey, 'bully', options);
  return survey.pupils.map((pupil, i) => {
    const star = stars.has(pupil.id);
    const starsChoosing = positive.inNeighbors(pupil.id).filter((from) => stars.has(from)).length;
    const chosenByStars = starsChoosing >= 2;
    const chosenByMostChosen = positive.inNeighbors(pupil.id).filter((from) => mostChosen.has(from)).length >= 2;
    const nominatedPopular = popular?.[i]?.flagged ?? false;
    const namedAsBullying = (bully?.[i]?.nominators ?? 0) > 0;
    return {
      star,
      chosenByStars,
      nominatedPopular,
      namedAsBullying,
      flagged: star || chosenByStars || nominatedPopular || namedAsBullying,
      powerful: mostChosen.has(pupil.id) || chosenByMostChosen || nominatedPopular || namedAsBullying,
      received: received[i]!,
      eligible: respondents.size - (respondents.has(pupil.id) ? 1 : 0),
      expected: round(chance[i]!.expected, 1),
      pChosen: round(chance[i]!.p, 4),
      starsChoosing,
      stars: stars.size,
      popularNominators: popular?.[i]?.nominators ?? null,
      popularEligible: popular?.[i]?.eligible ?? null,
    };
  });
}
