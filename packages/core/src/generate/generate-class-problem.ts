/**
 * A seeded planning problem from a generated class (generateClassSurvey → analyseSurvey →
 * derivePlanningProblem), with the power positions trimmed to the `maxPowerful` most chosen pupils — the
 * derived rules flag many in a synthetic class, which would make most instances infeasible.
 */
import { analyseSurvey } from '../analyse/analyse-survey.ts';
import { derivePlanningProblem } from '../plan/derive-planning-problem.ts';
import type { PlanningProblem } from '../plan/planning-problem.ts';
import { generateClassSurvey } from './generate-class-survey.ts';

/** Options of `generateClassProblem`. */
export interface GenerateProblemOptions {
  /** Pupils in the class. */
  readonly n: number;
  /** Seed of the generated class. */
  readonly seed: number;
  /** The problem's group size (default 4). */
  readonly groupSize?: number;
  /** Most pupils left in a power position, the most chosen ones (default 3). */
  readonly maxPowerful?: number;
  /** Id prefix (default `p`). */
  readonly prefix?: string;
}

/**
 * A seeded planning problem of a synthetic class (`generateClassSurvey` → `analyseSurvey` → `derivePlanningProblem`),
 * with at most `maxPowerful` pupils in a power position.
 */
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
