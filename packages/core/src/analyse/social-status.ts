/**
 * Social status of every pupil by Coie–Dodge and Newcomb–Bukowski, from the positive and negative questions.
 * LM_j = distinct respondents other than j who named j on any positive question ÷ respondents to positive
 * questions other than j; LL_j likewise for negative questions. Proportions rather than counts, so pupils
 * are comparable when some classmates did not answer.
 */
import { kindGraph, questionsOfKind } from '../graph/nomination-graph.ts';
import type { Survey } from '../survey/survey.ts';
import { surveyIssue, type SurveyIssue } from '../survey/survey-issue.ts';
import type { AnalysisOptions } from './analysis-options.ts';
import type { StatusGroup } from './analysis.ts';
import { coieDodge, type CoieDodgeScore } from './coie-dodge.ts';
import { newcombBukowskiOfPmfs, type NewcombBukowskiScore } from './newcomb-bukowski.ts';
import { namingProbabilities, othersNamingPmf } from './naming-probabilities.ts';
import { nominationShares, respondentsOfKind } from './peer-reports.ts';

export interface PupilStatus {
  readonly coieDodge: StatusGroup | null;
  readonly coieDodgeScores: CoieDodgeScore | null;
  readonly newcombBukowski: StatusGroup | null;
  readonly newcombBukowskiScores: NewcombBukowskiScore | null;
}

export function socialStatus(survey: Survey, options: AnalysisOptions): { status: PupilStatus[]; issues: SurveyIssue[] } {
  const none: PupilStatus = { coieDodge: null, coieDodgeScores: null, newcombBukowski: null, newcombBukowskiScores: null };
  const positiveIds = questionsOfKind(survey, 'positive');
  const negativeIds = questionsOfKind(survey, 'negative');
  if (positiveIds.length === 0 || negativeIds.length === 0) return { status: survey.pupils.map(() => none), issues: [] };

  const positiveRespondents = respondentsOfKind(survey, 'positive');
  const negativeRespondents = respondentsOfKind(survey, 'negative');
  const positive = nominationShares(survey, kindGraph(survey, 'positive'), positiveRespondents);
  const negative = nominationShares(survey, kindGraph(survey, 'negative'), negativeRespondents);
  const issues: SurveyIssue[] = [];

  const cd = coieDodge(positive.map((s) => s.proportion), negative.map((s) => s.proportion));
  if (!cd.classified) {
    issues.push(surveyIssue('STATUS_ZERO_VARIANCE', `Coie–Dodge status cannot be computed: every pupil has the same ${cd.variable} score, so nobody stands out. Pupils are left unclassified.`));
  }

  const pPositive = namingProbabilities(survey, positiveIds);
  const pNegative = namingProbabilities(survey, negativeIds);
  const positivePmf = othersNamingPmf(positiveRespondents, pPositive);
  const negativePmf = othersNamingPmf(negativeRespondents, pNegative);
  const status = survey.pupils.map((pupil, i): PupilStatus => {
    const nb = newcombBukowskiOfPmfs({ lm: positive[i]!.nominators, ll: negative[i]!.nominators, positive: positivePmf(pupil.id), negative: negativePmf(pupil.id) }, options.alpha);
    const scores = cd.classified ? cd.scores[i]! : null;
    return {
      coieDodge: scores ? scores.group : 'unclassified',
      coieDodgeScores: scores,
      newcombBukowski: positive[i]!.eligible > 0 && negative[i]!.eligible > 0 ? nb.group : 'unclassified',
      newcombBukowskiScores: nb,
    };
  });
  return { status, issues };
}
