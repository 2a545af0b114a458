import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages/format-message.ts';
import { generateCohortProblem } from '../generate/generate-cohort-problem.ts';
import { compileGroupModel } from './group-model.ts';
import { classSizes, planClasses } from './plan-classes.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { scoreClasses } from './score-classes.ts';

describe('classSizes(n, k)', () => {
  it('gives ⌊n/K⌋ or ⌈n/K⌉', () => {
    expect(classSizes(203, 8)).toEqual([26, 26, 26, 25, 25, 25, 25, 25]);
    expect(() => classSizes(10, 0)).toThrow('classCount');
  });
});

describe('planClasses(problem, options) with a bad time limit or step budget', () => {
  const problem = generateCohortProblem({ n: 100, seed: 1, classCount: 4 });

  it('refuses it before any work, naming the option', () => {
    expect(() => planClasses(problem, { timeLimit: 0 })).toThrow('timeLimit');
    expect(() => planClasses(problem, { timeLimit: Number.NaN })).toThrow('timeLimit');
    expect(() => planClasses(problem, { maxIterations: -1 })).toThrow('maxIterations');
  });
});

describe('planClasses(problem, options) on a generated cohort of 200 into 8', () => {
  const problem: PlanningProblem = { ...generateCohortProblem({ n: 200, seed: 1, classCount: 8 }), previousClassCap: 8 };
  const plan = planClasses(problem, { maxIterations: 400, timeLimit: 60_000, seed: 2 });

  it('meets every hard rule and reports the score scoreClasses recomputes', () => {
    if (plan.infeasible) throw new Error(plan.conflicts.map((c) => formatMessage(c.message, 'en')).join(' | '));
    expect(plan.classes.map((c) => c.length).sort()).toEqual(classSizes(200, 8).sort());
    expect(plan.classes.flat().sort()).toEqual(problem.pupils.map((p) => p.id).sort());
    const rescored = scoreClasses(problem, plan.classes);
    expect(rescored.violations).toEqual([]);
    expect(rescored.score).toBe(plan.score);
    const classOf = new Map(plan.classes.flatMap((c, k) => c.map((id) => [id, k] as const)));
    for (const [b, v] of problem.bullying ?? []) expect(classOf.get(b)).not.toBe(classOf.get(v));
    const vulnerable = new Set(problem.pupils.filter((p) => p.vulnerable).map((p) => p.id));
    for (const [from, to] of problem.negative ?? []) if (vulnerable.has(from)) expect(classOf.get(from)).not.toBe(classOf.get(to));
    for (const c of plan.classes) expect(Math.max(...['6A', '6B', '6C', '6D', '6E', '6F', '6G', '6H'].map((pc) => c.filter((id) => problem.pupils.find((p) => p.id === id)!.previousClass === pc).length))).toBeLessThanOrEqual(8);
  });

  it('reports the per-pupil guarantees', () => {
    if (plan.infeasible) return;
    const model = compileGroupModel(problem, 'classes');
    expect(plan.guarantees.vulnerable).toBe(problem.pupils.filter((p) => p.vulnerable).length);
    expect(plan.guarantees.withChosenFriend).toBe(plan.guarantees.withAdmissibleFriend);
    expect(plan.guarantees.withAdmissibleFriend).toBe(model.pupils.filter((p, i) => p.vulnerable && model.admissibleOf[i]!.length > 0).length);
    expect(plan.guarantees.withMutualFriend).toBeLessThanOrEqual(plan.guarantees.withMutualFriendInCohort);
  });

  it('keeps apart only the negative nominations a vulnerable pupil made; other negatives cost 1 each', () => {
    const tiny: PlanningProblem = {
      version: 1,
      pupils: [{ id: 'A', vulnerable: true }, { id: 'B' }, { id: 'C' }, { id: 'D' }, { id: 'E' }, { id: 'F' }],
      negative: [['A', 'B'], ['C', 'D']],
      positive: [['C', 'D'], ['D', 'C']],
      classCount: 2,
    };
    const result = planClasses(tiny, { maxIterations: 200, timeLimit: 60_000 });
    if (result.infeasible) throw new Error('expected a plan');
    // C and D like each other (w = 3) but C rather not with D (−1): together is still worth 2.
    const classOf = new Map(result.classes.flatMap((c, k) => c.map((id) => [id, k] as const)));
    expect(classOf.get('A')).not.toBe(classOf.get('B'));
    expect(classOf.get('C')).toBe(classOf.get('D'));
    expect(result.score).toBe(3 - 1 + 3 * 2);
  });
});

describe('class plans speak of classes, not groups', () => {
  const pupils = ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => ({ id, name: id, vulnerable: id === 'A' }));

  it('in conflict reports', () => {
    const problem: PlanningProblem = { version: 1, pupils, positive: [['A', 'B']], locks: { A: 0, B: 1 }, classCount: 2 };
    const plan = planClasses(problem, { maxIterations: 50, timeLimit: 60_000 });
    if (!plan.infeasible) throw new Error('expected a conflict');
    expect(formatMessage(plan.conflicts[0]!.message, 'en')).toBe('A is vulnerable and needs a chosen friend in the class, but B is locked or tied to other classes.');
    expect(formatMessage(plan.conflicts[0]!.message, 'nb')).toContain('i klassen');
  });

  it('when a pupil must be kept apart from too many', () => {
    const problem: PlanningProblem = { version: 1, pupils, separate: [['A', 'B'], ['A', 'C'], ['A', 'D'], ['A', 'E']], classCount: 2 };
    const plan = planClasses(problem, { maxIterations: 50, timeLimit: 60_000 });
    if (!plan.infeasible) throw new Error('expected a conflict');
    const apart = plan.conflicts.find((c) => c.code === 'APART_FROM_TOO_MANY')!;
    expect(formatMessage(apart.message, 'en')).toBe('A must be kept apart from 4 of 5 other pupils in the cohort; too few are left for a class of 3.');
    expect(formatMessage(apart.message, 'nb')).toBe('A skal holdes fra 4 av 5 andre elever i kullet; det er for få igjen til en klasse på 3.');
  });

  it('in rule checks', () => {
    const problem: PlanningProblem = { version: 1, pupils, bullying: [['C', 'D']], classCount: 2 };
    const texts = scoreClasses(problem, [['A', 'B', 'C'], ['D', 'E', 'F']]).checks.map((c) => formatMessage(c.message, 'en'));
    expect(texts).toContain('C and D are in different classes (reported bullying).');
    const broken = scoreClasses(problem, [['A', 'C', 'D'], ['B', 'E', 'F']]).violations.map((v) => v.message);
    expect(broken.map((m) => formatMessage(m, 'en'))).toContain('C and D share a class but must be kept apart (reported bullying).');
    expect(broken.map((m) => formatMessage(m, 'nb'))).toContain('C og D er i samme klasse, men skal holdes fra hverandre (meldt mobbing).');
  });
});
