import { generateCohortProblem, compileGroupModel, bestDivision } from '@sociogram/core';
for (const n of [300, 1000]) {
  const k = Math.max(2, Math.round(n / 25));
  let t = performance.now();
  const model = compileGroupModel(generateCohortProblem({ n, seed: 1, classCount: k }), 'classes');
  const compile = performance.now() - t;
  t = performance.now();
  bestDivision(model, 1, t + 200);
  const d1 = performance.now() - t;
  t = performance.now();
  bestDivision(model, 1);
  console.log(n, `compile ${compile.toFixed(0)} ms, division with 200 ms deadline ${d1.toFixed(0)} ms, without ${(performance.now() - t).toFixed(0)} ms`);
}
