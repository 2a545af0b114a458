/**
 * A seeded cohort for class composition: several generated classes of about 25 (their pupils' previous
 * class), merged, with a level 1–5 per pupil. Friendships stay within the previous classes, as they mostly do.
 */
import { createRng, randomInt } from '../random/create-rng.ts';
import type { PlanningProblem } from '../plan/planning-problem.ts';
import { generateClassProblem } from './generate-class-problem.ts';

/** Options of `generateCohortProblem`: pupils, seed and the number of new classes. */
export interface GenerateCohortOptions {
  /** Pupils in the cohort. */
  readonly n: number;
  /** Seed of the generated cohort. */
  readonly seed: number;
  /** The problem's number of new classes. */
  readonly classCount: number;
}

/**
 * A seeded class-composition problem: synthetic classes of about 25 merged into one cohort of `n` pupils, each with a
 * previous class and a level 1–5.
 */
export function generateCohortProblem(options: GenerateCohortOptions): PlanningProblem {
  const rng = createRng(options.seed);
  const parts = Math.max(1, Math.round(options.n / 25));
  const problems = Array.from({ length: parts }, (_, c) => {
    const size = Math.floor(options.n / parts) + (c < options.n % parts ? 1 : 0);
    return generateClassProblem({ n: size, seed: options.seed * 1000 + c, prefix: `c${c + 1}p`, maxPowerful: 2 });
  });
  const merge = (field: 'positive' | 'negative' | 'bullying') => problems.flatMap((p) => p[field] ?? []);
  return {
    version: 1,
    pupils: problems.flatMap((p, c) => p.pupils.map((pupil) => ({ ...pupil, previousClass: `6${String.fromCharCode(65 + c)}`, level: 1 + randomInt(rng, 5) }))),
    positive: merge('positive'),
    negative: merge('negative'),
    bullying: merge('bullying'),
    classCount: options.classCount,
  };
}
