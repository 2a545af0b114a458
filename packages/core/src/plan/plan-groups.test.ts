import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages/format-message.ts';
import { generateClassProblem } from '../generate/generate-class-problem.ts';
import { compileGroupModel } from './group-model.ts';
import { groupSizes } from './group-sizes.ts';
import { planGroups, type GroupPlan } from './plan-groups.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { scoreGroups } from './score-groups.ts';

const REPRODUCIBLE = { timeLimit: 60_000, maxIterations: 1500 };

const classProblem = (seed: number, n: number) => generateClassProblem({ n, seed });

function expectFeasible(plan: GroupPlan): asserts plan is Extract<GroupPlan, { infeasible: false }> {
  if (plan.infeasible) throw new Error(`infeasible: ${plan.conflicts.map((c) => formatMessage(c.message, 'en')).join(' | ')}`);
}

describe('planGroups(problem, options) invariants on generated classes', () => {
  const cases = [[1, 30], [2, 24], [3, 32], [7, 21], [5, 28], [6, 26]] as const;
  it.each(cases)('seed %i, %i pupils: everyone placed once, sizes, apart pairs apart, vulnerable covered, score recomputes', (seed, n) => {
    const problem = classProblem(seed, n);
    const plan = planGroups(problem, { ...REPRODUCIBLE, seed });
    expectFeasible(plan);
    const placed = plan.groups.flat();
    expect(placed.sort()).toEqual(problem.pupils.map((p) => p.id).sort());
    expect(plan.groups.map((g) => g.length).sort()).toEqual(groupSizes(n, 4).sort());
    const model = compileGroupModel(problem);
    const groupOf = new Map(plan.groups.flatMap((g, k) => g.map((id) => [id, k] as const)));
    for (const [a, b] of [...(problem.negative ?? []), ...(problem.bullying ?? [])]) expect(groupOf.get(a)).not.toBe(groupOf.get(b));
    for (const p of problem.pupils.filter((q) => q.vulnerable)) {
      for (const q of problem.pupils.filter((r) => r.powerful && r.id !== p.id)) expect(groupOf.get(p.id)).not.toBe(groupOf.get(q.id));
      const i = model.index.get(p.id)!;
      if (model.mustCover[i]) expect(model.admissibleOf[i]!.some((j) => groupOf.get(model.pupils[j]!.id) === groupOf.get(p.id))).toBe(true);
    }
    const rescored = scoreGroups(problem, plan.groups, 4);
    expect(rescored.score).toBe(plan.score);
    expect(rescored.violations).toEqual([]);
  });

  it('answers a class the exact solver (HiGHS) proves infeasible with a conflict report, never a plan', () => {
    // generateClassProblem({n: 21, seed: 4}): HiGHS status "Infeasible" (packages/bench/src/exact/exact-groups.ts).
    const plan = planGroups(generateClassProblem({ n: 21, seed: 4 }), REPRODUCIBLE);
    expect(plan.infeasible).toBe(true);
    if (!plan.infeasible) return;
    expect(plan.conflicts[0]!.code).toBe('NO_PLAN_FOUND');
    expect(plan.conflicts.length).toBeGreaterThan(1);
  });

  it('same seed → same plan; another seed may differ but is as valid', () => {
    const problem = classProblem(1, 30);
    const a = planGroups(problem, { ...REPRODUCIBLE, seed: 7 });
    const b = planGroups(problem, { ...REPRODUCIBLE, seed: 7 });
    expectFeasible(a);
    expectFeasible(b);
    expect(b.groups).toEqual(a.groups);
  });

  it('rotation avoids last plan\'s pairs', () => {
    const problem = classProblem(5, 28);
    const first = planGroups(problem, REPRODUCIBLE);
    expectFeasible(first);
    const previousPairs = first.groups.flatMap((g) => g.flatMap((a, x) => g.slice(x + 1).map((b) => [a, b] as [string, string])));
    const again = planGroups({ ...problem, previousPairs }, { ...REPRODUCIBLE, rotation: true });
    expectFeasible(again);
    expect(again.evaluation.repeatedPairs).toBeLessThan(previousPairs.length / 3);
    expect(scoreGroups({ ...problem, previousPairs }, first.groups, 4).repeatedPairs).toBe(previousPairs.length);
  });
});

describe('planGroups on hand-made problems', () => {
  const pupils = (ids: string[], extra: Record<string, object> = {}) => ids.map((id) => ({ id, ...(extra[id] ?? {}) }));

  it('scoreGroups says each group\'s size in board order, and the sizes it should have', () => {
    const problem: PlanningProblem = { version: 1, pupils: pupils(['A', 'B', 'C', 'D', 'E']) };
    const sizes = scoreGroups(problem, [['A'], ['B', 'C', 'D', 'E']], 3).checks.find((c) => c.rule === 'SIZES')!;
    expect(sizes.met).toBe(false);
    expect(['nb', 'nn', 'en'].map((lang) => formatMessage(sizes.message, lang as 'nb' | 'nn' | 'en'))).toEqual([
      'Gruppe 1 har 1, gruppe 2 har 4 (skal være 3 og 2).',
      'Gruppe 1 har 1, gruppe 2 har 4 (skal vere 3 og 2).',
      'Group 1 has 1, group 2 has 4 (should be 3 and 2).',
    ]);
    expect(scoreGroups(problem, [['A', 'B'], ['C', 'D', 'E']], 3).checks.find((c) => c.rule === 'SIZES')!.met).toBe(true);
  });

  it('finds the optimum of a tiny class and explains each placement', () => {
    // Two mutual pairs and a one-way choice: optimum puts A+B and C+D together.
    const problem: PlanningProblem = {
      version: 1,
      pupils: pupils(['A', 'B', 'C', 'D'], { A: { vulnerable: true } }),
      positive: [['A', 'B'], ['B', 'A'], ['C', 'D'], ['D', 'C'], ['A', 'C']],
      groupSize: 2,
    };
    const plan = planGroups(problem, REPRODUCIBLE);
    expectFeasible(plan);
    expect(plan.groups).toEqual([['A', 'B'], ['C', 'D']]);
    // w(A,B) = 1·(1+1) + 1·1 + 1 = 4; w(C,D) = 1 + 1 + 1 = 3; covered: A, B, C, D → 4 × 3.
    expect(plan.score).toBe(4 + 3 + 12);
    const a = plan.evaluation.pupils.find((p) => p.pupil === 'A')!;
    expect(a).toMatchObject({ group: 0, withChosen: ['B'], chosenElsewhere: ['C'], covered: true });
    expect(a.rules.find((r) => r.rule === 'VULNERABLE_FRIEND')).toMatchObject({ met: true, message: { code: 'RULE_FRIEND_MET', facts: { name: 'A', friends: ['B'] } } });
  });

  it('never puts a reported bully with their victim, even against every friendship', () => {
    const problem: PlanningProblem = {
      version: 1,
      pupils: pupils(['A', 'B', 'C', 'D']),
      positive: [['A', 'B'], ['B', 'A']],
      bullying: [['A', 'B']],
      groupSize: 2,
    };
    const plan = planGroups(problem, REPRODUCIBLE);
    expectFeasible(plan);
    expect(plan.groups.some((g) => g.includes('A') && g.includes('B'))).toBe(false);
  });

  it.each([
    ['TOGETHER_APART', { together: [['A', 'B']], bullying: [['A', 'B']] }, ['A', 'B']],
    ['TOGETHER_TOO_LARGE', { together: [['A', 'B'], ['B', 'C']] }, ['A', 'B', 'C']],
    ['LOCK_CONFLICT', { together: [['A', 'B']], locks: { A: 1, B: 2 } }, ['A', 'B']],
    ['TOO_MANY_LOCKS', { locks: { A: 1, B: 2, C: 3 } }, ['A', 'B', 'C']],
    ['APART_FROM_TOO_MANY', { separate: [['A', 'B'], ['A', 'C'], ['A', 'D']] }, ['A']],
  ] as const)('answers an infeasible problem with a conflict report: %s', (code, extra, involved) => {
    const problem = { version: 1, pupils: pupils(['A', 'B', 'C', 'D']), groupSize: 2, ...extra } as PlanningProblem;
    const plan = planGroups(problem, REPRODUCIBLE);
    expect(plan.infeasible).toBe(true);
    if (!plan.infeasible) return;
    expect(plan.conflicts.map((c) => c.code)).toContain(code);
    expect(plan.conflicts.find((c) => c.code === code)!.pupils).toEqual(involved);
    expect(plan).not.toHaveProperty('groups');
  });

  it('reports when power positions leave no room for the vulnerable pupils', () => {
    const problem: PlanningProblem = {
      version: 1,
      pupils: pupils(['A', 'B', 'C', 'D', 'E', 'F'], { A: { powerful: true }, B: { powerful: true }, C: { vulnerable: true }, D: { vulnerable: true }, E: { vulnerable: true } }),
      groupSize: 2,
    };
    const plan = planGroups(problem, REPRODUCIBLE);
    expect(plan.infeasible && plan.conflicts[0]!.code).toBe('POWER_LEAVES_NO_ROOM');
  });

  it('tells the teacher when a vulnerable pupil\'s only friends are in a power position', () => {
    const problem: PlanningProblem = {
      version: 1,
      pupils: pupils(['Kari', 'Per', 'Ola', 'Åse'], { Kari: { vulnerable: true }, Per: { powerful: true } }),
      positive: [['Kari', 'Per']],
      groupSize: 2,
    };
    const plan = planGroups(problem, REPRODUCIBLE);
    expectFeasible(plan);
    expect(plan.notices).toEqual([expect.objectContaining({ code: 'NO_ADMISSIBLE_FRIEND', pupils: ['Kari', 'Per'] })]);
    expect(formatMessage(plan.notices[0]!.message, 'en')).toBe("Kari's only chosen friends (Per) are all in a power position, so none of them can be guaranteed in the group.");
  });

  it('respects locks and together pairs', () => {
    const problem: PlanningProblem = { version: 1, pupils: pupils(['A', 'B', 'C', 'D', 'E', 'F']), positive: [['A', 'B'], ['B', 'A']], together: [['A', 'F']], locks: { C: 0, D: 0 }, groupSize: 3 };
    const plan = planGroups(problem, REPRODUCIBLE);
    expectFeasible(plan);
    const groupOf = (id: string) => plan.groups.findIndex((g) => g.includes(id));
    expect(groupOf('A')).toBe(groupOf('F'));
    expect(groupOf('C')).toBe(groupOf('D'));
  });
});
