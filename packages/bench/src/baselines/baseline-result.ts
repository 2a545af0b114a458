/** What a baseline planner achieved: the best feasible score (null if it found no feasible plan) or its fewest violations. */
export interface BaselineResult {
  readonly score: number | null;
  readonly violations: number;
}
