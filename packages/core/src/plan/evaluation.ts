/** The three figures a group assignment is judged by during local search (GroupState). */

/** A group assignment's default score, hard-rule violations and repeated pairs (planning.md). */
export interface Evaluation {
  /** The default score (pairs + coverage). */
  readonly score: number;
  /** Weighted count of hard-rule violations. */
  readonly violations: number;
  /** Previous pairs together again (rotation). */
  readonly repeated: number;
}
