/**
 * Runs a planner in Web Workers so the page never freezes (falls back to the page where workers are missing,
 * e.g. unit tests). One entry point for groups and seating. Groups are planned on up to two cores at once,
 * with different seeds (core's restartSeeds, as the CLI), and the best plan is kept; seed s runs seeds 2s − 1
 * and 2s, so "another suggestion" (s + 1) never repeats a run.
 */
import { bestPlan, restartSeeds, type GroupPlan, type PlanGroupsOptions, type PlanningProblem, type RoomLayoutSpec, type SeatingPlan, type PlanSeatingOptions } from '@sociogram/core';
import type { PlanRequest } from './plan-in-page.ts';

/** The planners on the page itself, loaded only where workers are missing or fail. */
async function planInPage(request: PlanRequest): Promise<GroupPlan | SeatingPlan> {
  return (await import('./plan-in-page.ts')).planInPage(request);
}

export type { PlanRequest };

/** Parallel restarts for groups: two, or one on a single-core machine. */
export const GROUP_RESTARTS = 2;

export function runPlan(request: { kind: 'groups'; problem: PlanningProblem; options: Partial<PlanGroupsOptions> }): Promise<GroupPlan>;
export function runPlan(request: { kind: 'seating'; problem: PlanningProblem; layout: RoomLayoutSpec; options: Partial<PlanSeatingOptions> }): Promise<SeatingPlan>;
export async function runPlan(request: PlanRequest): Promise<GroupPlan | SeatingPlan> {
  if (request.kind === 'seating') return inWorker(request);
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  const restarts = Math.min(GROUP_RESTARTS, cores);
  const seeds = restartSeeds(request.options.seed ?? 1, GROUP_RESTARTS).slice(0, restarts);
  const runs = await Promise.all(seeds.map((seed) => inWorker({ ...request, options: { ...request.options, seed } }) as Promise<GroupPlan>));
  return bestPlan(runs);
}

function inWorker(request: PlanRequest): Promise<GroupPlan | SeatingPlan> {
  if (typeof Worker === 'undefined') return planInPage(request);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./plan-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<GroupPlan | SeatingPlan>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = () => {
      void planInPage(request).then(resolve);
      worker.terminate();
    };
    worker.postMessage(JSON.parse(JSON.stringify(request)));
  });
}
