/**
 * Writes fixtures/planning/classes/*.json: generated cohorts of 300 pupils into 10 classes with the best
 * class plan known — the best of several long planClasses runs (exact optima are out of reach at this size:
 * planning.md). `pnpm --filter @sociogram/cli best-known-classes`; existing files are kept.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { generateCohortProblem, planClasses } from '@sociogram/core';
import { CLASSES_DIR } from './reference-instances.ts';

const RUNS = [1, 2, 3];
const SECONDS = 20;

mkdirSync(CLASSES_DIR, { recursive: true });
for (const seed of [1, 2, 3]) {
  const name = `cohort-n300-k10-s${seed}`;
  const file = `${CLASSES_DIR}${name}.json`;
  if (existsSync(file)) continue;
  const problem = generateCohortProblem({ n: 300, seed, classCount: 10 });
  let best: number | null = null;
  for (const run of RUNS) {
    const plan = planClasses(problem, { seed: run, timeLimit: SECONDS * 1000, maxIterations: 1e9 });
    if (!plan.infeasible && (best === null || plan.score > best)) best = plan.score;
  }
  writeFileSync(file, `${JSON.stringify({ name, source: `generateCohortProblem({ n: 300, seed: ${seed}, classCount: 10 })`, classCount: 10, problem, status: best === null ? 'NoPlanFound' : 'BestKnown', optimum: null, bestKnown: best, method: `best of planClasses seeds ${RUNS.join(', ')} × ${SECONDS} s` }, null, 1)}\n`);
  console.log(`${name}: best known ${best}`);
}
