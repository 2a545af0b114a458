/** Baseline: random group assignments, keeping the best one that meets every hard rule, until the time runs out. */
import { createRng } from '@sociogram/core';
import { GroupState, randomAssignment, type GroupModel } from '@sociogram/core/internal';
import type { BaselineResult } from './baseline-result.ts';

export function randomFeasible(model: GroupModel, sizes: readonly number[], timeLimit: number, seed: number): BaselineResult {
  const rng = createRng(seed);
  const started = performance.now();
  let best: BaselineResult = { score: null, violations: Infinity };
  while (performance.now() - started < timeLimit) {
    const state = new GroupState(model, randomAssignment(model, sizes, rng), sizes.length, Math.max(...sizes));
    if (state.violations < 1e-9 && (best.score === null || state.score > best.score)) best = { score: state.score, violations: 0 };
    else if (best.score === null && state.violations < best.violations) best = { score: null, violations: state.violations };
  }
  return best;
}
