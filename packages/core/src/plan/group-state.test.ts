import { describe, expect, it } from 'vitest';
import { analyseSurvey } from '../analyse/analyse-survey.ts';
import { generateClassSurvey } from '../generate/generate-class-survey.ts';
import { createRng, randomInt } from '../random/create-rng.ts';
import { derivePlanningProblem } from './derive-planning-problem.ts';
import { compileGroupModel } from './group-model.ts';
import { groupSizes } from './group-sizes.ts';
import { GroupState } from './group-state.ts';
import { COVERAGE_BONUS } from './score-groups.ts';
import { randomAssignment } from './tabu-search.ts';

describe('GroupState.delta(i, b, j) and its bounds', () => {
  it.each([
    [1, 'groups'],
    [2, 'groups'],
    [3, 'classes'],
    [4, 'classes'],
  ] as const)('equals a full recomputation after every move (class seed %i, %s rules)', (seed, profile) => {
    const survey = generateClassSurvey({ n: 27, seed });
    const derived = derivePlanningProblem(survey, analyseSurvey(survey));
    const problem = {
      ...derived,
      pupils: derived.pupils.map((p, i) => ({ ...p, level: 1 + (i % 5), previousClass: `7${'ABC'[i % 3]}` })),
      previousPairs: [['p01', 'p02'], ['p03', 'p04']] as [string, string][],
      previousClassCap: 3,
    };
    const model = compileGroupModel(problem, profile);
    const sizes = groupSizes(model.n, 4);
    const rng = createRng(seed);
    const state = new GroupState(model, randomAssignment(model, sizes, rng), sizes.length, 4);
    const change = new Float64Array(3);
    const partial = new Float64Array(3);
    for (let step = 0; step < 300; step++) {
      const i = randomInt(rng, model.n);
      let j = randomInt(rng, model.n);
      let b = state.group[j]!;
      if (b === state.group[i]) continue;
      if (step % 3 === 0 && state.size[b] === state.size[state.group[i]!]! - 1) j = -1;
      else if (step % 3 === 0) continue;
      if (j < 0) b = state.group[randomInt(rng, model.n)]!;
      if (j < 0 && (b === state.group[i] || state.size[b] !== state.size[state.group[i]!]! - 1)) continue;
      state.deltaBeforeCoverage(i, b, j, partial);
      expect(partial[0]).toBe(state.pairDelta(i, b, j));
      state.delta(i, b, j, change);
      expect(change[2]).toBe(partial[2]);
      // Coverage adds COVERAGE_BONUS per pupil newly covered, and one violation per must-cover pupil uncovered.
      const covers = (change[0]! - partial[0]!) / COVERAGE_BONUS;
      expect(covers).toBeLessThanOrEqual(state.coverageGainBound(i, j) + 1e-9);
      expect(partial[1]! - change[1]!).toBeLessThanOrEqual(state.mustCoverGainBound(i, j) + 1e-9);
      const expected = { score: state.score + change[0]!, violations: state.violations + change[1]!, repeated: state.repeated + change[2]! };
      state.apply(i, b, j, change);
      const full = state.recompute();
      expect(full.score).toBeCloseTo(expected.score, 9);
      expect(full.violations).toBeCloseTo(expected.violations, 9);
      expect(full.repeated).toBeCloseTo(expected.repeated, 9);
      for (const p of [i, j, randomInt(rng, model.n)].filter((p) => p >= 0)) {
        expect(state.coverageGainBound(p, -1)).toBe(uncoveredAround(p, false));
        expect(state.mustCoverGainBound(p, -1)).toBe(uncoveredAround(p, true));
      }
    }

    /** Pupils among p and those who chose p with admissible nominees but none in their group (must-cover ones only). */
    function uncoveredAround(p: number, must: boolean): number {
      return [p, ...model.admissibleBy[p]!].filter(
        (k) => model.admissibleOf[k]!.length > 0 && (!must || model.mustCover[k]) && !model.admissibleOf[k]!.some((x) => state.group[x] === state.group[k]),
      ).length;
    }
  });
});

describe('GroupState.blockDelta(out, b, back)', () => {
  it.each([5, 6])('equals the swaps made one after another (class seed %i, classes rules)', (seed) => {
    const survey = generateClassSurvey({ n: 30, seed });
    const derived = derivePlanningProblem(survey, analyseSurvey(survey));
    const problem = {
      ...derived,
      pupils: derived.pupils.map((p, i) => ({ ...p, level: 1 + (i % 5), previousClass: `7${'ABC'[i % 3]}` })),
      previousPairs: [['p01', 'p02'], ['p03', 'p04'], ['p05', 'p06']] as [string, string][],
      together: [['p07', 'p08']] as [string, string][],
      previousClassCap: 2,
    };
    const model = compileGroupModel(problem, 'classes');
    const sizes = groupSizes(model.n, 10);
    const rng = createRng(seed);
    const state = new GroupState(model, randomAssignment(model, sizes, rng), sizes.length, 10);
    const predicted = new Float64Array(3);
    const change = new Float64Array(3);
    let checked = 0;
    for (let step = 0; step < 300; step++) {
      const a = randomInt(rng, sizes.length);
      const b = randomInt(rng, sizes.length);
      if (a === b) continue;
      const inA = [...Array(model.n).keys()].filter((p) => state.group[p] === a);
      const inB = [...Array(model.n).keys()].filter((p) => state.group[p] === b);
      const k = 1 + randomInt(rng, Math.min(inA.length, inB.length));
      const out = inA.slice(0, k);
      const back = inB.slice(inB.length - k);
      state.blockDelta(out, b, back, predicted);
      const before = { ...state.recompute() };
      out.forEach((f, h) => {
        state.delta(f, b, back[h]!, change);
        state.apply(f, b, back[h]!, change);
      });
      const full = state.recompute();
      expect(full.score - before.score).toBeCloseTo(predicted[0]!, 9);
      expect(full.violations - before.violations).toBeCloseTo(predicted[1]!, 9);
      expect(full.repeated - before.repeated).toBeCloseTo(predicted[2]!, 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });
});
