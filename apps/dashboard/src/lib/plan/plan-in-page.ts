/** The planners behind runPlan, callable in a worker or the page. */
import { createRoomLayout, planGroups, planSeating, type GroupPlan, type PlanGroupsOptions, type PlanningProblem, type PlanSeatingOptions, type RoomLayoutSpec, type SeatingPlan } from '@sociogram/core';

export type PlanRequest =
  | { readonly kind: 'groups'; readonly problem: PlanningProblem; readonly options: Partial<PlanGroupsOptions> }
  | { readonly kind: 'seating'; readonly problem: PlanningProblem; readonly layout: RoomLayoutSpec; readonly options: Partial<PlanSeatingOptions> };

export function planInPage(request: PlanRequest): GroupPlan | SeatingPlan {
  if (request.kind === 'groups') return planGroups(request.problem, request.options);
  return planSeating(request.problem, createRoomLayout(request.layout), request.options);
}
