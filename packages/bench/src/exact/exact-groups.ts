/**
 * The exact integer program for group plans (planning.md § Reference optima), solved with HiGHS
 * (WebAssembly). Pair variables y(i,j) = 1 when i and j share a group, with triangle inequalities in all
 * three rotations and degree constraints Σ_j y(i,j) = k − 1 − z(i), where z(i) = 1 puts i in a group of
 * k − 1; every hard rule written per pupil; coverage variables c(i) ≤ Σ_{j admissible} y(i,j).
 * Used offline for reference optima (fixtures/planning) and to prove instances infeasible — never by the app.
 */
import { readFileSync } from 'node:fs';
import { groupSizes, type PlanningProblem } from '@sociogram/core';
import { compileGroupModel, genderBounds } from '@sociogram/core/internal';
import loadHighs from 'highs';
import { addCoverageTerms, addPairTerms, emptyTerms, lpText, pairVariable } from './program-terms.ts';

/** The HiGHS version this package pins, recorded beside every number it proves. */
export const HIGHS_VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { devDependencies: { highs: string } }).devDependencies.highs;

export interface ExactResult {
  readonly status: string;
  /** Best plan's score, null when none was found. */
  readonly optimum: number | null;
  /** HiGHS's dual bound on the optimum. */
  readonly bound: number | null;
  readonly groups: string[][] | null;
  readonly seconds: number;
}

export function groupsProgram(problem: PlanningProblem, groupSize: number): string {
  const model = compileGroupModel(problem);
  const { n } = model;
  const sizes = groupSizes(n, groupSize);
  const k = Math.max(...sizes);
  const small = sizes.filter((s) => s < k).length;
  const y = pairVariable;
  const everyone = [...Array(n).keys()];
  const terms = emptyTerms();
  const { rows, binaries } = terms;
  addPairTerms(model, everyone, terms);
  const others = (i: number) => everyone.filter((j) => j !== i);
  for (let i = 0; i < n; i++) {
    if (small > 0) binaries.push(`z_${i}`);
    rows.push(`${others(i).map((j) => y(i, j)).join(' + ')}${small > 0 ? ` + z_${i}` : ''} = ${k - 1}`);
    const hiK = genderBounds(model, k);
    const hiS = genderBounds(model, k - 1);
    model.genders.forEach((_, g) => {
      const mates = others(i).filter((j) => model.genderOf[j] === g).map((j) => y(i, j));
      const own = model.genderOf[i] === g ? 1 : 0;
      const sum = mates.length ? mates.join(' + ') : '0 y_0_1';
      // count = own + Σ y; bounds shift with z(i) when i's group is small.
      const zHi = small > 0 ? ` - ${hiS.hi[g]! - hiK.hi[g]!} z_${i}` : '';
      const zLo = small > 0 ? ` - ${hiS.lo[g]! - hiK.lo[g]!} z_${i}` : '';
      rows.push(`${sum}${zHi} <= ${hiK.hi[g]! - own}`);
      rows.push(`${sum}${zLo} >= ${hiK.lo[g]! - own}`);
    });
    const capRow = (flag: 'support' | 'powerful', count: number) => {
      if (count === 0) return;
      const cap = Math.ceil(count / sizes.length);
      const mates = others(i).filter((j) => model.pupils[j]![flag]).map((j) => y(i, j));
      if (mates.length) rows.push(`${mates.join(' + ')} <= ${cap - (model.pupils[i]![flag] ? 1 : 0)}`);
    };
    capRow('support', model.supportCount);
    capRow('powerful', model.powerfulCount);
    addCoverageTerms(model, everyone, i, terms);
  }
  if (small > 0) rows.push(`${everyone.map((i) => `z_${i}`).join(' + ')} = ${small * (k - 1)}`);
  return lpText(terms);
}

/** Solves the program; `timeLimit` in seconds. */
export async function solveGroupsExactly(problem: PlanningProblem, groupSize: number, timeLimit = 300): Promise<ExactResult> {
  const highs = await loadHighs();
  const started = performance.now();
  const solution = highs.solve(groupsProgram(problem, groupSize), { time_limit: timeLimit, mip_rel_gap: 0, output_flag: false } as never);
  const seconds = (performance.now() - started) / 1000;
  const info = solution as unknown as { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal: number }>; Info?: { mip_dual_bound?: number } };
  const found = info.Status === 'Optimal' || (info.Columns && Object.keys(info.Columns).length > 0 && info.Status !== 'Infeasible');
  if (!found) return { status: info.Status, optimum: null, bound: null, groups: null, seconds };
  const ids = problem.pupils.map((p) => p.id);
  const n = ids.length;
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if ((info.Columns[`y_${i}_${j}`]?.Primal ?? 0) > 0.5) parent[find(i)] = find(j);
  const groups = new Map<number, string[]>();
  ids.forEach((id, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), id]));
  return { status: info.Status, optimum: Math.round(info.ObjectiveValue * 1000) / 1000, bound: info.Info?.mip_dual_bound ?? null, groups: [...groups.values()], seconds };
}
