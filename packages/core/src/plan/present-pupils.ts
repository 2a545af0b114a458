/**
 * Planning for the pupils who are here today: withoutPupils(problem, absent) drops absent pupils and every pair,
 * lock and previous pair that names them (their rules stay on file in the full problem);
 * insertPupil(problem, groups, pupil) puts a returning pupil into a plan with the fewest moves that keep every
 * rule — into a group as it stands when that keeps every rule, else with one other pupil moved, else with a swap.
 */
import type { PlanningProblem, PupilPair } from './planning-problem.ts';
import { compileGroupModel } from './group-model.ts';
import { scoreGroupsWithModel } from './score-groups.ts';

/** The problem without the `absent` pupils and every pair, lock and previous pair that names them. */
export function withoutPupils(problem: PlanningProblem, absent: ReadonlySet<string>): PlanningProblem {
  if (absent.size === 0) return problem;
  const keep = (pairs: readonly PupilPair[] | undefined) => pairs?.filter(([a, b]) => !absent.has(a) && !absent.has(b));
  const locks = problem.locks ? Object.fromEntries(Object.entries(problem.locks).filter(([id]) => !absent.has(id))) : undefined;
  return {
    ...problem,
    pupils: problem.pupils.filter((p) => !absent.has(p.id)),
    ...(problem.positive ? { positive: keep(problem.positive)! } : {}),
    ...(problem.negative ? { negative: keep(problem.negative)! } : {}),
    ...(problem.bullying ? { bullying: keep(problem.bullying)! } : {}),
    ...(problem.separate ? { separate: keep(problem.separate)! } : {}),
    ...(problem.together ? { together: keep(problem.together)! } : {}),
    ...(problem.previousPairs ? { previousPairs: keep(problem.previousPairs)! } : {}),
    ...(locks ? { locks } : {}),
  };
}

/** One pupil moved by `insertPupil`, by group index. */
export interface PupilMove {
  readonly pupil: string;
  /** Group index before, or null for the returning pupil. */
  readonly from: number | null;
  readonly to: number;
}

/** What `insertPupil` returns: the new groups, the moves that made them, the rules they break and their score. */
export interface Insertion {
  readonly groups: string[][];
  /** The returning pupil's placement first, then any other pupil moved. */
  readonly moves: readonly PupilMove[];
  /** Rules broken by the result (0 when a placement keeps every rule). */
  readonly violations: number;
  readonly score: number;
}

/**
 * `problem` holds the pupils of `groups` and the returning `pupil` (e.g. withoutPupils with the pupil no longer
 * absent). Tries every group as it stands; when none keeps every rule, every group with one other pupil moved;
 * then with two pupils of different groups swapped. The first of these steps that keeps every rule gives the
 * answer (its best-scoring placement); when none does, the placement with the fewest broken rules.
 */
export function insertPupil(problem: PlanningProblem, groups: readonly (readonly string[])[], pupil: string, groupSize = problem.groupSize ?? 4): Insertion {
  const model = compileGroupModel(problem);
  let best: Insertion | null = null;
  const consider = (candidate: string[][], moves: PupilMove[]) => {
    const evaluation = scoreGroupsWithModel(model, candidate, groupSize);
    const result = { groups: candidate, moves, violations: evaluation.violations.length, score: evaluation.score };
    if (best === null || result.violations < best.violations || (result.violations === best.violations && result.moves.length < best.moves.length)
      || (result.violations === best.violations && result.moves.length === best.moves.length && result.score > best.score)) best = result;
  };
  const done = () => best !== null && best.violations === 0;
  const placements = groups.map((_, to) => ({ to, placed: groups.map((g, k) => (k === to ? [...g, pupil] : [...g])) }));
  for (const { to, placed } of placements) consider(placed, [{ pupil, from: null, to }]);
  if (done()) return best!;
  for (const { to, placed } of placements) {
    placed.forEach((members, from) => {
      for (const other of members) {
        if (other === pupil) continue;
        placed.forEach((_, target) => {
          if (target === from) return;
          const moved = placed.map((g, k) => (k === from ? g.filter((id) => id !== other) : k === target ? [...g, other] : g));
          consider(moved, [{ pupil, from: null, to }, { pupil: other, from, to: target }]);
        });
      }
    });
  }
  if (done()) return best!;
  for (const { to, placed } of placements) {
    for (let g1 = 0; g1 < placed.length; g1++) {
      for (let g2 = g1 + 1; g2 < placed.length; g2++) {
        for (const x of placed[g1]!) {
          if (x === pupil) continue;
          for (const y of placed[g2]!) {
            if (y === pupil) continue;
            const swapped = placed.map((g, k) => (k === g1 ? g.map((id) => (id === x ? y : id)) : k === g2 ? g.map((id) => (id === y ? x : id)) : g));
            consider(swapped, [{ pupil, from: null, to }, { pupil: x, from: g1, to: g2 }, { pupil: y, from: g2, to: g1 }]);
          }
        }
      }
    }
  }
  return best!;
}
