/**
 * classGuarantees(evaluation): the per-pupil guarantees of a class plan in numbers a teacher can say aloud —
 * how many protected pupils who chose a possible friend have one in their class, and how many pairs that must
 * be kept apart are in different classes — with the rule checks behind them (each carrying `sensitive`, so an
 * output shows them by its audience: core's visibleTo). Works for a plan the planner made and for one a
 * teacher changed by hand.
 */
import type { PlanRuleCheck } from './plan-rule.ts';
import type { GroupScore } from './score-groups.ts';

/** A class plan's guarantees in numbers (met of possible) with the rule checks behind them. */
export interface ClassGuaranteeSummary {
  /** Protected pupils who have a chosen friend they may share a class with, and how many have one in it. */
  readonly friendsMet: number;
  readonly friendsOf: number;
  /** Pairs kept apart (negative choice of a protected pupil, reported bullying, teacher's choice, protected and powerful), and how many are. */
  readonly apartMet: number;
  readonly apartOf: number;
  /** Every other hard rule (sizes, together, balance, caps), and how many hold. */
  readonly otherMet: number;
  readonly otherOf: number;
  /** The VULNERABLE_FRIEND checks, one per protected pupil with a possible friend. */
  readonly friendChecks: readonly PlanRuleCheck[];
  /** The APART checks, one per pair. */
  readonly apartChecks: readonly PlanRuleCheck[];
}

/**
 * The per-pupil guarantees of a class plan (planned or changed by hand) from its rule checks: protected pupils with a
 * chosen friend in their class, pairs kept apart, and every other rule.
 */
export function classGuarantees(evaluation: Pick<GroupScore, 'checks'>): ClassGuaranteeSummary {
  const friendChecks = evaluation.checks.filter((c) => c.rule === 'VULNERABLE_FRIEND');
  const apartChecks = evaluation.checks.filter((c) => c.rule === 'APART');
  const other = evaluation.checks.filter((c) => c.rule !== 'VULNERABLE_FRIEND' && c.rule !== 'APART');
  const met = (checks: readonly PlanRuleCheck[]) => checks.filter((c) => c.met).length;
  return {
    friendsMet: met(friendChecks),
    friendsOf: friendChecks.length,
    apartMet: met(apartChecks),
    apartOf: apartChecks.length,
    otherMet: met(other),
    otherOf: other.length,
    friendChecks,
    apartChecks,
  };
}
