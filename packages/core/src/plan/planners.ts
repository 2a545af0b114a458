/**
 * The planners alone (`@sociogram/core/planners`): what a planning worker thread loads, without the survey
 * import and analysis (spreadsheet reader, graph library) that the whole package brings.
 */
export * from './plan-groups.ts';
export * from './plan-classes.ts';
export * from './plan-size.ts';
export * from './best-plan.ts';
export * from './restart-seeds.ts';
