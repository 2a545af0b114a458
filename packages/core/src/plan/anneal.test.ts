import { describe, expect, it } from 'vitest';
import { generateCohortProblem } from '../generate/generate-cohort-problem.ts';
import { createRng } from '../random/create-rng.ts';
import { anneal } from './anneal.ts';
import { compileGroupModel } from './group-model.ts';
import { GroupState } from './group-state.ts';
import { classSizes } from './plan-classes.ts';
import { randomAssignment } from './tabu-search.ts';
import { bestDivision } from './best-division.ts';

describe('anneal(model, sizes, start, options) on a cohort of 200 into 8', () => {
  const problem = { ...generateCohortProblem({ n: 200, seed: 4, classCount: 8 }), locks: { c1p01: 0, c1p02: 0, c2p01: 1 } };
  const model = compileGroupModel(problem, 'classes');
  const sizes = classSizes(model.n, 8);
  const start = randomAssignment(model, sizes, createRng(7));
  const options = { seed: 3, timeLimit: 60_000, maxIterations: 60, sampleMoves: 3000, rotationWeight: 0, blocks: bestDivision(model, 3) };
  const result = anneal(model, sizes, start, options);

  it('returns a plan meeting every rule, with the score a fresh evaluation gives, far above the random start', () => {
    const check = new GroupState(model, result.group, sizes.length, Math.max(...sizes));
    expect(result.violations).toBe(0);
    expect(check.violations).toBe(0);
    expect(result.score).toBe(check.score);
    expect(result.score).toBeGreaterThan(1.5 * new GroupState(model, start, sizes.length, Math.max(...sizes)).score);
    const counts = Array.from({ length: sizes.length }, (_, g) => result.group.filter((x) => x === g).length);
    expect(counts.sort()).toEqual([...sizes].sort());
  });

  it('never moves a locked pupil', () => {
    for (const id of ['c1p01', 'c1p02', 'c2p01']) {
      const i = model.index.get(id)!;
      expect(result.group[i]).toBe(start[i]);
    }
  });

  it('gives the same plan for the same seed and step budget, another for another seed', () => {
    expect(anneal(model, sizes, start, options).group).toEqual(result.group);
    expect(anneal(model, sizes, start, { ...options, seed: 4 }).group).not.toEqual(result.group);
  });

  it('stops once the target score is reached', () => {
    const early = anneal(model, sizes, start, { ...options, maxIterations: 1000, target: result.score - 50 });
    expect(early.score).toBeGreaterThanOrEqual(result.score - 50);
    expect(early.iterations).toBeLessThan(1000);
  });
});
