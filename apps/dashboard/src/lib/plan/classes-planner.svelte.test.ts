import { generateCohortProblem, planClasses, scoreClasses, type PlanningProblem } from '@sociogram/core';
import { describe, expect, it } from 'vitest';
import { ClassesPlanner } from './classes-planner.svelte.ts';
import type { ClassesOutcome, ClassesRun } from './run-classes.ts';
import { runClasses } from './run-classes.ts';

/** Plans in the page with a step budget, so the tests are the same on any machine. */
const budgeted = (problem: PlanningProblem, options: Record<string, unknown>): ClassesRun => ({
  outcome: Promise.resolve({ plan: planClasses(problem, { ...options, timeLimit: 60_000, maxIterations: 400 }) }),
  stop: () => undefined,
});

const problem: PlanningProblem = generateCohortProblem({ n: 60, seed: 2, classCount: 3 });

function planner(runner = budgeted) {
  return new ClassesPlanner({ problem: () => problem, classCount: () => 3, timeLimit: () => 1000 }, runner);
}

describe('ClassesPlanner', () => {
  it('plans classes that keep every rule, and reports every protected pupil with a chosen friend', async () => {
    const p = planner();
    await p.generate();
    expect(p.note).toEqual({ kind: 'planned', classes: 3 });
    expect(p.classes!.flat().sort()).toEqual(problem.pupils.map((x) => x.id).sort());
    expect(p.evaluation!.violations).toEqual([]);
    expect(p.guarantees!.friendsMet).toBe(p.guarantees!.friendsOf);
    expect(p.guarantees!.apartMet).toBe(p.guarantees!.apartOf);
    expect(p.guarantees!.friendsOf).toBeGreaterThan(0);
  });

  it('checks the rules again after a move: a protected pupil moved away from every chosen friend breaks the friend rule; undo mends it', async () => {
    const p = planner();
    await p.generate();
    const check = p.guarantees!.friendChecks.find((c) => c.met)!;
    const pupil = check.pupils[0]!;
    const from = p.classes!.findIndex((c) => c.includes(pupil));
    // A class holding none of the pupil's possible friends, else any other class.
    const friends = new Set((problem.positive ?? []).filter(([a]) => a === pupil).map(([, b]) => b));
    const to = p.classes!.findIndex((c, k) => k !== from && !c.some((id) => friends.has(id)));
    p.move(pupil, to);
    expect(p.note).toEqual({ kind: 'moved', pupil, to });
    expect(p.evaluation!.violations.length).toBeGreaterThan(0);
    expect(p.evaluation).toEqual(scoreClasses(problem, p.classes!));
    expect(p.guarantees!.friendsMet).toBe(p.guarantees!.friendsOf - 1);
    p.undo();
    expect(p.guarantees!.friendsMet).toBe(p.guarantees!.friendsOf);
    expect(p.canUndo).toBe(false);
  });

  it('stop() ends the run: no plan, the classes on screen kept', async () => {
    let finish: (o: ClassesOutcome) => void = () => undefined;
    const hanging = (): ClassesRun => ({ outcome: new Promise((resolve) => (finish = resolve)), stop: () => finish({ stopped: true }) });
    const p = planner(hanging);
    const running = p.generate();
    expect(p.busy).toBe(true);
    p.stop();
    await running;
    expect(p.busy).toBe(false);
    expect(p.note).toEqual({ kind: 'stopped' });
    expect(p.classes).toBeNull();
  });

  it('says why when the planner refuses (a cohort too large for the time limit)', async () => {
    const p = new ClassesPlanner({ problem: () => generateCohortProblem({ n: 300, seed: 1, classCount: 10 }), classCount: () => 10, timeLimit: () => 1 }, runClasses);
    await p.generate();
    expect(p.note).toMatchObject({ kind: 'failed', code: 'PROBLEM_TOO_LARGE' });
  });
});

describe('runClasses(problem, options) without workers', () => {
  it('plans on the page, and stop() before the answer resolves to stopped', async () => {
    const done = await runClasses(problem, { classCount: 3, timeLimit: 60_000, maxIterations: 200 }).outcome;
    expect('plan' in done && !done.plan.infeasible && done.plan.classes.length).toBe(3);
    const run = runClasses(problem, { classCount: 3, timeLimit: 60_000, maxIterations: 200 });
    run.stop();
    expect(await run.outcome).toEqual({ stopped: true });
  });
});
