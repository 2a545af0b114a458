import { describe, expect, it } from 'vitest';
import { scoreClasses, type PlanningProblem } from '@sociogram/core';
import { compileGroupModel } from '@sociogram/core/internal';
import { classesUpperBound, tiedParts } from './classes-upper-bound.ts';

const pupil = (id: string, extra: Partial<PlanningProblem['pupils'][number]> = {}) => ({ id, name: id, gender: id < 'e' ? 'f' : 'm', ...extra });

/** Two circles: a–e (with bullying, negative nominations and a vulnerable pupil) and f–h; i has no ties. */
const problem: PlanningProblem = {
  version: 1,
  pupils: [pupil('a'), pupil('b'), pupil('c', { vulnerable: true }), pupil('d'), pupil('e', { vulnerable: true }), pupil('f'), pupil('g'), pupil('h'), pupil('i')],
  positive: [['a', 'b'], ['b', 'a'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'd'], ['e', 'a'], ['f', 'g'], ['g', 'h'], ['h', 'f'], ['h', 'g']],
  negative: [['d', 'b'], ['e', 'b']],
  bullying: [['a', 'c']],
  together: [['f', 'h']],
};

/** Every way to divide the pupils into non-empty groups (restricted growth strings). */
function* setPartitions(ids: readonly string[]): Generator<string[][]> {
  const label = new Array<number>(ids.length).fill(0);
  const walk = function* (k: number, used: number): Generator<string[][]> {
    if (k === ids.length) {
      yield Array.from({ length: used }, (_, g) => ids.filter((_, i) => label[i] === g));
      return;
    }
    for (let g = 0; g <= used; g++) {
      label[k] = g;
      yield* walk(k + 1, Math.max(used, g + 1));
    }
  };
  yield* walk(0, 0);
}

/** Rules the bound keeps; the others (sizes, balance, caps) it leaves out. */
const KEPT = new Set(['APART', 'TOGETHER', 'LOCK', 'VULNERABLE_FRIEND']);

describe('classesUpperBound', () => {
  it('splits the cohort into the pupils tied to each other by weights, admissible choices and together rules', () => {
    const ids = problem.pupils.map((p) => p.id);
    expect(tiedParts(compileGroupModel(problem, 'classes')).map((part) => part.map((i) => ids[i]))).toEqual([['a', 'b', 'c', 'd', 'e'], ['f', 'g', 'h'], ['i']]);
  });

  it('equals the best score over every division into groups that keeps the apart, together and friend rules', async () => {
    const ids = problem.pupils.map((p) => p.id);
    let best = -Infinity;
    let divisions = 0;
    for (const classes of setPartitions(ids)) {
      divisions++;
      const score = scoreClasses(problem, classes);
      if (score.violations.every((v) => !KEPT.has(v.rule))) best = Math.max(best, score.score);
    }
    expect(divisions).toBe(21147); // Bell(9)
    const result = await classesUpperBound(problem);
    expect(result.parts.map((p) => p.status)).toEqual(['Optimal', 'Optimal', 'Optimal']);
    expect(result.bound).toBe(best);
  });

  it('is the sum of the parts, a pupil with no ties adding 0', async () => {
    const result = await classesUpperBound(problem);
    expect(result.parts.map((p) => p.pupils)).toEqual([['a', 'b', 'c', 'd', 'e'], ['f', 'g', 'h'], ['i']]);
    expect(result.bound).toBe(result.parts.reduce((sum, p) => sum + p.optimum!, 0));
    expect(result.parts[2]!.optimum).toBe(0);
  });
});
