/**
 * Class composition: % of the best known plan (fixtures/planning/classes) after 1 s and 5 s for cohorts of
 * 300 into 10, with every hard rule and per-pupil guarantee checked; and scaling from 30 to 1,000 pupils.
 */
import { generateCohortProblem, planClasses } from '@sociogram/core';
import type { BenchRow } from './bench-row.ts';
import { median, worst } from './quantile.ts';
import { CLASSES_DIR, readInstances } from './reference-instances.ts';

export function classesBench(): { rows: BenchRow[]; table: string } {
  const rows: BenchRow[] = [];
  const instances = readInstances(CLASSES_DIR).filter((i) => i.bestKnown !== undefined && i.bestKnown !== null);
  const at = { 1000: [] as number[], 5000: [] as number[] };
  let guaranteesMet = 0;
  let runs = 0;
  for (const instance of instances) {
    for (const limit of [1000, 5000] as const) {
      const plan = planClasses(instance.problem, { classCount: instance.classCount, timeLimit: limit, maxIterations: 1e9 });
      runs++;
      if (plan.infeasible) {
        at[limit].push(0);
        continue;
      }
      at[limit].push((100 * plan.score) / instance.bestKnown!);
      if (plan.guarantees.withChosenFriend === plan.guarantees.withAdmissibleFriend && plan.evaluation.violations.length === 0) guaranteesMet++;
    }
  }
  if (instances.length > 0) {
    rows.push(
      { name: `classes 300 → 10: median / worst % of best known at 1 s (${instances.length} cohorts)`, value: median(at[1000]), unit: '%', target: null, higherIsBetter: true },
      { name: 'classes 300 → 10: worst % of best known at 1 s', value: worst(at[1000]), unit: '%', target: null, higherIsBetter: true },
      { name: 'classes 300 → 10: worst % of best known at 5 s', value: worst(at[5000]), unit: '%', target: 99.5, higherIsBetter: true },
      { name: 'classes: runs with every rule and per-pupil guarantee met', value: guaranteesMet, unit: `of ${runs}`, target: runs, higherIsBetter: true },
    );
  }
  let table = '| pupils | classes | score after 1 s | hard-rule violations | vulnerable with a chosen friend | steps |\n|---|---|---|---|---|---|\n';
  for (const n of [30, 100, 300, 1000]) {
    const k = Math.max(2, Math.round(n / 25));
    const plan = planClasses(generateCohortProblem({ n, seed: 1, classCount: k }), { timeLimit: 1000, maxIterations: 1e9 });
    table += plan.infeasible
      ? `| ${n} | ${k} | no plan: ${plan.conflicts[0]!.text.en} | – | – | – |\n`
      : `| ${n} | ${k} | ${plan.score} | ${plan.evaluation.violations.length} | ${plan.guarantees.withChosenFriend} of ${plan.guarantees.withAdmissibleFriend} | ${plan.stats.iterations} |\n`;
  }
  return { rows, table };
}
