/**
 * The exact integer program for group plans (planning.md § Reference optima), solved with HiGHS
 * (WebAssembly). Pair variables y(i,j) = 1 when i and j share a group, with triangle inequalities in all
 * three rotations and degree constraints Σ_j y(i,j) = k − 1 − z(i), where z(i) = 1 puts i in a group of
 * k − 1; every hard rule written per pupil; coverage variables c(i) ≤ Σ_{j admissible} y(i,j).
 * Used offline for reference optima (fixtures/planning) and to prove instances infeasible — never by the app.
 */
import { compileGroupModel, genderBounds, groupSizes, type PlanningProblem } from '@sociogram/core';
import loadHighs from 'highs';

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
  const y = (i: number, j: number) => (i < j ? `y_${i}_${j}` : `y_${j}_${i}`);
  const objective: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      binaries.push(y(i, j));
      const w = model.weight[i * n + j]!;
      if (w !== 0) objective.push(`${w} ${y(i, j)}`);
      const lockI = model.lock[i]!;
      const lockJ = model.lock[j]!;
      if (model.apart[i * n + j] || (lockI >= 0 && lockJ >= 0 && lockI !== lockJ)) bounds.push(`${y(i, j)} = 0`);
      else if (model.together[i * n + j] || (lockI >= 0 && lockI === lockJ)) bounds.push(`${y(i, j)} = 1`);
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      for (let l = j + 1; l < n; l++) {
        rows.push(`${y(i, j)} + ${y(j, l)} - ${y(i, l)} <= 1`, `${y(i, j)} - ${y(j, l)} + ${y(i, l)} <= 1`, `- ${y(i, j)} + ${y(j, l)} + ${y(i, l)} <= 1`);
      }
    }
  }
  const others = (i: number) => [...Array(n).keys()].filter((j) => j !== i);
  const sum = (terms: string[]) => (terms.length ? terms.join(' + ') : '0 y_0_1');
  for (let i = 0; i < n; i++) {
    if (small > 0) binaries.push(`z_${i}`);
    rows.push(`${sum(others(i).map((j) => y(i, j)))}${small > 0 ? ` + z_${i}` : ''} = ${k - 1}`);
    const hiK = genderBounds(model, k);
    const hiS = genderBounds(model, k - 1);
    model.genders.forEach((_, g) => {
      const mates = others(i).filter((j) => model.genderOf[j] === g).map((j) => y(i, j));
      const own = model.genderOf[i] === g ? 1 : 0;
      const terms = mates.length ? mates.join(' + ') : '0 y_0_1';
      // count = own + Σ y; bounds shift with z(i) when i's group is small.
      const zHi = small > 0 ? ` - ${hiS.hi[g]! - hiK.hi[g]!} z_${i}` : '';
      const zLo = small > 0 ? ` - ${hiS.lo[g]! - hiK.lo[g]!} z_${i}` : '';
      rows.push(`${terms}${zHi} <= ${hiK.hi[g]! - own}`);
      rows.push(`${terms}${zLo} >= ${hiK.lo[g]! - own}`);
    });
    const capRow = (flag: 'support' | 'powerful', count: number) => {
      if (count === 0) return;
      const cap = Math.ceil(count / sizes.length);
      const mates = others(i).filter((j) => model.pupils[j]![flag]).map((j) => y(i, j));
      if (mates.length) rows.push(`${mates.join(' + ')} <= ${cap - (model.pupils[i]![flag] ? 1 : 0)}`);
    };
    capRow('support', model.supportCount);
    capRow('powerful', model.powerfulCount);
    const adm = model.admissibleOf[i]!;
    if (adm.length > 0) {
      binaries.push(`c_${i}`);
      objective.push(`3 c_${i}`);
      rows.push(`c_${i} - ${adm.map((j) => y(i, j)).join(' - ')} <= 0`);
      if (model.mustCover[i]) rows.push(`${adm.map((j) => y(i, j)).join(' + ')} >= 1`);
    }
  }
  if (small > 0) rows.push(`${[...Array(n).keys()].map((i) => `z_${i}`).join(' + ')} = ${small * (k - 1)}`);
  return [
    'Maximize',
    ` obj: ${objective.join(' + ') || '0 y_0_1'}`,
    'Subject To',
    ...rows.map((row, r) => ` r${r}: ${row}`),
    'Bounds',
    ...bounds.map((b) => ` ${b}`),
    'Binary',
    ` ${binaries.join(' ')}`,
    'End',
  ].join('\n');
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
