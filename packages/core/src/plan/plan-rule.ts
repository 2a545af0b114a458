/**
 * A planning rule checked against a plan: met or not, which pupils, and the message that says so
 * (`@sociogram/core/messages` writes it in bokmål, nynorsk or English).
 */
import type { Message } from '../messages/message-facts.ts';

/** The hard rules of planning.md. */
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

/** One rule checked against one plan. */
export interface PlanRuleCheck {
  readonly rule: PlanRuleCode;
  readonly met: boolean;
  /** The pupils the check is about (ids). */
  readonly pupils: readonly string[];
  /** The group (seat row, class) the check is about, when it is about one. */
  readonly group: number | null;
  /** What the check found, as a code and its facts (names as the problem gives them). */
  readonly message: Message;
  /**
   * Rests on negative or bullying answers (an apart rule from a negative choice or a bullying report, a flag
   * that rests on them): shown only once such answers are opened for a purpose, never in a classroom copy.
   */
  readonly sensitive: boolean;
}
