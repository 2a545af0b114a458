/**
 * A seeded planning problem from a generated class (generateClassSurvey → analyseSurvey →
 * derivePlanningProblem), with the power positions trimmed to the `maxPowerful` most chosen pupils — the
 * derived rules flag many in a synthetic class, which would make most instances infeasible.
 */
import { analyseSurvey } from '../analyse/analyse-survey.ts';
import { derivePlanningProblem } from '../plan/derive-planning-problem.ts';
import type { PlanningProblem } from '../plan/planning-problem.ts';
import { generateClassSurvey } from './generate-class-survey.ts';

export interface GenerateProblemOptions {
  readonly n: number;
  readonly seed: number;
  readonly groupSize?: number;
  readonly maxPowerful?: number;
  readonly prefix?: string;
}

export function generateClassProblem(options: GenerateProblemOptions): PlanningProblem {
  const survey = generateClassSurvey({ n: options.n, seed: options.seed, prefix: options.prefix });
  const problem = derivePlanningProblem(survey, analyseSurvey(survey), { groupSize: options.groupSize ?? 4 });
  const received = new Map(problem.pupils.map((p) => [p.id, 0]));
  for (const [, to] of problem.positive ?? []) received.set(to, received.get(to)! + 1);
  const top = new Set(
    problem.pupils
      .filter((p) => p.powerful)
      .sort((a, b) => received.get(b.id)! - received.get(a.id)! || a.id.localeCompare(b.id))
      .slice(0, options.maxPowerful ?? 3)
      .map((p) => p.id),
  );
  return { ...problem, pupils: problem.pupils.map((p) => ({ ...p, powerful: top.has(p.id) })) };
}
