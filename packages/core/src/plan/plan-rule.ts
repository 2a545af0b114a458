/** A planning rule checked against a plan: met or not, which pupils, and a sentence in bokmål and English. */

export type PlanRuleCode =
  | 'SIZES'
  | 'APART'
  | 'TOGETHER'
  | 'LOCK'
  | 'GENDER_BALANCE'
  | 'SUPPORT_CAP'
  | 'POWERFUL_CAP'
  | 'VULNERABLE_FRIEND'
  | 'FRONT_ROWS'
  | 'LEVEL_BALANCE'
  | 'PREVIOUS_CLASS_CAP';

export interface PlanRuleCheck {
  readonly rule: PlanRuleCode;
  readonly met: boolean;
  /** The pupils the check is about (ids). */
  readonly pupils: readonly string[];
  /** The group (seat row, class) the check is about, when it is about one. */
  readonly group: number | null;
  readonly text: { readonly nb: string; readonly en: string };
  /**
   * Rests on negative or bullying answers (an apart rule from a negative choice or a bullying report, a flag
   * that rests on them): shown only once such answers are opened for a purpose, never in a classroom copy.
   */
  readonly sensitive: boolean;
}

export const list = (names: readonly string[], and: string) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
