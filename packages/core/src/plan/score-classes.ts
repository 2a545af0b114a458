/** scoreClasses(problem, classes): the class score and rules of planning.md § Classes, with explanations. */
import { largest } from './extent.ts';
import { compileGroupModel } from './group-model.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { scoreGroupsWithModel, type GroupScore } from './score-groups.ts';
import { classSizes } from './plan-classes.ts';

export function scoreClasses(problem: PlanningProblem, classes: readonly (readonly string[])[]): GroupScore {
  const model = compileGroupModel(problem, 'classes');
  const sizes = classSizes(model.n, classes.length);
  return scoreGroupsWithModel(model, classes, largest(sizes), sizes);
}
