import { describe, expect, it } from 'vitest';
import { generateCohortProblem } from '../generate/generate-cohort-problem.ts';
import { bestDivision } from './best-division.ts';
import { compileGroupModel, type GroupModel } from './group-model.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { COVERAGE_BONUS } from './score-groups.ts';

/** The class score of a division (pairs and coverage, planning.md), −∞ when it breaks an apart, together or friend rule. */
function divisionScore(model: GroupModel, block: ArrayLike<number>): number {
  const { n } = model;
  let score = 0;
  for (let i = 0; i < n; i++) {
    const covered = model.admissibleOf[i]!.some((j) => block[j] === block[i]);
    if (covered) score += COVERAGE_BONUS;
    else if (model.mustCover[i]) return -Infinity;
    for (let j = i + 1; j < n; j++) {
      const same = block[i] === block[j];
      if ((same && model.apart[i * n + j]) || (!same && model.together[i * n + j])) return -Infinity;
      if (same) score += model.weight[i * n + j]!;
    }
  }
  return score;
}

/** Every division of 0 … n−1 into groups, as a group number per pupil (restricted growth strings). */
function* divisions(n: number): Generator<Int32Array> {
  const label = new Int32Array(n);
  const walk = function* (k: number, used: number): Generator<Int32Array> {
    if (k === n) {
      yield label;
      return;
    }
    for (let g = 0; g <= used; g++) {
      label[k] = g;
      yield* walk(k + 1, Math.max(used, g + 1));
    }
  };
  yield* walk(0, 0);
}

describe('bestDivision(model, seed)', () => {
  // Two circles with a bullying pair, a vulnerable pupil's negative nomination, an ordinary negative
  // nomination and a together rule; I has no ties.
  const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
  const problem: PlanningProblem = {
    version: 1,
    pupils: ids.map((id) => ({ id, vulnerable: id === 'C' || id === 'E' })),
    positive: [['A', 'B'], ['B', 'A'], ['B', 'C'], ['C', 'A'], ['C', 'D'], ['D', 'E'], ['E', 'D'], ['E', 'A'], ['A', 'D'], ['F', 'G'], ['G', 'H'], ['H', 'F'], ['H', 'G']],
    negative: [['D', 'B'], ['E', 'B']],
    bullying: [['A', 'C']],
    together: [['F', 'H']],
  };
  const model = compileGroupModel(problem, 'classes');
  const block = bestDivision(model, 1);
  const of = (id: string) => block[model.index.get(id)!];

  it('scores as well as the best of all 21,147 divisions of the nine pupils', () => {
    let best = -Infinity;
    let count = 0;
    for (const division of divisions(model.n)) {
      count++;
      best = Math.max(best, divisionScore(model, division));
    }
    expect(count).toBe(21147);
    expect(divisionScore(model, block)).toBe(best);
  });

  it('keeps the bully and the bullied pupil apart, the together pair together, and the pupil without ties alone', () => {
    expect(of('A')).not.toBe(of('C'));
    expect(of('F')).toBe(of('H'));
    expect(ids.filter((id) => of(id) === of('I'))).toEqual(['I']);
    expect(new Set(['A', 'B', 'C', 'D', 'E'].map(of)).has(of('F'))).toBe(false);
  });

  it('leaves each circle of friends whole when the deadline has already passed', () => {
    const whole = bestDivision(model, 1, performance.now() - 1);
    const at = (id: string) => whole[model.index.get(id)!];
    expect(new Set(['A', 'B', 'C', 'D', 'E'].map(at)).size).toBe(1);
    expect(new Set(['F', 'G', 'H'].map(at)).size).toBe(1);
    expect(new Set(whole).size).toBe(3);
  });

  it('is the same for the same seed', () => {
    expect(bestDivision(model, 1)).toEqual(block);
  });

  it('on a generated cohort of 200, meets every rule it keeps and cuts each previous class into a few pieces', () => {
    const cohort = compileGroupModel(generateCohortProblem({ n: 200, seed: 2, classCount: 8 }), 'classes');
    const division = bestDivision(cohort, 1);
    expect(divisionScore(cohort, division)).toBeGreaterThan(0);
    const pieces = new Set(division).size;
    expect(pieces).toBeGreaterThan(cohort.previousClasses.length);
    expect(pieces).toBeLessThan(cohort.n / 3);
    // No piece spans two previous classes: they share no ties.
    for (const b of new Set(division)) {
      const from = new Set(cohort.pupils.map((_, i) => i).filter((i) => division[i] === b).map((i) => cohort.previousClassOf[i]));
      expect(from.size).toBe(1);
    }
  });
});
