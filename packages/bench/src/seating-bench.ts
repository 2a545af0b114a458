/** Seating: time of the exact desk-mate matching for 32 pupils (16 desks), and a full 4 × 4 pairs plan. */
import { createRoomLayout, generateClassProblem, planSeating } from '@sociogram/core';
import { compileGroupModel, deskPairs } from '@sociogram/core/internal';
import type { BenchRow } from './bench-row.ts';
import { measure } from './measure.ts';

export function seatingBench(): BenchRow[] {
  const problem = generateClassProblem({ n: 32, seed: 11 });
  const model = compileGroupModel(problem);
  const exact = measure(() => deskPairs(model, 16), 9, 2);
  const started = performance.now();
  const plan = planSeating(problem, createRoomLayout({ kind: 'pairs', rows: 4, desksPerRow: 4 }), { timeLimit: 1000, maxIterations: 1e9 });
  const planMs = performance.now() - started;
  return [
    { name: 'exact desk-mate matching, 32 pupils (blossom)', value: exact.median, unit: 'ms', target: 300 },
    { name: `seating plan 32 pupils, 4 × 4 desk pairs (${plan.infeasible ? 'no plan' : `score ${plan.score}, exact desk-mates ${plan.stats.exactDeskMates}`})`, value: planMs, unit: 'ms', target: null },
  ];
}
