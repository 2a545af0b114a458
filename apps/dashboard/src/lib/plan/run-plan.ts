/**
 * Runs a planner in a Web Worker so the page never freezes (falls back to the page where workers are missing,
 * e.g. unit tests). One entry point for groups and seating.
 */
import type { GroupPlan, PlanGroupsOptions, PlanningProblem, RoomLayoutSpec, SeatingPlan, PlanSeatingOptions } from '@sociogram/core';
import { planInPage, type PlanRequest } from './plan-in-page.ts';

export type { PlanRequest };

export function runPlan(request: { kind: 'groups'; problem: PlanningProblem; options: Partial<PlanGroupsOptions> }): Promise<GroupPlan>;
export function runPlan(request: { kind: 'seating'; problem: PlanningProblem; layout: RoomLayoutSpec; options: Partial<PlanSeatingOptions> }): Promise<SeatingPlan>;
export function runPlan(request: PlanRequest): Promise<GroupPlan | SeatingPlan> {
  if (typeof Worker === 'undefined') return Promise.resolve(planInPage(request));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./plan-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<GroupPlan | SeatingPlan>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = () => {
      resolve(planInPage(request));
      worker.terminate();
    };
    worker.postMessage(JSON.parse(JSON.stringify(request)));
  });
}
