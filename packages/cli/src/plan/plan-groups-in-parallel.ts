/**
 * Runs planGroups on several worker threads with different seeds (seed, seed + 1, …) and keeps the best
 * plan: restarts on every core when there is time. Same seeds and budgets → same result.
 */
import { Worker } from 'node:worker_threads';
import { planGroups, type GroupPlan, type PlanGroupsOptions, type PlanningProblem } from '@sociogram/core';

const WORKER = new URL('./plan-groups-worker.mjs', import.meta.url);

export async function planGroupsInParallel(problem: PlanningProblem, options: Partial<PlanGroupsOptions>, workers: number): Promise<GroupPlan> {
  const seed = options.seed ?? 1;
  const runs = await Promise.all(
    Array.from({ length: workers }, (_, k) =>
      k === 0
        ? Promise.resolve(planGroups(problem, { ...options, seed }))
        : new Promise<GroupPlan>((resolvePlan, reject) => {
            const worker = new Worker(WORKER, { workerData: { problem, options: { ...options, seed: seed + k } } });
            worker.once('message', (plan: GroupPlan) => {
              resolvePlan(plan);
              void worker.terminate();
            });
            worker.once('error', reject);
          }),
    ),
  );
  const feasible = runs.filter((plan): plan is Extract<GroupPlan, { infeasible: false }> => !plan.infeasible);
  if (feasible.length === 0) return runs[0]!;
  return feasible.reduce((best, plan) => (plan.score > best.score ? plan : best));
}
