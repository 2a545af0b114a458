import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages/format-message.ts';
import { analyseSurvey } from '../analyse/analyse-survey.ts';
import type { Survey } from '../survey/survey.ts';
import { classGuarantees } from './class-guarantees.ts';
import { cohortPupilId, deriveCohortProblem, splitCohortPupilId, type CohortClass } from './derive-cohort-problem.ts';
import { scoreClasses } from './score-classes.ts';

/** A class of four: A↔B friends, C→D, D named C on a bully question; A and C girls; B needs support. */
function survey(): Survey {
  return {
    pupils: [
      { id: 'A', name: 'Ada', attributes: { kjønn: 'jente' } },
      { id: 'B', name: 'Bo', attributes: { kjønn: 'gutt', støtte: 'ja' } },
      { id: 'C', name: 'Cia', attributes: { kjønn: 'jente' } },
      { id: 'D', name: 'Dan', attributes: { kjønn: 'gutt' } },
    ],
    questions: [
      { id: 'friends', label: 'Venner', kind: 'positive', limit: 2 },
      { id: 'bully', label: 'Plager', kind: 'bully', limit: 2 },
    ],
    nominations: [
      { from: 'A', to: 'B', question: 'friends' },
      { from: 'B', to: 'A', question: 'friends' },
      { from: 'C', to: 'D', question: 'friends' },
      { from: 'D', to: 'C', question: 'bully' },
    ],
    respondents: { friends: ['A', 'B', 'C', 'D'], bully: ['A', 'B', 'C', 'D'] },
  };
}

const cls = (key: string, name: string): CohortClass => {
  const s = survey();
  return { key, name, survey: s, analysis: analyseSurvey(s) };
};

describe('deriveCohortProblem(classes, options)', () => {
  const problem = deriveCohortProblem([cls('k1', '7A'), cls('k2', '7B')], { classCount: 2 });

  it('makes the same pupil id in two classes two pupils, each with its class as previousClass', () => {
    expect(problem.pupils.map((p) => p.id)).toEqual(['k1:A', 'k1:B', 'k1:C', 'k1:D', 'k2:A', 'k2:B', 'k2:C', 'k2:D']);
    expect(problem.pupils.map((p) => p.previousClass)).toEqual(['7A', '7A', '7A', '7A', '7B', '7B', '7B', '7B']);
    expect(problem.classCount).toBe(2);
  });

  it('keeps each class\'s relations inside it, with cohort ids', () => {
    expect(problem.positive).toContainEqual(['k2:A', 'k2:B']);
    expect(problem.positive).toHaveLength(6);
    expect(problem.bullying).toEqual([['k1:C', 'k1:D'], ['k2:C', 'k2:D']]);
  });

  it('switches gender and support balance off by leaving those attributes out', () => {
    expect(problem.pupils.filter((p) => p.gender === 'jente')).toHaveLength(4);
    expect(problem.pupils.filter((p) => p.support)).toHaveLength(2);
    const off = deriveCohortProblem([cls('k1', '7A')], { balanceGender: false, balanceSupport: false });
    expect(off.pupils.every((p) => p.gender === null && p.support === false)).toBe(true);
  });

  it('carries the teacher\'s pairs, the previous-class cap and protected-pupil overrides', () => {
    const withRules = deriveCohortProblem([{ ...cls('k1', '7A'), vulnerable: { A: true }, separate: [['B', 'C']] }, cls('k2', '7B')], { separate: [['k1:A', 'k2:A']], together: [['k1:B', 'k2:B']], previousClassCap: 3 });
    expect(withRules.separate).toEqual([['k1:B', 'k1:C'], ['k1:A', 'k2:A']]);
    expect(withRules.together).toEqual([['k1:B', 'k2:B']]);
    expect(withRules.previousClassCap).toBe(3);
    expect(withRules.pupils.find((p) => p.id === 'k1:A')!.vulnerable).toBe(true);
  });

  it('makes a friend chosen in another class a chosen friend, and a bully reported in another class a pair kept apart', () => {
    const crossClass = [
      { from: 'A', toClass: 'k2', to: 'C', question: 'friends' },
      { from: 'A', toClass: 'k2', to: 'C', question: 'friends' },
      { from: 'B', toClass: 'k2', to: 'D', question: 'bully' },
      { from: 'C', toClass: 'gone', to: 'A', question: 'friends' },
      { from: 'C', toClass: 'k2', to: 'nobody', question: 'friends' },
    ];
    const crossed = deriveCohortProblem([{ ...cls('k1', '7A'), crossClass }, cls('k2', '7B')]);
    expect(crossed.positive).toHaveLength(problem.positive!.length + 1);
    expect(crossed.positive).toContainEqual(['k1:A', 'k2:C']);
    expect(crossed.bullying).toEqual([['k1:C', 'k1:D'], ['k2:C', 'k2:D'], ['k2:D', 'k1:B']]);
    // Protected k1:A's only possible friend besides B is now k2:C too: a plan with A beside C and not B meets the friend rule.
    const guarded = deriveCohortProblem([{ ...cls('k1', '7A'), vulnerable: { A: true }, crossClass }, cls('k2', '7B')], { balanceGender: false, balanceSupport: false });
    const plan = [['k1:A', 'k2:C', 'k1:C', 'k2:A'], ['k1:B', 'k1:D', 'k2:B', 'k2:D']];
    const friend = classGuarantees(scoreClasses(guarded, plan)).friendChecks.find((c) => c.pupils[0] === 'k1:A')!;
    expect(friend.met).toBe(true);
    const apart = classGuarantees(scoreClasses(guarded, plan)).apartChecks.find((c) => c.pupils.includes('k1:B') && c.pupils.includes('k2:D'))!;
    expect(apart.met).toBe(false);
  });

  it('refuses no classes, a key given twice, a key with ":" and a negative cap, naming the option', () => {
    expect(() => deriveCohortProblem([])).toThrow('classes');
    expect(() => deriveCohortProblem([cls('k', '7A'), cls('k', '7B')])).toThrow('twice');
    expect(() => deriveCohortProblem([cls('a:b', '7A')])).toThrow('classes');
    expect(() => deriveCohortProblem([cls('k', '7A')], { previousClassCap: -1 })).toThrow('previousClassCap');
  });
});

describe('cohortPupilId(classKey, id) and splitCohortPupilId(id)', () => {
  it('round-trips, also for a pupil id holding ":"', () => {
    expect(splitCohortPupilId(cohortPupilId('k1', 'p:7'))).toEqual({ classKey: 'k1', pupilId: 'p:7' });
    expect(() => splitCohortPupilId('nocolon')).toThrow('cohort pupil id');
  });
});

describe('classGuarantees(evaluation)', () => {
  const problem = deriveCohortProblem([cls('k1', '7A'), cls('k2', '7B')], { balanceGender: false, balanceSupport: false });

  it('counts apart pairs kept apart and protected pupils with a chosen friend, and changes when a pupil moves', () => {
    const good = classGuarantees(scoreClasses(problem, [['k1:A', 'k1:B', 'k1:C', 'k2:D'], ['k2:A', 'k2:B', 'k2:C', 'k1:D']]));
    expect({ apartMet: good.apartMet, apartOf: good.apartOf }).toEqual({ apartMet: 2, apartOf: 2 });
    const bad = classGuarantees(scoreClasses(problem, [['k1:A', 'k1:B', 'k1:C', 'k1:D'], ['k2:A', 'k2:B', 'k2:C', 'k2:D']]));
    expect({ apartMet: bad.apartMet, apartOf: bad.apartOf }).toEqual({ apartMet: 0, apartOf: 2 });
    expect(bad.apartChecks.every((c) => c.sensitive)).toBe(true);
  });

  it('counts a protected pupil with a chosen friend in the class, and without one after a move', () => {
    const small = { version: 1, pupils: [{ id: 'A', vulnerable: true }, { id: 'B' }, { id: 'C' }, { id: 'D' }], positive: [['A', 'B']] } as const;
    const met = classGuarantees(scoreClasses(small, [['A', 'B'], ['C', 'D']]));
    expect([met.friendsMet, met.friendsOf, met.friendChecks[0]!.pupils]).toEqual([1, 1, ['A', 'B']]);
    const moved = classGuarantees(scoreClasses(small, [['A', 'C'], ['B', 'D']]));
    expect([moved.friendsMet, moved.friendsOf, moved.otherMet, moved.otherOf]).toEqual([0, 1, 1, 1]);
    const sizes = scoreClasses(small, [['A', 'B', 'C'], ['D']]).checks.find((c) => c.rule === 'SIZES')!;
    expect([sizes.met, formatMessage(sizes.message, 'nb'), formatMessage(sizes.message, 'en')]).toEqual([false, 'Klasse 1 har 3, klasse 2 har 1 (skal være 2 og 2).', 'Class 1 has 3, class 2 has 1 (should be 2 and 2).']);
    // Board order, not sorted: the smaller class first reads first.
    const flipped = scoreClasses(small, [['D'], ['A', 'B', 'C']]).checks.find((c) => c.rule === 'SIZES')!;
    expect([formatMessage(flipped.message, 'nb'), formatMessage(flipped.message, 'nn')]).toEqual(['Klasse 1 har 1, klasse 2 har 3 (skal være 2 og 2).', 'Klasse 1 har 1, klasse 2 har 3 (skal vere 2 og 2).']);
  });
});
