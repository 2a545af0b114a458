/**
 * Desk-mates solved exactly: a maximum-weight perfect matching (Edmonds' blossom algorithm) over the pupils
 * and empty seats. A pair's weight is its seating value as desk-mates — w(i, j) plus the coverage bonus for
 * each pupil whose admissible friend it is — plus a large bonus when it covers a vulnerable pupil, so every
 * vulnerable pupil who can sit with a chosen friend does. Pairs in the apart set are never matched.
 */
import { maxWeightMatching } from './max-weight-matching.ts';
import type { GroupModel } from './group-model.ts';
import { COVERAGE_BONUS } from './score-groups.ts';

const MUST_COVER_BONUS = 1000;

/** Pupil pairs for `desks` desks (index −1 = empty seat), or null when no matching keeps apart pairs apart. */
export function deskPairs(model: GroupModel, desks: number): [number, number][] | null {
  const { n } = model;
  const slots = desks * 2;
  if (slots < n) return null;
  const edges: [number, number, number][] = [];
  const base = 1 + MUST_COVER_BONUS * 4;
  for (let i = 0; i < slots; i++) {
    for (let j = i + 1; j < slots; j++) {
      if (i >= n || j >= n) {
        edges.push([i, j, base]);
        continue;
      }
      if (model.apart[i * n + j]) continue;
      const aij = model.admissible[i * n + j]!;
      const aji = model.admissible[j * n + i]!;
      const value = model.weight[i * n + j]! + COVERAGE_BONUS * (aij + aji) + MUST_COVER_BONUS * (model.mustCover[i]! * aij + model.mustCover[j]! * aji);
      edges.push([i, j, base + value]);
    }
  }
  const mate = maxWeightMatching(edges, true);
  const pairs: [number, number][] = [];
  for (let i = 0; i < slots; i++) {
    const j = mate[i] ?? -1;
    if (j < 0) return null;
    if (i < j) pairs.push([i < n ? i : -1, j < n ? j : -1]);
  }
  return pairs.length === desks ? pairs : null;
}
