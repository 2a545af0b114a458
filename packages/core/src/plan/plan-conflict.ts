/** Why no plan can meet every hard rule, in words a teacher understands (and notices that are not conflicts). */

export type PlanConflictCode =
  | 'TOGETHER_APART'
  | 'TOGETHER_TOO_LARGE'
  | 'LOCK_CONFLICT'
  | 'TOO_MANY_LOCKS'
  | 'APART_FROM_TOO_MANY'
  | 'GENDER_IMPOSSIBLE'
  | 'POWER_LEAVES_NO_ROOM'
  | 'FRIEND_UNREACHABLE'
  | 'NO_PLAN_FOUND';

export interface PlanConflict {
  readonly code: PlanConflictCode;
  readonly pupils: readonly string[];
  readonly text: { readonly nb: string; readonly en: string };
  /** Rests on negative or bullying answers: shown only once such answers are opened for a purpose. */
  readonly sensitive: boolean;
}

export type PlanNoticeCode = 'NO_ADMISSIBLE_FRIEND' | 'CHOSE_NOBODY';

/** Something the teacher should know that does not stop a plan (e.g. a vulnerable pupil's friends are all off limits). */
export interface PlanNotice {
  readonly code: PlanNoticeCode;
  readonly pupils: readonly string[];
  readonly text: { readonly nb: string; readonly en: string };
  /** Rests on negative or bullying answers: shown only once such answers are opened for a purpose. */
  readonly sensitive: boolean;
}
