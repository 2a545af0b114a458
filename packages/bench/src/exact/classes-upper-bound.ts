/**
 * A proven upper bound on the score of any class plan, for the benchmark's cohorts. The class score is a sum
 * over pairs who share a class and over covered pupils (planning.md § Classes), so pupils with no tie between
 * them — no pair weight, no admissible choice, not kept together — add nothing to each other's score. Split
 * the cohort into the connected parts of those ties (in generated cohorts, the previous classes): no plan can
 * score more than the sum, over the parts, of the best way to divide each part into groups of any size that
 * keeps its own pupils apart, together and covered as required. Each part's best is found exactly by HiGHS;
 * class sizes, the balance rules and rules between parts are left out, which is why it is a bound and not
 * the optimum. Used offline (fixtures/planning/classes), never by the app.
 */
import type { PlanningProblem } from '@sociogram/core';
import { compileGroupModel, tied, type GroupModel } from '@sociogram/core/internal';
import loadHighs from 'highs';
import { addCoverageTerms, addPairTerms, emptyTerms, lpText } from './program-terms.ts';

export interface ClassesUpperBound {
  /** The sum of the parts' optima; null when HiGHS did not prove every part optimal in time. */
  readonly bound: number | null;
  /** Each part of the cohort: its pupils' ids, HiGHS's status and its best score. */
  readonly parts: readonly { readonly pupils: readonly string[]; readonly status: string; readonly optimum: number | null }[];
  readonly seconds: number;
}

/** The connected parts of the ties (`tied`: a pair weight, an admissible choice, a together rule), as lists of pupil indices. */
export function tiedParts(model: GroupModel): number[][] {
  const { n } = model;
  const parent = [...Array(n).keys()];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (tied(model, i, j)) parent[find(i)] = find(j);
  const parts = new Map<number, number[]>();
  for (let i = 0; i < n; i++) parts.set(find(i), [...(parts.get(find(i)) ?? []), i]);
  return [...parts.values()];
}

/** `timeLimit`: seconds per part. */
export async function classesUpperBound(problem: PlanningProblem, timeLimit = 300): Promise<ClassesUpperBound> {
  const highs = await loadHighs();
  const model = compileGroupModel(problem, 'classes');
  const started = performance.now();
  const parts = tiedParts(model).map((members) => {
    const pupils = members.map((i) => model.pupils[i]!.id);
    if (members.length === 1) return { pupils, status: 'Optimal', optimum: 0 };
    const terms = emptyTerms();
    addPairTerms(model, members, terms);
    members.forEach((_, a) => addCoverageTerms(model, members, a, terms));
    const solution = highs.solve(lpText(terms), { time_limit: timeLimit, mip_rel_gap: 0, output_flag: false } as never) as unknown as { Status: string; ObjectiveValue: number };
    return { pupils, status: solution.Status, optimum: solution.Status === 'Optimal' ? Math.round(solution.ObjectiveValue * 1000) / 1000 : null };
  });
  const proven = parts.every((p) => p.optimum !== null);
  return { bound: proven ? parts.reduce((sum, p) => sum + p.optimum!, 0) : null, parts, seconds: (performance.now() - started) / 1000 };
}
