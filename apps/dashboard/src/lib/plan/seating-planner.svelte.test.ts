import { createRoomLayout, generateClassProblem, planSeating, scoreSeating, type PlanningProblem, type RoomLayoutSpec } from '@sociogram/core';
import { describe, expect, it } from 'vitest';
import { SeatingPlanner } from './seating-planner.svelte.ts';

const run = async (request: { problem: PlanningProblem; layout: RoomLayoutSpec }) =>
  planSeating(request.problem, createRoomLayout(request.layout), { timeLimit: 60_000, maxIterations: 2000 });
const problem = generateClassProblem({ n: 24, seed: 3 });
const spec: RoomLayoutSpec = { kind: 'pairs', rows: 5, desksPerRow: 3 };

describe('SeatingPlanner', () => {
  it('seats every pupil once with every rule met; a swap exchanges two seats and undo restores them', async () => {
    const p = new SeatingPlanner(run);
    expect(await p.generate(problem, spec)).toBe(true);
    const seats = p.seats!;
    expect(seats.filter((s) => s !== null).sort()).toEqual(problem.pupils.map((x) => x.id).sort());
    expect(scoreSeating(problem, createRoomLayout(spec), seats).violations).toEqual([]);
    p.swap(0, 5);
    expect(p.seats![0]).toBe(seats[5]);
    expect(p.seats![5]).toBe(seats[0]);
    p.undo();
    expect(p.seats).toEqual(seats);
    // Nothing before the first plan to go back to.
    expect(p.canUndo).toBe(false);
    p.undo();
    expect(p.seats).toEqual(seats);
  });

  it('a seat lock holds: the locked pupil sits in the locked seat', async () => {
    const p = new SeatingPlanner(run);
    const id = problem.pupils[4]!.id;
    expect(await p.generate({ ...problem, locks: { [id]: 7 } }, spec)).toBe(true);
    expect(p.seats![7]).toBe(id);
  });

  it('reports the conflicts and keeps the seats when no plan can hold (two pupils locked to one seat)', async () => {
    const p = new SeatingPlanner(run);
    p.load([...Array(30)].map((_, i) => problem.pupils[i]?.id ?? null));
    const before = p.seats;
    const [a, b] = problem.pupils;
    expect(await p.generate({ ...problem, locks: { [a!.id]: 3, [b!.id]: 3 } }, spec)).toBe(false);
    expect(p.plan!.infeasible).toBe(true);
    expect(p.seats).toEqual(before);
  });
});
