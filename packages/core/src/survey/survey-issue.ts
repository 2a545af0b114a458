/**
 * Problems found in survey input, returned as data. Every code is explained for teachers in docs/import.md.
 */

/** `error`: the file cannot be used; `warning`: data was dropped or guessed; `info`: worth knowing. */
export type Severity = 'error' | 'warning' | 'info';

/** Stable issue codes (add, never rename). */
export type IssueCode =
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'XLSX_UNREADABLE'
  | 'XLSX_TOO_LARGE'
  | 'FILE_TOO_LARGE'
  | 'SHEET_NOT_FOUND'
  | 'NO_NAME_COLUMN'
  | 'NO_NOMINEE_COLUMN'
  | 'NO_QUESTION_COLUMNS'
  | 'COLUMN_NOT_FOUND'
  | 'MATRIX_NOT_SQUARE'
  | 'MAPPING_INVALID'
  | 'ROSTER_NO_NAME_COLUMN'
  | 'ROSTER_DUPLICATE_ID'
  | 'ROSTER_EMPTY'
  | 'ENCODING_FALLBACK'
  | 'RAGGED_ROW'
  | 'MULTIPLE_WAVES'
  | 'MAPPING_UNMATCHED'
  | 'QUESTION_KIND_ASSUMED'
  | 'MATRIX_INVALID_CELL'
  | 'RESPONDENT_UNKNOWN'
  | 'RESPONDENT_MISSING'
  | 'DUPLICATE_RESPONDENT'
  | 'EMPTY_RESPONSE'
  | 'NAME_NORMALISED'
  | 'NAME_INITIAL_MATCH'
  | 'NAME_FIRST_NAME_MATCH'
  | 'NAME_FUZZY_MATCH'
  | 'NAME_AMBIGUOUS'
  | 'NAME_UNKNOWN'
  | 'SELF_NOMINATION'
  | 'DUPLICATE_NOMINATION'
  | 'OVER_LIMIT'
  | 'NON_RESPONDENT'
  | 'NO_POSITIVE_QUESTION'
  | 'NO_NEGATIVE_QUESTION'
  | 'STATUS_ZERO_VARIANCE'
  | 'LOW_RESPONSE_RATE'
  | 'NAME_ORDER_BIAS'
  | 'UNRESOLVED_NAMES'
  | 'CLASS_MISSING'
  | 'CROSS_CLASS_NOMINATION'
  | 'CLASS_ROSTER_UNSPLIT';

/**
 * One problem, located: `row` is the 1-based row in the file as a spreadsheet shows it (header = row 1),
 * `column` the column header. Name issues carry the typed `text`, the matched `pupil` and the `candidates`.
 */
export interface SurveyIssue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
  readonly file?: string;
  readonly text?: string;
  readonly pupil?: string;
  readonly candidates?: readonly string[];
  /** The class the issue belongs to, when the file held several classes (see splitting in docs/import.md). */
  readonly class?: string;
}

/** The severity each code always has. */
export const ISSUE_SEVERITY: Readonly<Record<IssueCode, Severity>> = Object.freeze({
  EMPTY_FILE: 'error',
  BINARY_FILE: 'error',
  XLSX_UNREADABLE: 'error',
  XLSX_TOO_LARGE: 'error',
  FILE_TOO_LARGE: 'error',
  SHEET_NOT_FOUND: 'error',
  NO_NAME_COLUMN: 'error',
  NO_NOMINEE_COLUMN: 'error',
  NO_QUESTION_COLUMNS: 'error',
  COLUMN_NOT_FOUND: 'error',
  MATRIX_NOT_SQUARE: 'error',
  MAPPING_INVALID: 'error',
  ROSTER_NO_NAME_COLUMN: 'error',
  ROSTER_EMPTY: 'error',
  ROSTER_DUPLICATE_ID: 'warning',
  ENCODING_FALLBACK: 'info',
  RAGGED_ROW: 'warning',
  MULTIPLE_WAVES: 'warning',
  MAPPING_UNMATCHED: 'warning',
  QUESTION_KIND_ASSUMED: 'warning',
  MATRIX_INVALID_CELL: 'warning',
  RESPONDENT_UNKNOWN: 'warning',
  RESPONDENT_MISSING: 'warning',
  DUPLICATE_RESPONDENT: 'warning',
  EMPTY_RESPONSE: 'info',
  NAME_NORMALISED: 'info',
  NAME_INITIAL_MATCH: 'info',
  NAME_FIRST_NAME_MATCH: 'info',
  NAME_FUZZY_MATCH: 'warning',
  NAME_AMBIGUOUS: 'warning',
  NAME_UNKNOWN: 'warning',
  SELF_NOMINATION: 'warning',
  DUPLICATE_NOMINATION: 'warning',
  OVER_LIMIT: 'warning',
  NON_RESPONDENT: 'info',
  NO_POSITIVE_QUESTION: 'warning',
  NO_NEGATIVE_QUESTION: 'info',
  STATUS_ZERO_VARIANCE: 'warning',
  LOW_RESPONSE_RATE: 'warning',
  NAME_ORDER_BIAS: 'warning',
  UNRESOLVED_NAMES: 'warning',
  CLASS_MISSING: 'warning',
  CROSS_CLASS_NOMINATION: 'info',
  CLASS_ROSTER_UNSPLIT: 'info',
});

/** Builds an issue with the code's fixed severity. */
export function surveyIssue(
  code: IssueCode,
  message: string,
  where: { row?: number | null; column?: string | null; file?: string } = {},
  extra: Pick<SurveyIssue, 'text' | 'pupil' | 'candidates'> = {},
): SurveyIssue {
  return {
    code,
    severity: ISSUE_SEVERITY[code],
    row: where.row ?? null,
    column: where.column ?? null,
    message,
    ...(where.file === undefined ? {} : { file: where.file }),
    ...extra,
  };
}
