/**
 * Group planning quality against proven optima (fixtures/planning/groups, HiGHS): per class size, hard-rule
 * violations, % of the optimum after 50 ms, 200 ms and 1 s (median and worst over instances × seeds), time to
 * reach the optimum, infeasible instances answered with a conflict report, and the baselines (random
 * feasible, greedy, CATME-style max-min swaps) given the same problems.
 */
import { groupSizes, planGroups } from '@sociogram/core';
import { compileGroupModel } from '@sociogram/core/internal';
import { catmeSwap } from './baselines/catme-swap.ts';
import { greedy } from './baselines/greedy.ts';
import { randomFeasible } from './baselines/random-feasible.ts';
import type { BenchRow } from './bench-row.ts';
import { median, worst } from './quantile.ts';
import { GROUPS_DIR, readInstances } from './reference-instances.ts';

const CHECKPOINTS = [50, 200, 1000] as const;
const SEEDS = [1, 2] as const;
const BASELINE_MS = 300;

export function groupsBench(): { rows: BenchRow[]; table: string } {
  const instances = readInstances(GROUPS_DIR);
  // Warm the JIT so the 50 ms checkpoint measures the search, not compilation.
  for (const instance of instances.slice(0, 3)) planGroups(instance.problem, { timeLimit: 300, maxIterations: 1e9 });
  const bySize = new Map<string, typeof instances>();
  for (const instance of instances) {
    const key = instance.name.startsWith('demo') ? 'demo 7B (25)' : `n = ${instance.problem.pupils.length}`;
    bySize.set(key, [...(bySize.get(key) ?? []), instance]);
  }
  let table = '| class | instances | infeasible → conflict report | violations | % of optimum at 50 ms (median / worst) | 200 ms | 1 s | time to optimum (median / worst) | random feasible (300 ms) | greedy | CATME-style swaps (300 ms) |\n|---|---|---|---|---|---|---|---|---|---|---|\n';
  const rows: BenchRow[] = [];
  const all1s: number[] = [];
  const all200: number[] = [];
  for (const [key, group] of bySize) {
    const optimal = group.filter((g) => g.status === 'Optimal' && g.optimum !== null);
    const infeasible = group.filter((g) => g.status === 'Infeasible');
    const reported = infeasible.filter((g) => planGroups(g.problem, { groupSize: g.groupSize ?? 4, timeLimit: 300, maxIterations: 1e9 }).infeasible).length;
    const at = new Map<number, number[]>(CHECKPOINTS.map((c) => [c, []]));
    const toOptimum: number[] = [];
    let violations = 0;
    const baseline = { random: [] as number[], greedy: [] as number[], catme: [] as number[] };
    for (const instance of optimal) {
      const optimum = instance.optimum!;
      for (const seed of SEEDS) {
        const improvements: [number, number][] = [];
        const plan = planGroups(instance.problem, { groupSize: instance.groupSize ?? 4, seed, timeLimit: 1000, maxIterations: 1e9, target: optimum, onImprove: (ms, score) => improvements.push([ms, score]) });
        if (plan.infeasible) violations++;
        for (const checkpoint of CHECKPOINTS) {
          const best = improvements.filter(([ms]) => ms <= checkpoint).at(-1)?.[1] ?? 0;
          at.get(checkpoint)!.push((100 * best) / optimum);
        }
        const reached = improvements.find(([, score]) => score >= optimum - 1e-9);
        toOptimum.push(reached ? reached[0] : Infinity);
      }
      const model = compileGroupModel(instance.problem);
      const sizes = groupSizes(model.n, instance.groupSize ?? 4);
      const pct = (score: number | null) => (score === null ? 0 : (100 * score) / optimum);
      baseline.random.push(pct(randomFeasible(model, sizes, BASELINE_MS, 1).score));
      baseline.greedy.push(pct(greedy(model, sizes).score));
      baseline.catme.push(pct(catmeSwap(model, sizes, BASELINE_MS, 1).score));
    }
    const fmt = (values: number[]) => `${median(values).toFixed(2)} / ${worst(values).toFixed(2)}`;
    const ms = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const show = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '> 1 s');
      return `${show(median(sorted))} / ${show(sorted.at(-1)!)}`;
    };
    table += `| ${key} | ${optimal.length} × ${SEEDS.length} seeds | ${reported} of ${infeasible.length} | ${violations} | ${fmt(at.get(50)!)} | ${fmt(at.get(200)!)} | ${fmt(at.get(1000)!)} | ${ms(toOptimum)} | ${fmt(baseline.random)} | ${fmt(baseline.greedy)} | ${fmt(baseline.catme)} |\n`;
    all1s.push(...at.get(1000)!);
    all200.push(...at.get(200)!);
    if (infeasible.length > 0 && reported < infeasible.length) rows.push({ name: `${key}: infeasible answered with conflicts`, value: reported, unit: 'of ' + infeasible.length, target: infeasible.length, higherIsBetter: true });
  }
  rows.push(
    { name: 'groups ≤ 32: median % of optimum at 1 s', value: median(all1s), unit: '%', target: 100, higherIsBetter: true },
    { name: 'groups ≤ 32: worst % of optimum at 1 s', value: worst(all1s), unit: '%', target: 99, higherIsBetter: true },
    { name: 'groups ≤ 32: median % of optimum at 200 ms', value: median(all200), unit: '%', target: 99.5, higherIsBetter: true },
  );
  return { rows, table };
}
