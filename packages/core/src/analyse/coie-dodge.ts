/**
 * Coie–Dodge social status (Coie, Dodge & Coppotelli 1982, "Dimensions and types of social status",
 * Developmental Psychology 18(4), 557–570). Input: per pupil the proportion of eligible respondents who named
 * them on positive (LM, "liked most") and negative (LL, "liked least") questions. zLM and zLL are standardised
 * within the class with the sample SD (n − 1); SP = zLM − zLL and SI = zLM + zLL are standardised again.
 *   popular        zSP > 1  ∧ zLM > 0 ∧ zLL < 0
 *   rejected       zSP < −1 ∧ zLL > 0 ∧ zLM < 0
 *   neglected      zSI < −1 ∧ zLM < 0 ∧ zLL < 0
 *   controversial  zSI > 1  ∧ zLM > 0 ∧ zLL > 0
 *   average        otherwise.
 * A zero standard deviation leaves the class unclassified.
 */
import { standardise } from './statistics.ts';

/** The five sociometric status groups of Coie, Dodge & Coppotelli (1982). */
export type CoieDodgeGroup = 'popular' | 'rejected' | 'neglected' | 'controversial' | 'average';

/**
 * One pupil's Coie–Dodge figures: the LM and LL proportions, their z-scores, social preference and impact, the group
 * and how clearly the pupil is in it.
 */
export interface CoieDodgeScore {
  readonly lm: number;
  readonly ll: number;
  readonly zLM: number;
  readonly zLL: number;
  readonly zSP: number;
  readonly zSI: number;
  readonly group: CoieDodgeGroup;
  /**
   * How far past its cut-offs the classification is: the smallest margin over the group's conditions
   * (e.g. popular: min(zSP − 1, zLM, −zLL)). Null for average. Small values are borderline.
   */
  readonly strength: number | null;
}

/**
 * The result of `coieDodge`: a score per pupil, or unclassified when one of the variables has zero variance in the
 * class.
 */
export type CoieDodgeResult =
  | { readonly classified: true; readonly scores: readonly CoieDodgeScore[] }
  | { readonly classified: false; readonly reason: 'zero-variance'; readonly variable: 'LM' | 'LL' | 'SP' | 'SI' };

function classify(zLM: number, zLL: number, zSP: number, zSI: number): { group: CoieDodgeGroup; strength: number | null } {
  const margins: [CoieDodgeGroup, number[]][] = [
    ['popular', [zSP - 1, zLM, -zLL]],
    ['rejected', [-1 - zSP, zLL, -zLM]],
    ['neglected', [-1 - zSI, -zLM, -zLL]],
    ['controversial', [zSI - 1, zLM, zLL]],
  ];
  for (const [group, conditions] of margins) {
    const strength = Math.min(...conditions);
    if (strength > 0) return { group, strength };
  }
  return { group: 'average', strength: null };
}

/**
 * Coie–Dodge status of every pupil of a class from the proportions of respondents who named them positively (`lm`) and
 * negatively (`ll`), in the same pupil order.
 */
export function coieDodge(lm: readonly number[], ll: readonly number[]): CoieDodgeResult {
  const zLM = standardise(lm);
  if (!zLM) return { classified: false, reason: 'zero-variance', variable: 'LM' };
  const zLL = standardise(ll);
  if (!zLL) return { classified: false, reason: 'zero-variance', variable: 'LL' };
  const zSP = standardise(zLM.map((z, i) => z - zLL[i]!));
  if (!zSP) return { classified: false, reason: 'zero-variance', variable: 'SP' };
  const zSI = standardise(zLM.map((z, i) => z + zLL[i]!));
  if (!zSI) return { classified: false, reason: 'zero-variance', variable: 'SI' };
  return {
    classified: true,
    scores: lm.map((value, i) => ({
      lm: value,
      ll: ll[i]!,
      zLM: zLM[i]!,
      zLL: zLL[i]!,
      zSP: zSP[i]!,
      zSI: zSI[i]!,
      ...classify(zLM[i]!, zLL[i]!, zSP[i]!, zSI[i]!),
    })),
  };
}
