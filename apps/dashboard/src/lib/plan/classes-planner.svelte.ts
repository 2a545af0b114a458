/**
 * Next year's classes a teacher is steering: the plan on screen (in memory only), its history (undo), the run in
 * progress (time passed, stop), and the live rule check and per-pupil guarantees of the classes as they stand
 * after every move (core's scoreClasses and classGuarantees). The view only draws it; tests drive the class.
 */
import { classGuarantees, scoreClasses, type ClassGuaranteeSummary, type ClassPlan, type GroupScore, type PlanningProblem } from '@sociogram/core';
import { runClasses, type ClassesRun } from './run-classes.ts';

/** The search times a teacher can choose (ms); the CLI's default is 5 s. */
export const CLASS_TIME_LIMITS = [1000, 5000, 15_000, 30_000] as const;
export const DEFAULT_CLASS_TIME_LIMIT = 5000;
/** The planner runs to its time limit (as the CLI's benchmark), not to a step budget. */
const UNLIMITED_STEPS = 1e9;

export type ClassesNote =
  | { readonly kind: 'planned'; readonly classes: number }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string }
  | { readonly kind: 'moved'; readonly pupil: string; readonly to: number };

export interface ClassesSource {
  /** The cohort's problem with the teacher's rules (core's deriveCohortProblem). */
  readonly problem: () => PlanningProblem;
  readonly classCount: () => number;
  readonly timeLimit: () => number;
}

type Runner = typeof runClasses;

export class ClassesPlanner {
  classes = $state.raw<string[][] | null>(null);
  /** The last answer of the planner (a plan or the conflicts that stop one). */
  plan = $state.raw<ClassPlan | null>(null);
  busy = $state(false);
  /** Milliseconds since the running search started, and its limit. */
  elapsed = $state(0);
  limit = $state(DEFAULT_CLASS_TIME_LIMIT);
  note = $state.raw<ClassesNote | null>(null);
  private history = $state.raw<readonly string[][][]>([]);
  private run: ClassesRun | null = null;
  private seed = 0;

  /** The rule check of the classes on screen, against the rules as they are now (null when the cohort changed). */
  readonly evaluation: GroupScore | null = $derived.by(() => {
    if (!this.classes) return null;
    const problem = this.source.problem();
    const placed = this.classes.flat();
    const ids = new Set(problem.pupils.map((p) => p.id));
    if (placed.length !== ids.size || placed.some((id) => !ids.has(id))) return null;
    return scoreClasses(problem, this.classes);
  });
  readonly guarantees: ClassGuaranteeSummary | null = $derived(this.evaluation ? classGuarantees(this.evaluation) : null);

  constructor(private readonly source: ClassesSource, private readonly runner: Runner = runClasses, private readonly clock: () => number = () => performance.now()) {}

  get canUndo(): boolean {
    return this.history.length > 0;
  }

  /** Plans the cohort into the chosen number of classes; every new plan uses a fresh seed. */
  async generate(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.note = null;
    this.elapsed = 0;
    this.limit = this.source.timeLimit();
    const started = this.clock();
    const timer = setInterval(() => (this.elapsed = Math.min(this.limit, this.clock() - started)), 200);
    this.seed += 1;
    try {
      this.run = this.runner(this.source.problem(), { classCount: this.source.classCount(), timeLimit: this.limit, maxIterations: UNLIMITED_STEPS, seed: this.seed });
      const outcome = await this.run.outcome;
      if ('stopped' in outcome) {
        this.note = { kind: 'stopped' };
        return;
      }
      if ('error' in outcome) {
        this.note = { kind: 'failed', ...outcome.error };
        return;
      }
      this.plan = outcome.plan;
      if (outcome.plan.infeasible) return;
      if (this.classes) this.history = [...this.history, this.classes];
      this.classes = outcome.plan.classes.map((c) => [...c]);
      this.note = { kind: 'planned', classes: this.classes.length };
    } finally {
      clearInterval(timer);
      this.run = null;
      this.busy = false;
    }
  }

  /** Ends the running search; the classes on screen stay as they were. */
  stop(): void {
    this.run?.stop();
  }

  /** Moves a pupil to another class (the rule check follows at once). */
  move(id: string, to: number): void {
    if (!this.classes || to < 0 || to >= this.classes.length || this.classes[to]!.includes(id)) return;
    this.history = [...this.history, this.classes];
    this.classes = this.classes.map((c, k) => (k === to ? [...c, id] : c.filter((x) => x !== id)));
    this.note = { kind: 'moved', pupil: id, to };
  }

  undo(): void {
    if (this.history.length === 0) return;
    this.classes = this.history.at(-1)!;
    this.history = this.history.slice(0, -1);
    this.note = null;
  }

  /** Forgets the plan (the cohort or the number of classes changed). */
  clear(): void {
    this.classes = null;
    this.plan = null;
    this.history = [];
    this.note = null;
  }
}
