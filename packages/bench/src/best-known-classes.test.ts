import { describe, expect, it } from 'vitest';
import { scoreClasses } from '@sociogram/core';
import { bestDivision, compileGroupModel } from '@sociogram/core/internal';
import { classesUpperBound } from './exact/classes-upper-bound.ts';
import { CLASSES_DIR, readInstances } from './reference-instances.ts';

describe('the best known class plans in fixtures/planning/classes', () => {
  const instances = readInstances(CLASSES_DIR);

  it('are there, one per cohort of the benchmark', () => {
    expect(instances.map((i) => i.name)).toEqual(['cohort-n300-k10-s1', 'cohort-n300-k10-s2', 'cohort-n300-k10-s3']);
  });

  it.each(instances.map((i) => [i.name, i] as const))('%s: the stored plan places every pupil once, meets every rule and scores the best known', (_, instance) => {
    const plan = instance.bestPlan!;
    expect(plan).toHaveLength(instance.classCount!);
    expect(plan.flat().sort()).toEqual(instance.problem.pupils.map((p) => p.id).sort());
    const score = scoreClasses(instance.problem, plan);
    expect(score.violations).toEqual([]);
    expect(score.score).toBe(instance.bestKnown);
  });

  it.each(instances.map((i) => [i.name, i] as const))('%s: the stored upper bound is no lower than the best known, which is marked optimal when it reaches it', (_, instance) => {
    expect(instance.upperBound).toBeGreaterThanOrEqual(instance.bestKnown!);
    expect(instance.status).toBe(instance.bestKnown === instance.upperBound ? 'Optimal' : 'BestKnown');
    expect(instance.optimum).toBe(instance.bestKnown === instance.upperBound ? instance.bestKnown : null);
  });

  it.each(instances.map((i) => [i.name, i] as const))('%s: the class planner\'s blocks (bestDivision) score within 10 points of the upper bound, never above it', (_, instance) => {
    const model = compileGroupModel(instance.problem, 'classes');
    const block = bestDivision(model, 1);
    const pieces = [...new Set(block)].map((b) => model.pupils.filter((_, i) => block[i] === b).map((p) => p.id));
    const score = scoreClasses(instance.problem, pieces);
    // Sizes and balance are left out of the division; the rules it keeps hold.
    expect(score.violations.filter((v) => ['APART', 'TOGETHER', 'VULNERABLE_FRIEND'].includes(v.rule))).toEqual([]);
    expect(score.score).toBeLessThanOrEqual(instance.upperBound!);
    expect(score.score).toBeGreaterThanOrEqual(instance.upperBound! - 10);
  });

  it('the stored upper bound of cohort 1 is what classesUpperBound proves', async () => {
    const instance = instances[0]!;
    const result = await classesUpperBound(instance.problem);
    expect(result.parts.every((p) => p.status === 'Optimal')).toBe(true);
    expect(result.bound).toBe(instance.upperBound);
  }, 120_000);
});
