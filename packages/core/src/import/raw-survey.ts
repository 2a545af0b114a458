/**
 * The format-neutral middle of import: answers exactly as typed, located in the file, before names are
 * reconciled with the roster. Each format reader (long, wide, matrix) produces one.
 */
import type { SurveyIssue } from '../survey/survey-issue.ts';

/**
 * The layout of a survey file: `long` (one row per nomination), `wide` (one row per respondent, a column or columns
 * per question) or `matrix` (respondents × pupils for one question).
 */
export type SurveyFormat = 'long' | 'wide' | 'matrix';

export interface RawQuestion {
  /** The text that identifies the question in the file (wide: header prefix; long: question value). */
  readonly key: string;
  readonly label: string;
  /** The limit the layout implies (number of columns in a spread question), null when none. */
  readonly limit: number | null;
  /** The first column holding it. */
  readonly column: string | null;
}

export interface RawChoice {
  readonly text: string;
  readonly row: number;
  readonly column: string;
}

/** One respondent's answer to one question: the names typed, possibly none. */
export interface RawResponse {
  readonly respondent: string;
  readonly row: number;
  readonly column: string;
  readonly question: string;
  readonly choices: readonly RawChoice[];
}

/** Which column was taken for what, reported so the user can check and override it. */
export interface DetectedColumns {
  readonly respondent: string | null;
  readonly nominee: string | null;
  readonly question: string | null;
  readonly wave: string | null;
  readonly questions: readonly string[];
  readonly ignored: readonly string[];
}

export interface RawSurvey {
  readonly format: SurveyFormat;
  readonly questions: readonly RawQuestion[];
  readonly responses: readonly RawResponse[];
  /** Names that appear in the file without answering (matrix column headers). */
  readonly mentioned: readonly RawChoice[];
  readonly columns: DetectedColumns;
  readonly issues: readonly SurveyIssue[];
}

/** Column overrides; each names a header as it appears in the file. */
export interface ColumnOptions {
  /** The column naming the respondent (long and wide formats). */
  readonly respondent?: string;
  /** Long format: the column naming the nominated pupil. */
  readonly nominee?: string;
  /** Long format: the column naming the question. */
  readonly question?: string;
  /** Long format: the column naming the wave. */
  readonly wave?: string;
  /** Wide format: exactly these columns are questions. */
  readonly questions?: readonly string[];
  /** Wide format: also ignore these columns. */
  readonly ignore?: readonly string[];
  /**
   * The column naming each respondent's class (the file is split into its classes); detected when absent
   * (see detectClassColumn), and `null` reads the file as one class.
   */
  readonly class?: string | null;
}
