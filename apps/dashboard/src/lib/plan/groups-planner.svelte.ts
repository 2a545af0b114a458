/**
 * The groups a teacher is steering: the plan on screen, its history (undo), every plan shown so far (so
 * "another suggestion" is really another), the pupils absent today, and the live rule check. The component only
 * draws it; the class is driven directly by component tests.
 *
 * - Locks come with the problem (`locks`: same number together, different numbers apart) and every plan is
 *   numbered so a locked pupil stays in the group the teacher sees (core's orderByLocks).
 * - Absent pupils are left out of planning (their rules stay on file); a returning pupil is put back with the
 *   fewest moves that keep every rule (core's insertPupil).
 * - Another suggestion avoids the pairs of every plan shown so far (rotation pairs) and is kept only when at
 *   least MIN_DIFFERENCE pupils would change group compared with each of them.
 */
import {
  insertPupil,
  orderByLocks,
  pairsOf,
  partitionDistance,
  scoreGroups,
  withoutPupils,
  type GroupPlan,
  type GroupScore,
  type PlanningProblem,
  type PupilMove,
  type PupilPair,
} from '@sociogram/core';
import { runPlan } from './run-plan.ts';

/** Pupils who must change group before another suggestion counts as different. */
export const MIN_DIFFERENCE = 3;
/** Searches "another suggestion" makes, each steering harder away from the plans shown, before giving up. */
export const ALTERNATIVE_TRIES = 3;
/** Search time for one plan (ms). */
export const PLAN_TIME = 1000;

export type PlannerNote =
  | { readonly kind: 'alternative'; readonly moved: number; readonly score: number; readonly best: number }
  | { readonly kind: 'noOther' }
  | { readonly kind: 'returned'; readonly moves: readonly PupilMove[]; readonly violations: number }
  | { readonly kind: 'planned' };

export interface PlannerSource {
  /** The whole class's problem with the teacher's choices and locks. */
  readonly problem: () => PlanningProblem;
  readonly groupSize: () => number;
  /** Pairs of the last saved plan, when the teacher asked for new partners since last time. */
  readonly rotationPairs: () => readonly PupilPair[];
}

type Runner = (request: { kind: 'groups'; problem: PlanningProblem; options: Record<string, unknown> }) => Promise<GroupPlan>;

export class GroupsPlanner {
  groups = $state.raw<string[][] | null>(null);
  plan = $state.raw<GroupPlan | null>(null);
  busy = $state(false);
  note = $state.raw<PlannerNote | null>(null);
  absent = $state.raw<ReadonlySet<string>>(new Set());
  /** Every grouping shown since the planner opened. */
  shown = $state.raw<readonly string[][][]>([]);
  private history = $state.raw<readonly string[][][]>([]);
  private seed = 1;

  /** The problem of the pupils here today. */
  readonly present = $derived.by(() => withoutPupils(this.source.problem(), this.absent));
  readonly evaluation: GroupScore | null = $derived.by(() => {
    if (!this.groups) return null;
    const placed = new Set(this.groups.flat());
    if (this.present.pupils.some((p) => !placed.has(p.id)) || placed.size !== this.present.pupils.length) return null;
    return scoreGroups(this.withRotation(this.present, this.source.rotationPairs()), this.groups, this.source.groupSize());
  });

  constructor(private readonly source: PlannerSource, private readonly run: Runner = runPlan as Runner) {}

  get canUndo(): boolean {
    return this.history.length > 0;
  }

  /** Opens a saved plan (and who was absent for it). */
  load(groups: readonly (readonly string[])[], absent: readonly string[] = []): void {
    this.absent = new Set(absent);
    this.groups = groups.map((g) => [...g]);
    this.shown = [this.groups];
    this.history = [];
  }

  /** A fresh plan for the pupils here today. */
  async generate(): Promise<void> {
    this.seed = 1;
    this.note = null;
    const plan = await this.search(this.source.rotationPairs(), this.seed);
    if (!plan) return;
    this.show(plan);
    this.shown = [this.groups!];
    this.note = { kind: 'planned' };
  }

  /** Another suggestion: at least MIN_DIFFERENCE pupils placed differently from every plan shown so far. */
  async another(): Promise<void> {
    this.note = null;
    const best = Math.max(...this.shown.map((g) => this.scoreOf(g)), this.groups ? this.scoreOf(this.groups) : -Infinity);
    for (let tries = 0; tries < ALTERNATIVE_TRIES; tries++) {
      this.seed += 1;
      const avoid = [...this.source.rotationPairs(), ...this.shown.flatMap((g) => pairsOf(g))];
      const plan = await this.search(avoid, this.seed, 2 + 2 * tries);
      if (!plan) return;
      const groups = orderByLocks(plan.groups, this.present.locks ?? {});
      const moved = Math.min(...this.shown.map((g) => partitionDistance(g, groups)));
      if (moved >= MIN_DIFFERENCE) {
        this.show(plan);
        this.shown = [...this.shown, this.groups!];
        this.note = { kind: 'alternative', moved, score: this.scoreOf(this.groups!), best };
        return;
      }
    }
    this.note = { kind: 'noOther' };
  }

  move(id: string, to: number): void {
    if (!this.groups || to < 0 || to >= this.groups.length) return;
    if (this.groups[to]!.includes(id)) return;
    this.remember();
    this.groups = this.groups.map((g, k) => (k === to ? [...g, id] : g.filter((x) => x !== id)));
  }

  undo(): void {
    if (this.history.length === 0) return;
    const previous = this.history.at(-1)!;
    this.history = this.history.slice(0, -1);
    const placed = new Set(previous.flat());
    // Undo restores the grouping; who is absent follows the pupils it holds.
    const all = this.source.problem().pupils.map((p) => p.id);
    this.absent = new Set(all.filter((id) => !placed.has(id)));
    this.groups = previous;
  }

  /** Marks a pupil absent today (taken out of the groups) or back (put in with the fewest moves). */
  setAbsent(id: string, absent: boolean): void {
    if (absent === this.absent.has(id)) return;
    const next = new Set(this.absent);
    if (absent) next.add(id);
    else next.delete(id);
    if (!this.groups) {
      this.absent = next;
      return;
    }
    this.remember();
    if (absent) {
      this.absent = next;
      this.groups = this.groups.map((g) => g.filter((x) => x !== id)).filter((g) => g.length > 0);
      return;
    }
    this.absent = next;
    const result = insertPupil(this.withRotation(this.present, this.source.rotationPairs()), this.groups, id, this.source.groupSize());
    this.groups = result.groups;
    this.note = { kind: 'returned', moves: result.moves, violations: result.violations };
  }

  private scoreOf(groups: readonly (readonly string[])[]): number {
    try {
      return scoreGroups(this.present, groups, this.source.groupSize()).score;
    } catch {
      return -Infinity;
    }
  }

  private withRotation(problem: PlanningProblem, pairs: readonly PupilPair[]): PlanningProblem {
    return pairs.length ? { ...problem, previousPairs: pairs } : problem;
  }

  private async search(avoid: readonly PupilPair[], seed: number, weight = 2): Promise<Extract<GroupPlan, { infeasible: false }> | null> {
    this.busy = true;
    try {
      const plan = await this.run({
        kind: 'groups',
        problem: this.withRotation(this.present, avoid),
        options: { groupSize: this.source.groupSize(), seed, rotation: avoid.length > 0, rotationWeight: weight, timeLimit: PLAN_TIME },
      });
      this.plan = plan;
      return plan.infeasible ? null : plan;
    } finally {
      this.busy = false;
    }
  }

  private show(plan: Extract<GroupPlan, { infeasible: false }>): void {
    if (this.groups) this.remember();
    this.groups = orderByLocks(plan.groups, this.present.locks ?? {});
  }

  private remember(): void {
    if (this.groups) this.history = [...this.history, this.groups];
  }
}
