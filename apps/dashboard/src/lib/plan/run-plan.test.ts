import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateClassProblem, planGroups, type GroupPlan } from '@sociogram/core';
import { GROUP_RESTARTS, runPlan } from './run-plan.ts';

const problem = generateClassProblem({ n: 24, seed: 5 });
const options = { groupSize: 4, maxIterations: 300, timeLimit: 60_000 };
const score = (plan: GroupPlan) => (plan.infeasible ? -Infinity : plan.score);

describe('runPlan (groups)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('on two cores keeps the better of seeds 2s − 1 and 2s, so seed s + 1 searches afresh', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    expect(GROUP_RESTARTS).toBe(2);
    for (const seed of [1, 2]) {
      const runs = [planGroups(problem, { ...options, seed: 2 * seed - 1 }), planGroups(problem, { ...options, seed: 2 * seed })];
      const plan = await runPlan({ kind: 'groups', problem, options: { ...options, seed } });
      expect(score(plan)).toBe(Math.max(...runs.map(score)));
      expect(runs.some((run) => JSON.stringify(run.infeasible ? null : run.groups) === JSON.stringify(plan.infeasible ? null : plan.groups))).toBe(true);
    }
  });

  it('on one core runs seed 2s − 1 alone', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 1 });
    const plan = await runPlan({ kind: 'groups', problem, options: { ...options, seed: 2 } });
    const alone = planGroups(problem, { ...options, seed: 3 });
    expect(plan.infeasible ? null : plan.groups).toEqual(alone.infeasible ? null : alone.groups);
  });
});
