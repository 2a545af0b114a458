/**
 * `@sociogram/core/internal`: building blocks the CLI, the dashboard and the benchmarks share that are not
 * part of the public API. No stability promise: anything here may change or disappear in any release.
 */
export { surveyIssue } from './survey/survey-issue.ts';
export { normaliseName } from './import/normalise-name.ts';
export { isZip } from './import/read-xlsx.ts';
export { kindGraph } from './graph/nomination-graph.ts';
export { compileGroupModel, genderBounds, tied } from './plan/group-model.ts';
export type { GroupModel } from './plan/group-model.ts';
export { COVERAGE_BONUS } from './plan/score-groups.ts';
export { GroupState } from './plan/group-state.ts';
export type { Evaluation } from './plan/group-state.ts';
export { randomAssignment } from './plan/tabu-search.ts';
export { bestDivision } from './plan/best-division.ts';
export { deskPairs } from './plan/desk-pairs.ts';
