/** What the dashboard keeps in the browser: classes with their waves, and the access log. */
import type { PupilPair, RoomLayoutSpec, Survey, SurveyIssue } from '@sociogram/core';

export interface StoredWave {
  readonly id: string;
  readonly label: string;
  /** ISO date of the survey. */
  readonly date: string;
  readonly survey: Survey;
  readonly importIssues: readonly SurveyIssue[];
  readonly file: string | null;
  /**
   * Choices of pupils in other classes, from a school file saved as several classes at once (class composition
   * counts them); absent in waves saved before these were kept and in one-class imports. Optional and carried
   * along untouched by builds that do not know it (they copy waves whole), so STORE_FORMAT is unchanged.
   */
  readonly crossClass?: readonly StoredCrossNomination[];
}

/** A pupil of this wave (`from`) chose pupil `to` of the wave `toWave` (another class's wave of the same file). */
export interface StoredCrossNomination {
  readonly from: string;
  readonly toWave: string;
  readonly to: string;
  /** The question's id in this wave's survey. */
  readonly question: string;
}

export interface StoredClass {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  /** The built-in demo class: never stored, never deleted. */
  readonly demo?: boolean;
  readonly waves: readonly StoredWave[];
  /** Saved group plans and seating plans, newest last. */
  readonly groupPlans?: readonly StoredGroupPlan[];
  readonly seatings?: readonly StoredSeating[];
  /** Per pupil id. */
  readonly supportGroups?: Readonly<Record<string, SupportGroupRecord>>;
  readonly followUps?: Readonly<Record<string, FollowUpRecord>>;
  /** The teacher's planning choices: protected pupils, pairs kept apart or together. */
  readonly planning?: PlanningChoices;
}

export interface PlanningChoices {
  readonly vulnerable: Readonly<Record<string, boolean>>;
  readonly separate: readonly PupilPair[];
  readonly together: readonly PupilPair[];
  /** Group locks ("keep here"): the pupil stays in that group number; the same number together, different apart. */
  readonly locks?: Readonly<Record<string, number>>;
  /** Seat locks: the pupil keeps that seat (by seat id) in every seating plan. */
  readonly seatLocks?: Readonly<Record<string, string>>;
  /** Pupils who sit in the front rows (overrides the roster's front/support column). */
  readonly front?: Readonly<Record<string, boolean>>;
  /** Gender balance in groups: `mixed` (the planner's balance rule, the default) or `ignore`. */
  readonly genderMix?: 'mixed' | 'ignore';
}

export interface StoredGroupPlan {
  readonly id: string;
  readonly waveId: string;
  readonly createdAt: string;
  readonly groupSize: number;
  readonly groups: readonly (readonly string[])[];
  /** Pupils absent when the plan was made (left out of it). */
  readonly absent?: readonly string[];
}

export interface StoredSeating {
  readonly id: string;
  readonly waveId: string;
  readonly createdAt: string;
  readonly layout: RoomLayoutSpec;
  /** Where the teacher's desk stands; front when absent. */
  readonly teacherDesk?: 'front' | 'back';
  readonly seats: readonly (string | null)[];
}

export interface SupportGroupRecord {
  readonly members: readonly string[];
  readonly agreedWithPupil: boolean;
  /** The day the group starts (`YYYY-MM-DD`, local). */
  readonly date: string;
  /** The adult the group and the pupil turn to. */
  readonly contact?: string;
  /** When the group is next evaluated (`YYYY-MM-DD`). */
  readonly evaluation?: string;
}

export type MeasureStatus = 'planned' | 'active' | 'done' | 'stopped';

export interface Measure {
  readonly id: string;
  readonly text: string;
  readonly responsible: string;
  readonly start: string;
  readonly evaluation: string;
  readonly notes: string;
  readonly status: MeasureStatus;
}

export interface FollowUpRecord {
  readonly measures: readonly Measure[];
  readonly log: readonly { readonly at: string; readonly text: string }[];
}

export interface AccessLogEntry {
  readonly at: string;
  readonly classId: string;
  readonly className: string;
  readonly purpose: string;
}
