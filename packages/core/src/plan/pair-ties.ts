/**
 * pairTies(model): per pupil, the other pupils with any pair entry towards them — weight, apart, together,
 * admissible nominee or previous partner. Only these pupils' tallies change when that pupil moves.
 */
import type { GroupModel } from './group-model.ts';

const tiesCache = new WeakMap<GroupModel, readonly Int32Array[]>();

/** Per pupil `pupil`, the other pupils `other` with a weight, apart, together, admissible or previous entry at (other, pupil); cached per model. */
export function pairTies(model: GroupModel): readonly Int32Array[] {
  let ties = tiesCache.get(model);
  if (ties) return ties;
  const { n, weight, apart, together, admissible, previous } = model;
  ties = Array.from({ length: n }, (_, pupil) => {
    const list: number[] = [];
    for (let other = 0; other < n; other++) {
      const row = other * n + pupil;
      if (other !== pupil && (weight[row] !== 0 || apart[row] || together[row] || admissible[row] || previous[row])) list.push(other);
    }
    return Int32Array.from(list);
  });
  tiesCache.set(model, ties);
  return ties;
}
