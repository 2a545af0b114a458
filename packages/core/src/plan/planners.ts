/**
 * The planners alone (`@sociogram/core/planners`): what a planning worker thread loads, without the survey
 * import and analysis (spreadsheet reader, graph library) that the whole package brings. Everything here is
 * also exported by the package's main entry.
 */
export { planGroups, DEFAULT_PLAN_GROUPS_OPTIONS } from './plan-groups.ts';
export type { PlanGroupsOptions, GroupPlan, PlanStats } from './plan-groups.ts';
export { planClasses, classSizes, DEFAULT_PLAN_CLASSES_OPTIONS } from './plan-classes.ts';
export type { PlanClassesOptions, ClassPlan, ClassGuarantees } from './plan-classes.ts';
export { checkPlanSize, minimumTimeLimit, DEFAULT_PLAN_SIZE_LIMITS, PlanTooLargeError } from './plan-size.ts';
export type { SizedPlanner, PlanSizeLimits } from './plan-size.ts';
export { bestPlan } from './best-plan.ts';
export { restartSeeds } from './restart-seeds.ts';
export type { PlanningProblem, PlanningPupil, PupilPair } from './planning-problem.ts';
