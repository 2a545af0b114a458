/**
 * Newcomb–Bukowski social status (Newcomb & Bukowski 1983, "Social impact and social preference as
 * determinants of children's peer group status", Developmental Psychology 19(6), 856–867): classification by
 * a probability model instead of z-scores. Under the null model each eligible respondent r names pupil j on a
 * question q with probability c/(N − 1), where c is the question's nomination limit (for an unlimited question,
 * the number of names r actually gave) and N the class size; across several questions of one polarity,
 * P(r names j at least once) = 1 − Π(1 − c/(N − 1)). The counts LM (positive) and LL (negative) are then
 * Poisson-binomial (binomial when all respondents are alike). With α = .05:
 *   popular        P(LM ≥ lm) < α  ∧ ll < E[LL]
 *   rejected       P(LL ≥ ll) < α  ∧ lm < E[LM]
 *   controversial  (P(LM ≥ lm) < α ∧ ll > E[LL]) ∨ (P(LL ≥ ll) < α ∧ lm > E[LM])
 *   neglected      P(LM + LL ≤ lm + ll) < α   (social impact significantly low)
 *   average        otherwise.
 */
import type { CoieDodgeGroup } from './coie-dodge.ts';
import { expectation, poissonBinomialPmf, sumLowerTail, upperTail } from './poisson-binomial.ts';

/**
 * One pupil's counts and, per eligible respondent, the null-model probability of naming the pupil positively and
 * negatively.
 */
export interface NewcombBukowskiInput {
  /** Distinct eligible respondents who named the pupil positively / negatively. */
  readonly lm: number;
  readonly ll: number;
  /** For each eligible respondent, the null-model probability of naming this pupil positively / negatively. */
  readonly pPositive: readonly number[];
  readonly pNegative: readonly number[];
}

/**
 * One pupil's Newcomb–Bukowski result: the counts, their expectations and tail probabilities under the null model, and
 * the group.
 */
export interface NewcombBukowskiScore {
  readonly lm: number;
  readonly ll: number;
  readonly expectedLM: number;
  readonly expectedLL: number;
  /** P(LM ≥ lm), P(LL ≥ ll), P(LM + LL ≤ lm + ll) under the null model. */
  readonly pLM: number;
  readonly pLL: number;
  readonly pSI: number;
  readonly group: CoieDodgeGroup;
  /** The p-value of the test that decided the group (smaller is clearer); null for average. */
  readonly p: number | null;
}

/** Newcomb–Bukowski's significance level unless another is given. */
export const DEFAULT_NB_ALPHA = 0.05;

/** Newcomb–Bukowski status of one pupil under the Poisson-binomial null model, at significance level `alpha`. */
export function newcombBukowski(input: NewcombBukowskiInput, alpha = DEFAULT_NB_ALPHA): NewcombBukowskiScore {
  return newcombBukowskiOfPmfs({ lm: input.lm, ll: input.ll, positive: poissonBinomialPmf(input.pPositive), negative: poissonBinomialPmf(input.pNegative) }, alpha);
}

/** newcombBukowski from the null-model pmfs of LM and LL themselves (computed once per class: othersNamingPmf). */
export function newcombBukowskiOfPmfs(input: { readonly lm: number; readonly ll: number; readonly positive: readonly number[]; readonly negative: readonly number[] }, alpha = DEFAULT_NB_ALPHA): NewcombBukowskiScore {
  const { positive, negative } = input;
  const expectedLM = expectation(positive);
  const expectedLL = expectation(negative);
  const pLM = upperTail(positive, input.lm);
  const pLL = upperTail(negative, input.ll);
  const pSI = sumLowerTail(positive, negative, input.lm + input.ll);
  const highLM = pLM < alpha;
  const highLL = pLL < alpha;
  let group: CoieDodgeGroup = 'average';
  let p: number | null = null;
  if (highLM && input.ll < expectedLL) [group, p] = ['popular', pLM];
  else if (highLL && input.lm < expectedLM) [group, p] = ['rejected', pLL];
  else if ((highLM && input.ll > expectedLL) || (highLL && input.lm > expectedLM)) [group, p] = ['controversial', Math.min(highLM ? pLM : 1, highLL ? pLL : 1)];
  else if (pSI < alpha) [group, p] = ['neglected', pSI];
  return { lm: input.lm, ll: input.ll, expectedLM, expectedLL, pLM, pLL, pSI, group, p };
}
