/**
 * planGroups(problem, options): groups that meet every hard rule of planning.md with the best default score
 * found, or — when the rules cannot all hold — no plan but a conflict report. Seeded: the same seed and
 * iteration budget give the same plan on any machine; the time limit only cuts a run short.
 */
import { largest } from './extent.ts';
import { message } from '../messages/message-facts.ts';
import { createRng } from '../random/create-rng.ts';
import { InvalidOptionError } from '../survey/invalid-option-error.ts';
import { groupConflicts } from './group-conflicts.ts';
import { checkPlanSize } from './plan-size.ts';
import { compileGroupModel, type GroupModel } from './group-model.ts';
import { groupSizes } from './group-sizes.ts';
import type { PlanConflict, PlanNotice } from './plan-conflict.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { scoreGroupsWithModel, type GroupScore } from './score-groups.ts';
import { randomAssignment, tabuSearch } from './tabu-search.ts';
import { anneal } from './anneal.ts';

/** Options of `planGroups`. */
export interface PlanGroupsOptions {
  /** Target group size (default: the problem's `groupSize`, else 4). */
  readonly groupSize?: number;
  /** Explicit group sizes instead (e.g. the tables of a room); must add up to the number of pupils. */
  readonly sizes?: readonly number[];
  /** Seed of the search's randomness (default 1). */
  readonly seed: number;
  /** Milliseconds the search may run. */
  readonly timeLimit: number;
  /** Search steps; the run stops at whichever limit comes first. */
  readonly maxIterations: number;
  /** Avoid pairs in the problem's `previousPairs` (rotation). */
  readonly rotation: boolean;
  /** With rotation: score points one repeated pair costs. */
  readonly rotationWeight: number;
  /** Stop as soon as this score is reached (benchmarks). */
  readonly target?: number;
  /** Called with the time so far and the score each time the search finds a better plan. */
  readonly onImprove?: (elapsedMs: number, score: number) => void;
}

/** The options `planGroups` uses for every option not given: seed 1, 1,000 ms, 8,000 iterations, no rotation. */
export const DEFAULT_PLAN_GROUPS_OPTIONS: Readonly<PlanGroupsOptions> = Object.freeze({
  seed: 1,
  timeLimit: 1000,
  maxIterations: 8_000,
  rotation: false,
  rotationWeight: 2,
});

/** How much searching a plan took. */
export interface PlanStats {
  readonly iterations: number;
  readonly restarts: number;
  readonly elapsedMs: number;
}

/**
 * What `planGroups` returns: the groups (pupil ids) with their score and rule checks, or, when the hard rules cannot
 * all hold, the conflicts that prevent them.
 */
export type GroupPlan =
  | {
      readonly infeasible: false;
      readonly groups: readonly (readonly string[])[];
      readonly score: number;
      readonly evaluation: GroupScore;
      readonly notices: readonly PlanNotice[];
      readonly stats: PlanStats;
    }
  | {
      readonly infeasible: true;
      readonly conflicts: readonly PlanConflict[];
      readonly notices: readonly PlanNotice[];
      readonly stats: PlanStats;
    };

/**
 * Groups that keep every hard rule of docs/planning.md with the best score found (tabu search), or the conflicts when
 * no such groups exist. Seeded: the same seed and `maxIterations` give the same plan.
 */
export function planGroups(problem: PlanningProblem, options: Partial<PlanGroupsOptions> = {}): GroupPlan {
  const settings = { ...DEFAULT_PLAN_GROUPS_OPTIONS, ...options };
  const groupSize = settings.groupSize ?? problem.groupSize ?? 4;
  assertSearchLimits(settings);
  checkPlanSize(problem.pupils.length, 'groups', settings.timeLimit);
  const started = performance.now();
  const model = compileGroupModel(problem, 'groups');
  const sizes = settings.sizes ? [...settings.sizes] : groupSizes(model.n, groupSize);
  // Compiling counts in the time limit.
  return planPartition(model, sizes, { ...settings, timeLimit: Math.max(1, settings.timeLimit - (performance.now() - started)) });
}

/**
 * The search behind planGroups and planClasses: conflicts first, then tabu search (annealing when the
 * swaps outnumber `sampleMoves`: large cohorts, with block swaps when `blocks` are given), then the full score.
 */
export function planPartition(model: GroupModel, sizes: readonly number[], settings: PlanGroupsOptions & { readonly sampleMoves?: number; readonly blocks?: Int32Array }): GroupPlan {
  assertSearchLimits(settings);
  if (sizes.reduce((a, b) => a + b, 0) !== model.n || sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new InvalidOptionError('sizes', `must be whole numbers ≥ 1 adding up to ${model.n}`);
  const groupSize = largest(sizes);
  const started = performance.now();
  const { conflicts, notices } = groupConflicts(model, sizes);
  const noStats: PlanStats = { iterations: 0, restarts: 0, elapsedMs: 0 };
  if (conflicts.length > 0) return { infeasible: true, conflicts, notices, stats: noStats };

  const start = randomAssignment(model, sizes, createRng(settings.seed ^ 0x5bd1e995));
  // The conflict checks count in the time limit.
  const searchOptions = { ...settings, timeLimit: Math.max(1, settings.timeLimit - (performance.now() - started)), rotationWeight: settings.rotation ? settings.rotationWeight : 0 };
  const movable = model.lock.filter((lock) => lock < 0).length;
  const result =
    settings.sampleMoves !== undefined && (movable * movable) / 2 > settings.sampleMoves
      ? anneal(model, sizes, start, { ...searchOptions, sampleMoves: settings.sampleMoves, blocks: settings.blocks })
      : tabuSearch(model, sizes, start, searchOptions);
  const stats: PlanStats = { iterations: result.iterations, restarts: result.restarts, elapsedMs: result.elapsedMs };
  const groups = toGroups(model.pupils.map((p) => p.id), result.group, sizes.length);
  if (result.violations > 1e-9) {
    const evaluation = scoreGroupsWithModel(model, groups, groupSize, sizes);
    const unmet = evaluation.violations.map((v): PlanConflict => ({ code: 'NO_PLAN_FOUND', pupils: v.pupils, message: v.message, sensitive: v.sensitive }));
    return {
      infeasible: true,
      conflicts: [{ code: 'NO_PLAN_FOUND', pupils: [], sensitive: false, message: message('CONFLICT_NO_PLAN_FOUND', {}) }, ...unmet],
      notices,
      stats,
    };
  }
  const evaluation = scoreGroupsWithModel(model, groups, groupSize, sizes);
  return { infeasible: false, groups, score: evaluation.score, evaluation, notices, stats };
}

/** Throws InvalidOptionError unless the time limit and the step budget are above 0. */
export function assertSearchLimits(settings: { readonly timeLimit: number; readonly maxIterations: number }): void {
  if (!(settings.timeLimit > 0)) throw new InvalidOptionError('timeLimit', 'must be above 0');
  if (!(settings.maxIterations > 0)) throw new InvalidOptionError('maxIterations', 'must be above 0');
}

/** Group lists in roster order, groups ordered by their first pupil. */
export function toGroups(ids: readonly string[], group: Int32Array, m: number): string[][] {
  const groups: string[][] = Array.from({ length: m }, () => []);
  ids.forEach((id, i) => groups[group[i]!]!.push(id));
  return groups.filter((g) => g.length > 0).sort((a, b) => ids.indexOf(a[0]!) - ids.indexOf(b[0]!));
}
