/**
 * The pupil pairs who share a group in a plan — what rotation avoids next time (`previousPairs`) and what
 * "another suggestion" steers away from.
 */
import type { PupilPair } from './planning-problem.ts';

/** Every pair of pupils who share a group, e.g. a plan's pairs to give the next plan as `previousPairs`. */
export function pairsOf(groups: readonly (readonly string[])[]): PupilPair[] {
  const pairs: PupilPair[] = [];
  for (const group of groups) for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) pairs.push([group[a]!, group[b]!]);
  return pairs;
}
