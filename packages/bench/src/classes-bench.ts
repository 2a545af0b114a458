/**
 * Class composition: % of the best known plan (fixtures/planning/classes) and of the proven upper bound on the
 * optimum after 1 s and 5 s for cohorts of 300 into 10, with every hard rule and per-pupil guarantee checked;
 * and scaling from 30 to 1,000 pupils.
 */
import { generateCohortProblem, planClasses } from '@sociogram/core';
import { formatMessage } from '@sociogram/core/messages';
import { planInParallel } from '@sociogram/cli/src/plan/plan-in-parallel.ts';
import type { BenchRow } from './bench-row.ts';
import { median, worst } from './quantile.ts';
import { CLASSES_DIR, readInstances } from './reference-instances.ts';

export async function classesBench(): Promise<{ rows: BenchRow[]; table: string }> {
  const rows: BenchRow[] = [];
  const instances = readInstances(CLASSES_DIR).filter((i) => i.bestKnown !== undefined && i.bestKnown !== null);
  const results = new Map<string, number[]>();
  /** The same runs against the proven upper bound (make-classes-bounds.ts): how far from the optimum at most. */
  const ofBound = new Map<string, number[]>();
  let guaranteesMet = 0;
  let runs = 0;
  for (const instance of instances) {
    for (const [threads, limit] of [[1, 1000], [1, 5000], [2, 1000], [2, 5000]] as const) {
      const options = { classCount: instance.classCount, timeLimit: limit, maxIterations: 1e9 };
      const plan = threads === 1 ? planClasses(instance.problem, options) : await planInParallel({ kind: 'classes', problem: instance.problem, options }, threads);
      const key = `${threads}/${limit}`;
      runs++;
      const score = plan.infeasible ? 0 : plan.score;
      results.set(key, [...(results.get(key) ?? []), (100 * score) / instance.bestKnown!]);
      if (instance.upperBound) ofBound.set(key, [...(ofBound.get(key) ?? []), (100 * score) / instance.upperBound]);
      if (plan.infeasible) continue;
      if (plan.guarantees.withChosenFriend === plan.guarantees.withAdmissibleFriend && plan.evaluation.violations.length === 0) guaranteesMet++;
    }
  }
  if (instances.length > 0) {
    for (const [threads, limit] of [[1, 1000], [1, 5000], [2, 1000], [2, 5000]] as const) {
      const values = results.get(`${threads}/${limit}`)!;
      const label = `classes 300 → 10, ${threads === 1 ? '1 thread' : '2 threads'}, ${limit / 1000} s: % of best known`;
      rows.push({ name: `${label} (median)`, value: median(values), unit: '%', target: null, higherIsBetter: true });
      rows.push({ name: `${label} (worst of ${values.length})`, value: worst(values), unit: '%', target: limit === 5000 && threads === 2 ? 99.5 : null, higherIsBetter: true });
      const bounded = ofBound.get(`${threads}/${limit}`) ?? [];
      if (bounded.length > 0) rows.push({ name: `${label.replace('best known', 'proven upper bound')} (worst of ${bounded.length})`, value: worst(bounded), unit: '%', target: null, higherIsBetter: true });
    }
    const withBound = instances.filter((i) => i.upperBound);
    if (withBound.length > 0) {
      const shares = withBound.map((i) => (100 * i.bestKnown!) / i.upperBound!);
      rows.push({ name: `classes 300 → 10, best known plan: % of proven upper bound (worst of ${shares.length})`, value: worst(shares), unit: '%', target: null, higherIsBetter: true });
    }
    rows.push({ name: 'classes: runs with every rule and per-pupil guarantee met', value: guaranteesMet, unit: `of ${runs}`, target: runs, higherIsBetter: true });
  }
  let table = '| pupils | classes | score after 1 s | hard-rule violations | vulnerable with a chosen friend | steps |\n|---|---|---|---|---|---|\n';
  for (const n of [30, 100, 300, 1000]) {
    const k = Math.max(2, Math.round(n / 25));
    const plan = planClasses(generateCohortProblem({ n, seed: 1, classCount: k }), { timeLimit: 1000, maxIterations: 1e9 });
    table += plan.infeasible
      ? `| ${n} | ${k} | no plan: ${formatMessage(plan.conflicts[0]!.message, 'en')} | – | – | – |\n`
      : `| ${n} | ${k} | ${plan.score} | ${plan.evaluation.violations.length} | ${plan.guarantees.withChosenFriend} of ${plan.guarantees.withAdmissibleFriend} | ${plan.stats.iterations} |\n`;
  }
  return { rows, table };
}
