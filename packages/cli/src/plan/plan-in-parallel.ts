/**
 * Runs a planner (groups or classes) on several threads with different seeds (seed, seed + 1, …) and keeps
 * the best plan: restarts on every core when there is time. Same seeds and budgets → same result.
 */
import { Worker } from 'node:worker_threads';
import { bestPlan, planClasses, planGroups, type ClassPlan, type GroupPlan, type PlanClassesOptions, type PlanGroupsOptions, type PlanningProblem } from '@sociogram/core';

const WORKER = new URL('./plan-worker.mjs', import.meta.url);

export type ParallelRequest =
  | { readonly kind: 'groups'; readonly problem: PlanningProblem; readonly options: Partial<PlanGroupsOptions> }
  | { readonly kind: 'classes'; readonly problem: PlanningProblem; readonly options: Partial<PlanClassesOptions> };

/** The planner a worker runs. */
export function runRequest(request: ParallelRequest): GroupPlan | ClassPlan {
  return request.kind === 'groups' ? planGroups(request.problem, request.options) : planClasses(request.problem, request.options);
}

export async function planInParallel(request: { kind: 'groups' } & ParallelRequest, workers: number): Promise<GroupPlan>;
export async function planInParallel(request: { kind: 'classes' } & ParallelRequest, workers: number): Promise<ClassPlan>;
export async function planInParallel(request: ParallelRequest, workers: number): Promise<GroupPlan | ClassPlan> {
  const seed = request.options.seed ?? 1;
  const runs = await Promise.all(
    Array.from({ length: workers }, (_, k) => {
      const seeded = { ...request, options: { ...request.options, seed: seed + k } } as ParallelRequest;
      if (k === 0) return Promise.resolve(runRequest(seeded));
      return new Promise<GroupPlan | ClassPlan>((resolvePlan, reject) => {
        const worker = new Worker(WORKER, { workerData: seeded });
        worker.once('message', (plan: GroupPlan | ClassPlan) => {
          resolvePlan(plan);
          void worker.terminate();
        });
        worker.once('error', reject);
      });
    }),
  );
  return bestPlan<GroupPlan | ClassPlan>(runs);
}
