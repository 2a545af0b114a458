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
import { newcombBukowski, type NewcombBukowskiScore } from './newcomb-bukowski.ts';
import { nominationShares, respondentsOfKind } from './peer-reports.ts';
import { own } from '../survey/own.ts';

export interface PupilStatus {
  readonly coieDodge: StatusGroup | null;
  readonly coieDodgeScores: CoieDodgeScore | null;
  readonly newcombBukowski: StatusGroup | null;
  readonly newcombBukowskiScores: NewcombBukowskiScore | null;
}

/**
 * Null-model probability that respondent r names a given classmate at least once on the questions of one
 * polarity: 1 − Π over the questions r answered of (1 − c/(N − 1)), c = the limit, or r's own number of
 * names on an unlimited question.
 */
function namingProbabilities(survey: Survey, questionIds: readonly string[]): Map<string, number> {
  const n = survey.pupils.length;
  const given = new Map<string, number>();
  for (const nomination of survey.nominations) {
    const key = `${nomination.question}\u0000${nomination.from}`;
    given.set(key, (given.get(key) ?? 0) + 1);
  }
  const probabilities = new Map<string, number>();
  for (const pupil of survey.pupils) {
    let none = 1;
    for (const id of questionIds) {
      const question = survey.questions.find((q) => q.id === id)!;
      if (!(own(survey.respondents, id) ?? []).includes(pupil.id)) continue;
      const c = question.limit ?? given.get(`${id}\u0000${pupil.id}`) ?? 0;
      none *= 1 - Math.min(c, n - 1) / Math.max(n - 1, 1);
    }
    probabilities.set(pupil.id, 1 - none);
  }
  return probabilities;
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
  const status = survey.pupils.map((pupil, i): PupilStatus => {
    const others = (set: ReadonlySet<string>, p: Map<string, number>) => [...set].filter((id) => id !== pupil.id).map((id) => p.get(id)!);
    const nb = newcombBukowski({ lm: positive[i]!.nominators, ll: negative[i]!.nominators, pPositive: others(positiveRespondents, pPositive), pNegative: others(negativeRespondents, pNegative) }, options.alpha);
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
