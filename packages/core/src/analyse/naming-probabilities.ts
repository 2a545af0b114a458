/**
 * The Newcomb–Bukowski (1983) null model of who names whom: with random choices, how likely each respondent
 * is to name a given classmate on the questions of one polarity.
 */
import { own } from '../survey/own.ts';
import { poissonBinomialPmf, withoutTrial } from './poisson-binomial.ts';
import type { Survey } from '../survey/survey.ts';

/**
 * Null-model probability that respondent r names a given classmate at least once on the questions of one
 * polarity: 1 − Π over the questions r answered of (1 − c/(N − 1)), c = the limit, or r's own number of
 * names on an unlimited question.
 */
export function namingProbabilities(survey: Survey, questionIds: readonly string[]): Map<string, number> {
  const n = survey.pupils.length;
  const given = new Map<string, number>();
  for (const nomination of survey.nominations) {
    const key = `${nomination.question}\u0000${nomination.from}`;
    given.set(key, (given.get(key) ?? 0) + 1);
  }
  const asked = questionIds.map((id) => ({ id, question: survey.questions.find((q) => q.id === id)!, answered: new Set(own(survey.respondents, id) ?? []) }));
  const probabilities = new Map<string, number>();
  for (const pupil of survey.pupils) {
    let none = 1;
    for (const { id, question, answered } of asked) {
      if (!answered.has(pupil.id)) continue;
      const c = question.limit ?? given.get(`${id}\u0000${pupil.id}`) ?? 0;
      none *= 1 - Math.min(c, n - 1) / Math.max(n - 1, 1);
    }
    probabilities.set(pupil.id, 1 - none);
  }
  return probabilities;
}

/**
 * For each pupil, the null-model distribution of how many respondents other than the pupil name them: one
 * O(n²) pmf over all respondents, then O(n) per pupil (the pupil's own trial removed), not O(n²) per pupil.
 */
export function othersNamingPmf(respondents: ReadonlySet<string>, probability: ReadonlyMap<string, number>): (pupilId: string) => readonly number[] {
  const all = poissonBinomialPmf([...respondents].map((id) => probability.get(id)!));
  return (pupilId) => (respondents.has(pupilId) ? withoutTrial(all, probability.get(pupilId)!) : all);
}
