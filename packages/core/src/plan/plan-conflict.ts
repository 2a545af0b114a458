/**
 * Why no plan can meet every hard rule (and notices that are not conflicts), as codes and messages that
 * `@sociogram/core/messages` writes in words a teacher understands.
 */
import type { Message } from '../messages/message-facts.ts';

/** The kind of a conflict. */
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

/** A set of rules that cannot all hold. */
export interface PlanConflict {
  readonly code: PlanConflictCode;
  readonly pupils: readonly string[];
  /** The conflict as a code and its facts. */
  readonly message: Message;
  /** Rests on negative or bullying answers: shown only once such answers are opened for a purpose. */
  readonly sensitive: boolean;
}

/** The kind of a notice. */
export type PlanNoticeCode = 'NO_ADMISSIBLE_FRIEND' | 'CHOSE_NOBODY';

/** Something the teacher should know that does not stop a plan (e.g. a vulnerable pupil's friends are all off limits). */
export interface PlanNotice {
  readonly code: PlanNoticeCode;
  readonly pupils: readonly string[];
  /** The notice as a code and its facts. */
  readonly message: Message;
  /** Rests on negative or bullying answers: shown only once such answers are opened for a purpose. */
  readonly sensitive: boolean;
}
