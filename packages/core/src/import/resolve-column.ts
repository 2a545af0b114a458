/** Finds a column either by the user's override (which must exist) or by header detection. */
import { SurveyImportError } from '../survey/survey-import-error.ts';
import { surveyIssue } from '../survey/survey-issue.ts';
import { columnByName, findColumn, type ColumnRole } from './detect-columns.ts';

export function resolveColumn(
  header: readonly string[],
  role: ColumnRole,
  override: string | undefined,
  file: string | undefined,
  exclude: readonly number[] = [],
): number {
  if (override === undefined) return findColumn(header, role, exclude);
  const index = columnByName(header, override);
  if (index < 0) {
    throw new SurveyImportError([
      surveyIssue('COLUMN_NOT_FOUND', `There is no column "${override}". Columns: ${header.join(', ')}.`, { row: 1, column: override, file }, { candidates: header }),
    ]);
  }
  return index;
}
