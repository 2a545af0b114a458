import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/fixture.ts';
import { parsePlanningProblem } from './parse-planning-problem.ts';
import { planClasses } from './plan-classes.ts';
import { planGroups } from './plan-groups.ts';
import { createRoomLayout } from './room-layout.ts';
import { planSeating } from './plan-seating.ts';
import { checkPlanSize, DEFAULT_PLAN_SIZE_LIMITS, minimumTimeLimit, PlanTooLargeError } from './plan-size.ts';
import { suggestSupportGroup } from './suggest-support-group.ts';

const caught = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return null;
};

describe('checkPlanSize(pupils, planner, timeLimit)', () => {
  it('accepts the maximum and refuses one more', () => {
    for (const planner of ['groups', 'seating', 'support', 'classes'] as const) {
      const max = DEFAULT_PLAN_SIZE_LIMITS.maxPupils[planner];
      expect(() => checkPlanSize(max, planner)).not.toThrow();
      const error = caught(() => checkPlanSize(max + 1, planner));
      expect(error).toBeInstanceOf(PlanTooLargeError);
      expect(error).toMatchObject({ code: 'PROBLEM_TOO_LARGE', pupils: max + 1, maxPupils: max, minTimeLimit: null });
    }
  });

  it('refuses a time limit shorter than pupils² × pairMicroseconds', () => {
    const needed = minimumTimeLimit(2000);
    expect(needed).toBe(1000);
    expect(() => checkPlanSize(2000, 'classes', needed)).not.toThrow();
    expect(caught(() => checkPlanSize(2000, 'classes', needed - 1))).toMatchObject({ code: 'PROBLEM_TOO_LARGE', minTimeLimit: 1000 });
  });
});

describe('planners refuse hostile/ problems before building n × n tables', () => {
  const huge = parsePlanningProblem(JSON.parse(fixtureText('hostile/pupils-100000-problem.json')));
  const chain = parsePlanningProblem(JSON.parse(fixtureText('hostile/together-chain-10000-problem.json')));
  it.each([
    ['planGroups', () => planGroups(huge)],
    ['planClasses', () => planClasses(huge)],
    ['planSeating', () => planSeating(huge, createRoomLayout({ kind: 'pairs', rows: 2, desksPerRow: 2 }))],
    ['suggestSupportGroup', () => suggestSupportGroup(huge, 'p0')],
    ['planGroups on the 10,000 chain', () => planGroups(chain)],
    ['planClasses on the 10,000 chain', () => planClasses(chain)],
  ])('%s', (_, plan) => {
    expect(caught(plan)).toBeInstanceOf(PlanTooLargeError);
  });
});

describe('a 2,000-long together chain', () => {
  it('is reported as a together group too large, without recursion', () => {
    const chain = parsePlanningProblem(JSON.parse(fixtureText('hostile/together-chain-2000-problem.json')));
    const plan = planClasses(chain, { maxIterations: 1 });
    expect(plan.infeasible).toBe(true);
    if (plan.infeasible) expect(plan.conflicts.map((c) => c.code)).toContain('TOGETHER_TOO_LARGE');
  });
});
