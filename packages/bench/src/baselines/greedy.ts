/**
 * Baseline: greedy construction. Pupils are placed one at a time — vulnerable pupils first, then by how many
 * pupils they must be kept apart from — each into the group with room where it adds the most score and
 * breaks the fewest rules (as GroupState counts them). No improvement afterwards.
 */
import { GroupState, type GroupModel } from '@sociogram/core/internal';
import type { BaselineResult } from './baseline-result.ts';

export function greedy(model: GroupModel, sizes: readonly number[]): BaselineResult {
  const { n } = model;
  const apartCount = (i: number) => model.pupils.reduce((sum, _, j) => sum + model.apart[i * n + j]!, 0);
  const order = [...Array(n).keys()].sort((a, b) => Number(model.pupils[b]!.vulnerable) - Number(model.pupils[a]!.vulnerable) || apartCount(b) - apartCount(a));
  const group = new Int32Array(n).fill(-1);
  const free = [...sizes];
  for (const i of order) {
    let best = -1;
    let bestValue = -Infinity;
    for (let g = 0; g < sizes.length; g++) {
      if (free[g]! <= 0) continue;
      let value = 0;
      for (let j = 0; j < n; j++) {
        if (group[j] !== g) continue;
        value += model.weight[i * n + j]! - 100 * model.apart[i * n + j]! + 3 * (model.admissible[i * n + j]! + model.admissible[j * n + i]!);
      }
      if (value > bestValue) {
        bestValue = value;
        best = g;
      }
    }
    group[i] = best;
    free[best]!--;
  }
  const state = new GroupState(model, group, sizes.length, Math.max(...sizes));
  return state.violations < 1e-9 ? { score: state.score, violations: 0 } : { score: null, violations: state.violations };
}
