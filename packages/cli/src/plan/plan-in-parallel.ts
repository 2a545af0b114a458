/**
 * Runs a planner (groups or classes) on several threads with different seeds (core's restartSeeds: the runs of
 * --seed s and --seed s + 1 never overlap) and keeps the best plan. Same seeds and budgets → same result.
 */
import { Worker } from 'node:worker_threads';
import type { PlanningProblem } from '@sociogram/core';
// The planners alone: this module is what each worker thread loads, so it starts without the survey import.
import {
  bestPlan,
  checkPlanSize,
  DEFAULT_PLAN_CLASSES_OPTIONS,
  DEFAULT_PLAN_GROUPS_OPTIONS,
  minimumTimeLimit,
  planClasses,
  planGroups,
  restartSeeds,
  type ClassPlan,
  type GroupPlan,
  type PlanClassesOptions,
  type PlanGroupsOptions,
} from '@sociogram/core/planners';

// Built: dist/plan/plan-worker.js; from source (tsx): a .mjs entry that registers tsx in the thread first.
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './plan-worker-tsx.mjs' : './plan-worker.js', import.meta.url);

export type ParallelRequest =
  | { readonly kind: 'groups'; readonly problem: PlanningProblem; readonly options: Partial<PlanGroupsOptions> }
  | { readonly kind: 'classes'; readonly problem: PlanningProblem; readonly options: Partial<PlanClassesOptions> };

/** The planner a worker runs. */
export function runRequest(request: ParallelRequest): GroupPlan | ClassPlan {
  return request.kind === 'groups' ? planGroups(request.problem, request.options) : planClasses(request.problem, request.options);
}

/** What a worker is sent: the request and when it was made, so the thread's start-up counts against the time limit. */
export interface WorkerRequest {
  readonly request: ParallelRequest;
  readonly sentAt: number;
}

/**
 * The request with its time limit shortened by the time since it was sent, but never below what the problem's
 * size needs (minimumTimeLimit): the size was checked against the whole limit before the thread started.
 */
export function withTimeLeft({ request, sentAt }: WorkerRequest, now: number): ParallelRequest {
  const { timeLimit } = request.options;
  if (timeLimit === undefined) return request;
  const floor = Math.max(1, minimumTimeLimit(request.problem.pupils.length));
  return { ...request, options: { ...request.options, timeLimit: Math.max(floor, timeLimit - (now - sentAt)) } } as ParallelRequest;
}

/** Runs a request in a worker thread within the time that is left of its limit. */
export function runWorkerRequest(message: WorkerRequest): GroupPlan | ClassPlan {
  return runRequest(withTimeLeft(message, Date.now()));
}

export async function planInParallel(request: { kind: 'groups' } & ParallelRequest, workers: number): Promise<GroupPlan>;
export async function planInParallel(request: { kind: 'classes' } & ParallelRequest, workers: number): Promise<ClassPlan>;
export async function planInParallel(request: ParallelRequest, workers: number): Promise<GroupPlan | ClassPlan> {
  // A problem too large is refused here, before any thread starts (a thread's error would outlive the answer).
  const timeLimit = request.options.timeLimit ?? (request.kind === 'groups' ? DEFAULT_PLAN_GROUPS_OPTIONS : DEFAULT_PLAN_CLASSES_OPTIONS).timeLimit;
  checkPlanSize(request.problem.pupils.length, request.kind, timeLimit);
  const seeds = restartSeeds(request.options.seed ?? 1, workers);
  const seeded = (k: number) => ({ ...request, options: { ...request.options, seed: seeds[k]! } }) as ParallelRequest;
  // The other threads start first; this thread then runs the first seed itself while they run the others.
  const others = Array.from({ length: workers - 1 }, (_, k) =>
    new Promise<GroupPlan | ClassPlan>((resolvePlan, reject) => {
      const worker = new Worker(WORKER, { workerData: { request: seeded(k + 1), sentAt: Date.now() } satisfies WorkerRequest });
      worker.once('message', (plan: GroupPlan | ClassPlan) => {
        resolvePlan(plan);
        void worker.terminate();
      });
      worker.once('error', reject);
    }),
  );
  const own = runRequest(seeded(0));
  return bestPlan<GroupPlan | ClassPlan>([own, ...(await Promise.all(others))]);
}
