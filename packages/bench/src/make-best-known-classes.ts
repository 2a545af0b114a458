/**
 * Writes fixtures/planning/classes/*.json: generated cohorts of 300 pupils into 10 classes with the best
 * class plan known — the best of several long planClasses runs (exact optima are out of reach at this size:
 * planning.md), stored with the plan itself so anyone can check it (`best-known-classes.test.ts`). The runs
 * are bounded by steps, not time, so they give the same plans on any machine.
 * `pnpm --filter @sociogram/bench best-known-classes [cohort …]` (default: cohorts 1, 2, 3); a stored best known
 * plan is only ever replaced by a better one.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateCohortProblem, planClasses } from '@sociogram/core';
import { CLASSES_DIR, classesStatus, type StoredInstance } from './reference-instances.ts';

/** Long runs (steps of 3,000 moves: about a minute each on the machine in docs/benchmarks.md) and many short ones. */
const RUNS = [...[1, 2, 3].map((seed) => ({ seed, steps: 40_000 })), ...Array.from({ length: 30 }, (_, k) => ({ seed: k + 1, steps: 3_000 }))];
const METHOD = 'best of planClasses seeds 1–3 × 40,000 steps and seeds 1–30 × 3,000 steps';

mkdirSync(CLASSES_DIR, { recursive: true });
const cohorts = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1, 2, 3];
for (const cohort of cohorts) {
  const name = `cohort-n300-k10-s${cohort}`;
  const file = `${CLASSES_DIR}${name}.json`;
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StoredInstance) : null;
  const problem = generateCohortProblem({ n: 300, seed: cohort, classCount: 10 });
  let best: { score: number; classes: readonly (readonly string[])[]; seed: number; steps: number } | null = null;
  for (const { seed, steps } of RUNS) {
    const plan = planClasses(problem, { seed, timeLimit: 1e9, maxIterations: steps });
    if (!plan.infeasible && (best === null || plan.score > best.score)) best = { score: plan.score, classes: plan.classes, seed, steps };
    console.log(`${name} seed ${seed} × ${steps} steps: ${plan.infeasible ? 'no plan' : plan.score}`);
  }
  // A stored score only stands with its plan: one that cannot be checked is replaced.
  if (earlier?.bestPlan && (best === null || best.score <= earlier.bestKnown!)) {
    console.log(`${name}: best known ${earlier.bestKnown} kept (these runs: ${best?.score ?? 'no plan'})`);
    continue;
  }
  const instance: StoredInstance = {
    name,
    source: `generateCohortProblem({ n: 300, seed: ${cohort}, classCount: 10 })`,
    classCount: 10,
    problem,
    ...classesStatus(best?.score, earlier?.upperBound),
    bestKnown: best?.score ?? null,
    method: best === null ? `${METHOD}: no plan` : `planClasses seed ${best.seed} × ${best.steps} steps (${METHOD})`,
    bestPlan: best?.classes ?? null,
    // The bound does not depend on the plan (make-classes-bounds.ts).
    upperBound: earlier?.upperBound,
    upperBoundMethod: earlier?.upperBoundMethod,
  };
  writeFileSync(file, `${JSON.stringify(instance, null, 1)}\n`);
  console.log(`${name}: best known ${instance.bestKnown}`);
}
