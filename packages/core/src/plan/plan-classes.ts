/**
 * planClasses(problem, options): a cohort into K classes by the rules of planning.md § Classes — sizes ⌊n/K⌋
 * or ⌈n/K⌉; bullying, separate, together, locks and negative nominations made by a vulnerable pupil as hard
 * rules; gender, support, power, level and previous-class balance; every vulnerable pupil with an
 * admissible friend gets one in the class. Score = the group score − 1 for every other negative nomination
 * inside a class. Large cohorts are searched by simulated annealing (anneal.ts), which also swaps whole
 * blocks between classes: the pieces of the best division of the cohort by score alone (best-division.ts),
 * found first, its time counted in the time limit. Also reports the per-pupil guarantees: how many
 * vulnerable pupils have a chosen friend and a mutual friend in their class.
 */
import { InvalidOptionError } from '../survey/invalid-option-error.ts';
import { compileGroupModel } from './group-model.ts';
import { assertSearchLimits, DEFAULT_PLAN_GROUPS_OPTIONS, planPartition, type GroupPlan, type PlanGroupsOptions } from './plan-groups.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { bestDivision } from './best-division.ts';
import { checkPlanSize } from './plan-size.ts';

/** At most this share of the time limit goes to dividing the circles of friends into blocks (best-division.ts). */
const DIVISION_SHARE = 0.2;

/**
 * Options of `planClasses`: those of `planGroups` (with a longer time limit and step budget), the number of classes
 * and the annealing sample size.
 */
export interface PlanClassesOptions extends PlanGroupsOptions {
  /** Number of classes (default: the problem's `classCount`). */
  readonly classCount?: number;
  /** Cohorts with more possible swaps than this are searched by annealing, this many moves per step. */
  readonly sampleMoves: number;
}

/**
 * The options `planClasses` uses for every option not given: seed 1, 5,000 ms, 20,000 iterations, 3,000 sampled moves.
 */
export const DEFAULT_PLAN_CLASSES_OPTIONS: Readonly<PlanClassesOptions> = Object.freeze({
  ...DEFAULT_PLAN_GROUPS_OPTIONS,
  timeLimit: 5000,
  maxIterations: 20_000,
  sampleMoves: 3000,
});

/**
 * How many vulnerable pupils of a class plan got a chosen friend and a mutual friend in their class, out of how many
 * could.
 */
export interface ClassGuarantees {
  readonly vulnerable: number;
  /** Vulnerable pupils with at least one admissible chosen friend, and how many of them got one. */
  readonly withAdmissibleFriend: number;
  readonly withChosenFriend: number;
  /** Vulnerable pupils who have a mutual friend in the cohort, and how many have one in their class. */
  readonly withMutualFriendInCohort: number;
  readonly withMutualFriend: number;
}

/**
 * What `planClasses` returns: a group plan whose groups are the classes, with the guarantees, or the conflicts that
 * prevent a plan.
 */
export type ClassPlan =
  | (Extract<GroupPlan, { infeasible: false }> & { readonly classes: readonly (readonly string[])[]; readonly guarantees: ClassGuarantees })
  | Extract<GroupPlan, { infeasible: true }>;

/** Class sizes: ⌊n/K⌋ or ⌈n/K⌉, the larger first. */
export function classSizes(n: number, k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > n) throw new InvalidOptionError('classCount', `must be a whole number from 1 to ${n}`);
  return Array.from({ length: k }, (_, c) => Math.floor(n / k) + (c < n % k ? 1 : 0));
}

/**
 * A cohort divided into `classCount` classes by the rules of docs/planning.md § Classes (sizes ⌊n/K⌋ or ⌈n/K⌉, hard
 * rules, balance, a friend for every vulnerable pupil who has one), or the conflicts. Seeded like `planGroups`.
 */
export function planClasses(problem: PlanningProblem, options: Partial<PlanClassesOptions> = {}): ClassPlan {
  const settings = { ...DEFAULT_PLAN_CLASSES_OPTIONS, ...options };
  const k = settings.classCount ?? problem.classCount;
  if (k === undefined) throw new InvalidOptionError('classCount', 'is required (in the problem or the options)');
  assertSearchLimits(settings);
  checkPlanSize(problem.pupils.length, 'classes', settings.timeLimit);
  // Compiling the pair tables counts in the time limit too (at 3,000 pupils it takes about half a second).
  const started = performance.now();
  const model = compileGroupModel(problem, 'classes');
  const blocks = bestDivision(model, settings.seed, started + DIVISION_SHARE * settings.timeLimit);
  const divisionMs = performance.now() - started;
  const found = planPartition(model, classSizes(model.n, k), { ...settings, timeLimit: Math.max(1, settings.timeLimit - divisionMs), blocks });
  // The time spent on the blocks is part of the plan's time.
  const plan = { ...found, stats: { ...found.stats, elapsedMs: found.stats.elapsedMs + divisionMs } };
  if (plan.infeasible) return plan;
  const { n } = model;
  const classOf = new Map(plan.groups.flatMap((members, c) => members.map((id) => [model.index.get(id)!, c] as const)));
  const vulnerable = model.pupils.map((_, i) => i).filter((i) => model.pupils[i]!.vulnerable);
  const mutual = (i: number) => model.pupils.map((_, j) => j).filter((j) => model.positive[i * n + j] && model.positive[j * n + i]);
  return {
    ...plan,
    classes: plan.groups,
    guarantees: {
      vulnerable: vulnerable.length,
      withAdmissibleFriend: vulnerable.filter((i) => model.admissibleOf[i]!.length > 0).length,
      withChosenFriend: vulnerable.filter((i) => model.admissibleOf[i]!.some((j) => classOf.get(j) === classOf.get(i))).length,
      withMutualFriendInCohort: vulnerable.filter((i) => mutual(i).length > 0).length,
      withMutualFriend: vulnerable.filter((i) => mutual(i).some((j) => classOf.get(j) === classOf.get(i))).length,
    },
  };
}

