/**
 * Plans next year's classes off the page's main thread: one Web Worker per restart (up to CLASS_RESTARTS, each
 * with its own seed from core's restartSeeds, as the CLI's --workers), the best plan kept (core's bestPlan).
 * `stop()` ends every worker at once; the run then resolves to `{ stopped: true }` and nothing is planned. Where
 * workers are missing (unit tests) the planner runs on the page.
 */
import { bestPlan, restartSeeds, type ClassPlan, type PlanClassesOptions, type PlanningProblem } from '@sociogram/core';

/** Parallel restarts: two, or one on a single-core machine. */
export const CLASS_RESTARTS = 2;

/** A worker's answer: the plan, or why there is none. */
export type ClassesAnswer = { readonly plan: ClassPlan } | { readonly error: { readonly code: string; readonly message: string } };

export type ClassesOutcome = ClassesAnswer | { readonly stopped: true };

export interface ClassesRun {
  readonly outcome: Promise<ClassesOutcome>;
  stop(): void;
}

export function runClasses(problem: PlanningProblem, options: Partial<PlanClassesOptions>): ClassesRun {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  const seeds = restartSeeds(options.seed ?? 1, CLASS_RESTARTS).slice(0, Math.min(CLASS_RESTARTS, cores));
  const workers: Worker[] = [];
  let stopped = false;
  let stopNow: (() => void) | null = null;
  const stopping = new Promise<{ stopped: true }>((resolve) => (stopNow = () => resolve({ stopped: true })));
  const runs = seeds.map((seed) => inWorker(problem, { ...options, seed }, workers));
  const all = Promise.all(runs).then((answers): ClassesAnswer => {
    const plans = answers.filter((a): a is { plan: ClassPlan } => 'plan' in a);
    return plans.length ? { plan: bestPlan(plans.map((a) => a.plan)) } : answers[0]!;
  });
  return {
    outcome: Promise.race([all, stopping]).then((outcome) => (stopped ? { stopped: true } : outcome)),
    stop() {
      if (stopped) return;
      stopped = true;
      for (const worker of workers) worker.terminate();
      stopNow!();
    },
  };
}

function inWorker(problem: PlanningProblem, options: Partial<PlanClassesOptions>, workers: Worker[]): Promise<ClassesAnswer> {
  if (typeof Worker === 'undefined') return inPage(problem, options);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./classes-worker.ts', import.meta.url), { type: 'module' });
    workers.push(worker);
    worker.onmessage = (event: MessageEvent<ClassesAnswer>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = () => {
      worker.terminate();
      void inPage(problem, options).then(resolve);
    };
    worker.postMessage(JSON.parse(JSON.stringify({ problem, options })));
  });
}

async function inPage(problem: PlanningProblem, options: Partial<PlanClassesOptions>): Promise<ClassesAnswer> {
  const { planClasses } = await import('@sociogram/core/planners');
  try {
    return { plan: planClasses(problem, options) };
  } catch (error) {
    return { error: { code: (error as { code?: string }).code ?? 'PLAN_FAILED', message: (error as Error).message } };
  }
}
