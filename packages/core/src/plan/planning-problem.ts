/**
 * The planning problem, format version 1 (docs/planning.md): pupils with their attributes, the relations
 * that shape a plan, and the plan's size. A public contract: fields are only ever added.
 */

export interface PlanningPupil {
  readonly id: string;
  /** Shown in explanations; defaults to the id. */
  readonly name?: string;
  readonly gender?: string | null;
  readonly support?: boolean;
  readonly vulnerable?: boolean;
  readonly powerful?: boolean;
  readonly previousClass?: string | null;
  readonly level?: number | null;
  /** Seating: must sit in the first two rows. */
  readonly front?: boolean;
  /**
   * The pupil's `vulnerable` or `powerful` flag rests (partly) on negative or bullying answers (reported as
   * bullied, a dual role, named as bullying). Rules and conflicts about the flag are then `sensitive`.
   */
  readonly sensitiveStatus?: boolean;
}

/** Two pupil ids; what the order means depends on the list the pair is in. */
export type PupilPair = readonly [string, string];

/**
 * A planning problem, format version 1 (docs/planning.md): the pupils, the relations between them and the size of the
 * plan. Input of every planner.
 */
export interface PlanningProblem {
  readonly version: 1;
  readonly pupils: readonly PlanningPupil[];
  /** [i, j]: i named j on a positive question. */
  readonly positive?: readonly PupilPair[];
  /** [i, j]: i named j on a negative question. */
  readonly negative?: readonly PupilPair[];
  /** [b, v]: b is reported as bullying v. */
  readonly bullying?: readonly PupilPair[];
  /** Pairs a teacher keeps apart. */
  readonly separate?: readonly PupilPair[];
  /** Pairs a teacher keeps together. */
  readonly together?: readonly PupilPair[];
  /** Pupil id → group (or seat/class) number: same number together, different numbers apart. */
  readonly locks?: Readonly<Record<string, number>>;
  readonly groupSize?: number;
  readonly classCount?: number;
  /** Pairs that shared a group in the previous plan; with rotation they are avoided (docs/planning.md). */
  readonly previousPairs?: readonly PupilPair[];
  /** Classes: at most this many pupils from one previous class in a new class. */
  readonly previousClassCap?: number;
}

/** Pupil flags as read, with absent values filled in. */
export interface ResolvedPupil {
  readonly id: string;
  readonly name: string;
  readonly gender: string | null;
  readonly support: boolean;
  readonly vulnerable: boolean;
  readonly powerful: boolean;
  readonly previousClass: string | null;
  readonly level: number | null;
  readonly front: boolean;
  readonly sensitiveStatus: boolean;
}

export function resolvePupil(pupil: PlanningPupil): ResolvedPupil {
  return {
    id: pupil.id,
    name: pupil.name ?? pupil.id,
    gender: pupil.gender ?? null,
    support: pupil.support ?? false,
    vulnerable: pupil.vulnerable ?? false,
    powerful: pupil.powerful ?? false,
    previousClass: pupil.previousClass ?? null,
    level: pupil.level ?? null,
    front: pupil.front ?? false,
    sensitiveStatus: pupil.sensitiveStatus ?? false,
  };
}
