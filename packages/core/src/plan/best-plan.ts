/**
 * The best of several runs of one planner (restarts with different seeds, e.g. one per core): the feasible
 * plan with the highest score, the earliest on ties; when no run found a plan, the first run's conflicts.
 */
type AnyPlan = { readonly infeasible: false; readonly score: number } | { readonly infeasible: true };

/**
 * The best of several runs of one planner (e.g. restarts with different seeds): the feasible plan with the highest
 * score, the earliest on ties; the first run when none is feasible. Throws a RangeError for no run.
 */
export function bestPlan<P extends AnyPlan>(runs: readonly P[]): P {
  if (runs.length === 0) throw new RangeError('bestPlan needs at least one run');
  let best: P | null = null;
  for (const run of runs) {
    if (run.infeasible) continue;
    if (best === null || run.score > (best as Extract<AnyPlan, { infeasible: false }>).score) best = run;
  }
  return best ?? runs[0]!;
}
