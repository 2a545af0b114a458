/**
 * The seating plan a teacher is steering: the seats (pupil id or null per seat of the layout), their history
 * (undo), the last planner run and whether it is busy. Swaps are the only manual change, so desk-mates stay
 * exact. The component draws it and keeps the room and the locks; component tests drive the class directly.
 */
import type { PlanningProblem, RoomLayoutSpec, SeatingPlan } from '@sociogram/core';
import { runPlan } from './run-plan.ts';

/** Search time for one seating plan (ms). */
export const SEATING_TIME = 1500;

type Runner = (request: { kind: 'seating'; problem: PlanningProblem; layout: RoomLayoutSpec; options: Record<string, unknown> }) => Promise<SeatingPlan>;

export class SeatingPlanner {
  seats = $state.raw<(string | null)[] | null>(null);
  plan = $state.raw<SeatingPlan | null>(null);
  busy = $state(false);
  private history = $state.raw<readonly (string | null)[][]>([]);

  constructor(private readonly run: Runner = runPlan as Runner) {}

  get canUndo(): boolean {
    return this.history.length > 0;
  }

  /** Opens saved seats, or clears the plan (null) when the room changes. */
  load(seats: readonly (string | null)[] | null): void {
    this.seats = seats ? [...seats] : null;
    this.history = [];
  }

  /** A new plan for the room; true when one was found (else `plan` holds the conflicts). */
  async generate(problem: PlanningProblem, layout: RoomLayoutSpec): Promise<boolean> {
    this.busy = true;
    try {
      this.plan = await this.run({ kind: 'seating', problem, layout, options: { timeLimit: SEATING_TIME } });
    } finally {
      this.busy = false;
    }
    if (this.plan.infeasible) return false;
    this.remember();
    this.seats = [...this.plan.seats];
    return true;
  }

  /** Swaps the pupils (or emptiness) of two seats. */
  swap(from: number, to: number): void {
    if (!this.seats || from === to || from < 0 || to < 0 || from >= this.seats.length || to >= this.seats.length) return;
    this.remember();
    const next = [...this.seats];
    [next[from], next[to]] = [next[to] ?? null, next[from] ?? null];
    this.seats = next;
  }

  undo(): void {
    if (this.history.length === 0) return;
    this.seats = this.history.at(-1)!;
    this.history = this.history.slice(0, -1);
  }

  private remember(): void {
    if (this.seats) this.history = [...this.history, this.seats];
  }
}
