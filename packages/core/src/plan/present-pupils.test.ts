import { describe, expect, it } from 'vitest';
import type { PlanningProblem } from './planning-problem.ts';
import { insertPupil, withoutPupils } from './present-pupils.ts';
import { scoreGroups } from './score-groups.ts';

const problem: PlanningProblem = {
  version: 1,
  pupils: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => ({ id, vulnerable: id === 'h' })),
  positive: [['a', 'b'], ['b', 'a'], ['h', 'c'], ['e', 'f']],
  bullying: [['d', 'h']],
  separate: [['a', 'h']],
  locks: { h: 1, a: 0 },
};

describe('withoutPupils(problem, absent)', () => {
  it('drops the absent pupils and every pair and lock that names them', () => {
    const p = withoutPupils(problem, new Set(['h']));
    expect(p.pupils.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(p.positive).toEqual([['a', 'b'], ['b', 'a'], ['e', 'f']]);
    expect(p.bullying).toEqual([]);
    expect(p.separate).toEqual([]);
    expect(p.locks).toEqual({ a: 0 });
    expect(withoutPupils(problem, new Set())).toBe(problem);
  });
});

describe('insertPupil(problem, groups, pupil)', () => {
  it('puts the returning pupil where every rule holds, moving nobody else', () => {
    const groups = [['a', 'b', 'd', 'g'], ['c', 'e', 'f']];
    const result = insertPupil(problem, groups, 'h', 4);
    // h must not join d (reported bullying) or a (kept apart), and needs c (the friend h chose): group 2.
    expect(result.moves).toEqual([{ pupil: 'h', from: null, to: 1 }]);
    expect(result.violations).toBe(0);
    expect(result.groups[1]).toContain('h');
  });

  it('swaps two other pupils when no group can take the pupil as it stands and no single move helps', () => {
    // c (h's only friend) sits with d, who is reported as bullying h; the groups are full but for that one.
    const groups = [['a', 'b', 'g', 'e'], ['c', 'd', 'f']];
    const result = insertPupil({ ...problem, locks: {} }, groups, 'h', 4);
    expect(result.violations).toBe(0);
    expect(result.moves).toHaveLength(3);
    expect(scoreGroups({ ...problem, locks: {} }, result.groups, 4).violations).toEqual([]);
    const hGroup = result.groups.find((g) => g.includes('h'))!;
    expect(hGroup).toContain('c');
    expect(hGroup).not.toContain('d');
  });
});
