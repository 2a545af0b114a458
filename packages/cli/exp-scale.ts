import { generateCohortProblem, planClasses } from '@sociogram/core';
for (const n of [100, 300, 1000]) {
  const k = Math.max(2, Math.round(n / 25));
  const t = performance.now();
  const plan = planClasses(generateCohortProblem({ n, seed: 1, classCount: k }), { timeLimit: Number(process.env.LIMIT ?? 1000), maxIterations: 1e9 });
  console.log(n, k, plan.infeasible ? 'none' : plan.score, plan.stats.iterations, (performance.now() - t).toFixed(0), 'ms');
}
