/**
 * Baseline in the style of CATME Team-Maker (Layton, Loughry, Ohland & Ricco 2010): start from random
 * groups and swap pairs of pupils while a swap raises the lowest group's score (max-min, breaking ties by the
 * total), with rule violations as a large penalty; random restarts until the time runs out.
 */
import { createRng, randomInt } from '@sociogram/core';
import { randomAssignment, type GroupModel, GroupState } from '@sociogram/core/internal';
import type { BaselineResult } from './baseline-result.ts';

function groupScores(model: GroupModel, group: Int32Array, m: number): number[] {
  const { n } = model;
  const scores = new Array<number>(m).fill(0);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (group[i] === group[j]) scores[group[i]!]! += model.weight[i * n + j]!;
  return scores;
}

export function catmeSwap(model: GroupModel, sizes: readonly number[], timeLimit: number, seed: number): BaselineResult {
  const rng = createRng(seed);
  const m = sizes.length;
  const started = performance.now();
  let best: BaselineResult = { score: null, violations: Infinity };
  const value = (group: Int32Array) => {
    const state = new GroupState(model, group, m, Math.max(...sizes));
    return { key: Math.min(...groupScores(model, group, m)) - 1000 * state.violations, total: state.score, violations: state.violations };
  };
  while (performance.now() - started < timeLimit) {
    const group = randomAssignment(model, sizes, rng);
    let current = value(group);
    let improved = true;
    while (improved && performance.now() - started < timeLimit) {
      improved = false;
      for (let t = 0; t < model.n * 4; t++) {
        const i = randomInt(rng, model.n);
        const j = randomInt(rng, model.n);
        if (group[i] === group[j] || model.lock[i]! >= 0 || model.lock[j]! >= 0) continue;
        [group[i], group[j]] = [group[j]!, group[i]!];
        const next = value(group);
        if (next.key > current.key || (next.key === current.key && next.total > current.total)) {
          current = next;
          improved = true;
        } else [group[i], group[j]] = [group[j]!, group[i]!];
      }
    }
    if (current.violations < 1e-9 && (best.score === null || current.total > best.score)) best = { score: current.total, violations: 0 };
    else if (best.score === null && current.violations < best.violations) best = { score: null, violations: current.violations };
  }
  return best;
}
