/**
 * Writes fixtures/planning/classes/*.json: generated cohorts of 300 pupils into 10 classes with the best
 * class plan known — the best of several long planClasses runs (exact optima are out of reach at this size:
 * planning.md). `pnpm --filter @sociogram/cli best-known-classes`; an existing file's best known score only
 * ever rises (a better plan found now replaces it, a worse one leaves it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateCohortProblem, planClasses } from '@sociogram/core';
import { CLASSES_DIR } from './reference-instances.ts';

const RUNS = [1, 2, 3];
const SECONDS = 60;

mkdirSync(CLASSES_DIR, { recursive: true });
for (const seed of [1, 2, 3]) {
  const name = `cohort-n300-k10-s${seed}`;
  const file = `${CLASSES_DIR}${name}.json`;
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { bestKnown: number | null }) : null;
  const problem = generateCohortProblem({ n: 300, seed, classCount: 10 });
  let best: number | null = null;
  for (const run of RUNS) {
    const plan = planClasses(problem, { seed: run, timeLimit: SECONDS * 1000, maxIterations: 1e9 });
    if (!plan.infeasible && (best === null || plan.score > best)) best = plan.score;
  }
  if (earlier && earlier.bestKnown !== null && (best === null || best <= earlier.bestKnown)) {
    console.log(`${name}: best known ${earlier.bestKnown} kept (this run: ${best})`);
    continue;
  }
  writeFileSync(file, `${JSON.stringify({ name, source: `generateCohortProblem({ n: 300, seed: ${seed}, classCount: 10 })`, classCount: 10, problem, status: best === null ? 'NoPlanFound' : 'BestKnown', optimum: null, bestKnown: best, method: `best of planClasses seeds ${RUNS.join(', ')} × ${SECONDS} s` }, null, 1)}\n`);
  console.log(`${name}: best known ${best}`);
}
