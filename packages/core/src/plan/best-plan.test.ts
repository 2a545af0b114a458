import { describe, expect, it } from 'vitest';
import { bestPlan } from './best-plan.ts';

const plan = (score: number, tag: string) => ({ infeasible: false as const, score, tag });
const none = (tag: string) => ({ infeasible: true as const, tag });

describe('bestPlan(runs)', () => {
  it('keeps the highest-scoring feasible run, the earliest on ties', () => {
    expect(bestPlan([plan(3, 'a'), plan(7, 'b'), plan(7, 'c'), plan(5, 'd')]).tag).toBe('b');
  });

  it('prefers any plan to none, and answers with the first run when no run found a plan', () => {
    expect(bestPlan<ReturnType<typeof plan> | ReturnType<typeof none>>([none('x'), plan(-4, 'a')]).tag).toBe('a');
    expect(bestPlan([none('x'), none('y')]).tag).toBe('x');
  });

  it('needs at least one run', () => {
    expect(() => bestPlan([])).toThrow(RangeError);
  });
});
