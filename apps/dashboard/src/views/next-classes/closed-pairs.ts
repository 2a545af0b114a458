/**
 * Next year's classes keep answers on negative and bullying questions closed: a broken "kept apart" rule that rests
 * on them may be counted on screen, never named (naming the pair would tell who answered what about whom).
 */
import type { PlanRuleCheck } from '@sociogram/core';

/** Broken rule checks split into those the screen may describe and the number of closed-answer pairs sharing a class. */
export interface ClosedPairSplit<T extends PlanRuleCheck> {
  /** The checks that may be written out with names (teacher-entered pairs and every other rule). */
  readonly named: T[];
  /** How many kept-apart pairs resting on negative or bullying answers share a class. */
  readonly closed: number;
}

/** Splits broken checks: a sensitive APART check is counted, every other check is kept to be written out. */
export function closedPairs<T extends PlanRuleCheck>(checks: readonly T[]): ClosedPairSplit<T> {
  const named = checks.filter((c) => !(c.rule === 'APART' && c.sensitive));
  return { named, closed: checks.length - named.length };
}
