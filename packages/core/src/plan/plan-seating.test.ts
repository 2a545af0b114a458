import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages/format-message.ts';
import { generateClassProblem } from '../generate/generate-class-problem.ts';
import { createRng } from '../random/create-rng.ts';
import { deskPairs } from './desk-pairs.ts';
import { compileGroupModel, type GroupModel } from './group-model.ts';
import { planSeating } from './plan-seating.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { createRoomLayout, seatAdjacency, type RoomLayoutSpec } from './room-layout.ts';
import { COVERAGE_BONUS } from './score-groups.ts';
import { scoreSeating } from './score-seating.ts';

/** Desk-mate value of a pairing, as deskPairs maximises it (without the vulnerable bonus). */
function pairingValue(model: GroupModel, pairs: [number, number][]): number {
  const { n } = model;
  return pairs.reduce((sum, [i, j]) => (i < 0 || j < 0 ? sum : sum + model.weight[i * n + j]! + COVERAGE_BONUS * (model.admissible[i * n + j]! + model.admissible[j * n + i]!)), 0);
}

/** Every perfect matching of 0…n−1 avoiding apart pairs (brute force). */
function bestPairingByEnumeration(model: GroupModel): number {
  const { n } = model;
  let best = -Infinity;
  const walk = (left: number[], acc: [number, number][]) => {
    if (left.length === 0) return void (best = Math.max(best, pairingValue(model, acc)));
    const [i, ...rest] = left;
    rest.forEach((j, k) => {
      if (!model.apart[i! * n + j]) walk([...rest.slice(0, k), ...rest.slice(k + 1)], [...acc, [i!, j]]);
    });
  };
  walk([...Array(n).keys()], []);
  return best;
}

describe('deskPairs(model, desks)', () => {
  it.each([1, 2, 3, 4, 5, 6])('is exact: equals brute-force enumeration of all pairings (random class %i, 10 pupils)', (seed) => {
    const rng = createRng(seed);
    const ids = Array.from({ length: 10 }, (_, i) => `p${i}`);
    const positive: [string, string][] = [];
    const negative: [string, string][] = [];
    for (const a of ids) for (const b of ids) if (a !== b && rng() < 0.25) (rng() < 0.85 ? positive : negative).push([a, b]);
    const model = compileGroupModel({ version: 1, pupils: ids.map((id) => ({ id })), positive, negative });
    const pairs = deskPairs(model, 5);
    const brute = bestPairingByEnumeration(model);
    if (brute === -Infinity) return expect(pairs).toBeNull();
    expect(pairs).not.toBeNull();
    expect(pairingValue(model, pairs!)).toBe(brute);
  });
});

describe('planSeating(problem, layout)', () => {
  const layouts: [string, RoomLayoutSpec][] = [
    ['rows of desk pairs', { kind: 'pairs', rows: 5, desksPerRow: 3 }],
    ['rows of singles', { kind: 'singles', rows: 5, seatsPerRow: 6 }],
    ['islands of 5', { kind: 'islands', tables: 6, seatsPerTable: 5 }],
    ['a U of desk pairs', { kind: 'u-shape', desksPerSide: 5, desksAtBack: 5 }],
  ];
  it.each(layouts)('%s: one seat each, every rule met, score recomputes, same seed → same plan', (_, spec) => {
    const base = generateClassProblem({ n: 28, seed: 3 });
    const problem: PlanningProblem = { ...base, pupils: base.pupils.map((p, i) => ({ ...p, front: i === 4 || i === 9 })) };
    const layout = createRoomLayout(spec);
    const options = { maxIterations: 1500, timeLimit: 60_000 };
    const plan = planSeating(problem, layout, options);
    if (plan.infeasible) throw new Error(plan.conflicts.map((c) => formatMessage(c.message, 'en')).join(' | '));
    expect(plan.seats.filter((id) => id !== null).sort()).toEqual(problem.pupils.map((p) => p.id).sort());
    const rescored = scoreSeating(problem, layout, plan.seats);
    expect(rescored.violations).toEqual([]);
    expect(rescored.score).toBe(plan.score);
    const seatOf = new Map(plan.seats.map((id, s) => [id, layout.seats[s]!]));
    for (const [a, b] of [...(problem.negative ?? []), ...(problem.bullying ?? [])]) expect(seatAdjacency(seatOf.get(a)!, seatOf.get(b)!)).toBe(0);
    for (const id of ['p05', 'p10']) expect(seatOf.get(id)!.row).toBeLessThan(2);
    const again = planSeating(problem, layout, options);
    expect(again.infeasible === false && again.seats).toEqual(plan.seats);
  }, 30_000); // two full searches each; islands take about 5 s on a busy machine, past vitest's default

  it('keeps the exact desk-mate matching when the arrangement needs no seat swaps', () => {
    const problem = generateClassProblem({ n: 24, seed: 8 });
    const plan = planSeating(problem, createRoomLayout({ kind: 'pairs', rows: 4, desksPerRow: 3 }), { maxIterations: 800, timeLimit: 60_000 });
    expect(plan.infeasible).toBe(false);
    if (plan.infeasible) return;
    expect(plan.stats.exactDeskMates).toBe(true);
  });

  it('answers too few seats and impossible locks with conflicts', () => {
    const problem = generateClassProblem({ n: 24, seed: 1 });
    expect(planSeating(problem, createRoomLayout({ kind: 'pairs', rows: 2, desksPerRow: 3 })).infeasible).toBe(true);
    const locked = { ...problem, locks: { p01: 0, p02: 0 } };
    const plan = planSeating(locked, createRoomLayout({ kind: 'pairs', rows: 4, desksPerRow: 3 }));
    expect(plan.infeasible && plan.conflicts[0]!.code).toBe('LOCK_CONFLICT');
  });
});
