import { generateClassProblem, partitionDistance, planGroups, scoreGroups, type GroupPlan, type PlanningProblem } from '@sociogram/core';
import { describe, expect, it } from 'vitest';
import { GroupsPlanner, MIN_DIFFERENCE } from './groups-planner.svelte.ts';

/** Plans in the page with a step budget, so the tests are the same on any machine. */
const run = async (request: { problem: PlanningProblem; options: Record<string, unknown> }): Promise<GroupPlan> =>
  planGroups(request.problem, { ...request.options, timeLimit: 60_000, maxIterations: 1500 });

function planner(problem: PlanningProblem, size = 4) {
  // A reactive problem, as the component's props are: the planner's derived state follows it.
  let current = $state.raw(problem);
  const p = new GroupsPlanner({ problem: () => current, groupSize: () => size, rotationPairs: () => [] }, run);
  return { p, set: (next: PlanningProblem) => (current = next) };
}

const problem = generateClassProblem({ n: 24, seed: 3 });
const ids = problem.pupils.map((x) => x.id);

describe('GroupsPlanner', () => {
  it('makes groups that keep every rule, and undo returns to the groups before a move', async () => {
    const { p } = planner(problem);
    await p.generate();
    expect(p.groups!.flat().sort()).toEqual([...ids].sort());
    expect(p.evaluation!.violations).toEqual([]);
    const before = p.groups;
    const id = p.groups![0]![0]!;
    p.move(id, 1);
    expect(p.groups![1]).toContain(id);
    expect(p.canUndo).toBe(true);
    p.undo();
    expect(p.groups).toEqual(before);
  });

  it('another suggestion differs from every plan shown by at least MIN_DIFFERENCE pupils, each time', async () => {
    const { p } = planner(problem);
    await p.generate();
    for (let k = 0; k < 3; k++) {
      await p.another();
      expect(p.note?.kind).toBe('alternative');
      const latest = p.shown.at(-1)!;
      for (const earlier of p.shown.slice(0, -1)) expect(partitionDistance(earlier, latest)).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
      expect(p.evaluation!.violations).toEqual([]);
    }
    expect(p.shown).toHaveLength(4);
  });

  it('a locked pupil stays in the group number the teacher locked, through new suggestions', async () => {
    const { p, set } = planner(problem);
    await p.generate();
    const [a, b] = [p.groups![2]![0]!, p.groups![0]![0]!];
    set({ ...problem, locks: { [a]: 2, [b]: 0 } });
    for (const step of [() => p.generate(), () => p.another(), () => p.another()]) {
      await step();
      expect(p.groups![2]).toContain(a);
      expect(p.groups![0]).toContain(b);
    }
  });

  it('says so when no other plan exists (every pupil locked)', async () => {
    const { p, set } = planner(problem);
    await p.generate();
    set({ ...problem, locks: Object.fromEntries(p.groups!.flatMap((g, k) => g.map((id) => [id, k]))) });
    const before = p.groups;
    await p.another();
    expect(p.note).toEqual({ kind: 'noOther' });
    expect(p.groups).toEqual(before);
  });

  it('plans without absent pupils and puts a returning pupil back with the fewest moves that keep every rule', async () => {
    const { p } = planner(problem);
    const [x, y] = [ids[3]!, ids[7]!];
    p.setAbsent(x, true);
    p.setAbsent(y, true);
    await p.generate();
    expect(p.groups!.flat()).not.toContain(x);
    expect(p.groups!.flat()).toHaveLength(ids.length - 2);
    expect(p.evaluation!.violations).toEqual([]);
    p.setAbsent(x, false);
    expect(p.groups!.flat()).toContain(x);
    expect(p.note?.kind).toBe('returned');
    const note = p.note as Extract<typeof p.note, { kind: 'returned' }>;
    expect(note.moves[0]).toMatchObject({ pupil: x, from: null });
    expect(note.violations).toBe(0);
    // The rules of the pupils here (x back, y still away) hold.
    expect(scoreGroups(p.present, p.groups!, 4).violations).toEqual([]);
    p.undo();
    expect(p.groups!.flat()).not.toContain(x);
    expect(p.absent.has(x)).toBe(true);
  });
});
