/** What the dashboard keeps in the browser: classes with their waves, and the access log. */
import type { Survey, SurveyIssue } from '@sociogram/core';

export interface StoredWave {
  readonly id: string;
  readonly label: string;
  /** ISO date of the survey. */
  readonly date: string;
  readonly survey: Survey;
  readonly importIssues: readonly SurveyIssue[];
  readonly file: string | null;
}

export interface StoredClass {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  /** The built-in demo class: never stored, never deleted. */
  readonly demo?: boolean;
  readonly waves: readonly StoredWave[];
}

export interface AccessLogEntry {
  readonly at: string;
  readonly classId: string;
  readonly className: string;
  readonly purpose: string;
}
