import { describe, expect, it } from 'vitest';
import type { PlanningProblem } from '@sociogram/core';
import { PlanTooLargeError, type PlanningProblem as Problem } from '@sociogram/core';
import { planInParallel, withTimeLeft } from './plan-in-parallel.ts';

const problem: PlanningProblem = { version: 1, pupils: [{ id: 'a' }, { id: 'b' }] };

describe('withTimeLeft(message, now)', () => {
  it("counts a worker thread's start-up against the time limit", () => {
    const request = { kind: 'classes', problem, options: { timeLimit: 5000, seed: 2 } } as const;
    expect(withTimeLeft({ request, sentAt: 1000 }, 1800).options).toEqual({ timeLimit: 4200, seed: 2 });
  });

  it('leaves at least 1 ms, and a request without a limit as it is', () => {
    const request = { kind: 'groups', problem, options: { timeLimit: 100 } } as const;
    expect(withTimeLeft({ request, sentAt: 0 }, 500).options.timeLimit).toBe(1);
    const open = { kind: 'groups', problem, options: { maxIterations: 10 } } as const;
    expect(withTimeLeft({ request: open, sentAt: 0 }, 500)).toBe(open);
  });

  it('never leaves less than the problem size needs (minimumTimeLimit: 300 pupils, 23 ms)', () => {
    const big: PlanningProblem = { version: 1, pupils: Array.from({ length: 300 }, (_, i) => ({ id: `p${i}` })) };
    const request = { kind: 'classes', problem: big, options: { timeLimit: 1000 } } as const;
    expect(withTimeLeft({ request, sentAt: 0 }, 5000).options.timeLimit).toBe(23);
  });
});

describe('planInParallel(request, workers)', () => {
  it('refuses a problem too large before starting any thread', async () => {
    const huge: Problem = { version: 1, pupils: Array.from({ length: 2001 }, (_, i) => ({ id: `p${i}` })) };
    await expect(planInParallel({ kind: 'classes', problem: huge, options: { classCount: 2 } }, 2)).rejects.toBeInstanceOf(PlanTooLargeError);
  });
});
