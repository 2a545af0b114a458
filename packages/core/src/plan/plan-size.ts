/**
 * checkPlanSize(pupils, planner, timeLimit): refuses, before any work, a problem larger than the planners can
 * handle. Every planner compiles the problem into n × n pair tables (group-model.ts: 21 bytes a pair) and checks
 * every pair for conflicts, so memory and the time before the search grow with n². docs/planning.md § Size.
 */
import { InvalidOptionError } from '../survey/invalid-option-error.ts';

/** A planner whose problem size is limited: groups, seating, support groups or classes. */
export type SizedPlanner = 'groups' | 'seating' | 'support' | 'classes';

/** The largest problem each planner takes, and the time a plan needs per pair of pupils. */
export interface PlanSizeLimits {
  /** Most pupils per planner: groups, seating and support groups are for a class; classes for a cohort. */
  readonly maxPupils: Readonly<Record<SizedPlanner, number>>;
  /**
   * Microseconds of work per pair of pupils before the search starts (compiling the tables, the conflict
   * checks, the first plan), measured on the benchmark machine (docs/benchmarks.md). A time limit shorter than
   * pupils² × this is refused: the plan could not keep it.
   */
  readonly pairMicroseconds: number;
}

/**
 * The size limits every planner checks: 300 pupils for groups and seating, 1,000 for support groups, 2,000 for
 * classes; 0.25 µs per pair.
 */
export const DEFAULT_PLAN_SIZE_LIMITS: Readonly<PlanSizeLimits> = Object.freeze({
  maxPupils: Object.freeze({ groups: 300, seating: 300, support: 1000, classes: 2000 }),
  pairMicroseconds: 0.25,
});

/** Thrown when a problem is too large for a planner or for its time limit; nothing was planned. */
export class PlanTooLargeError extends Error {
  readonly code = 'PROBLEM_TOO_LARGE';
  readonly pupils: number;
  readonly planner: SizedPlanner;
  /** The most pupils this planner takes. */
  readonly maxPupils: number;
  /** The shortest time limit (ms) this many pupils need, or null when the count itself is over the maximum. */
  readonly minTimeLimit: number | null;
  constructor(pupils: number, planner: SizedPlanner, maxPupils: number, minTimeLimit: number | null) {
    super(
      minTimeLimit === null
        ? `${pupils.toLocaleString('en')} pupils are more than ${planner} planning takes (at most ${maxPupils.toLocaleString('en')}). Plan one class or cohort at a time.`
        : `${pupils.toLocaleString('en')} pupils need a time limit of at least ${minTimeLimit.toLocaleString('en')} ms to plan ${planner}; give a longer time limit or plan fewer pupils at a time.`,
    );
    this.name = 'PlanTooLargeError';
    this.pupils = pupils;
    this.planner = planner;
    this.maxPupils = maxPupils;
    this.minTimeLimit = minTimeLimit;
  }
}

/** The shortest time limit (ms) a plan of this many pupils can keep. */
export function minimumTimeLimit(pupils: number, limits: PlanSizeLimits = DEFAULT_PLAN_SIZE_LIMITS): number {
  return Math.ceil((pupils * pupils * limits.pairMicroseconds) / 1000);
}

/** Throws PlanTooLargeError unless `pupils` can be planned by `planner` within `timeLimit` ms (when given). */
export function checkPlanSize(pupils: number, planner: SizedPlanner, timeLimit?: number, limits: PlanSizeLimits = DEFAULT_PLAN_SIZE_LIMITS): void {
  if (!Number.isInteger(pupils) || pupils < 0) throw new InvalidOptionError('pupils', 'must be a whole number');
  const maxPupils = limits.maxPupils[planner];
  if (pupils > maxPupils) throw new PlanTooLargeError(pupils, planner, maxPupils, null);
  const needed = minimumTimeLimit(pupils, limits);
  if (timeLimit !== undefined && timeLimit < needed) throw new PlanTooLargeError(pupils, planner, maxPupils, needed);
}
