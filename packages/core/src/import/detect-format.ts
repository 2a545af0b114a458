/** Guesses the layout of a table: long (a nominee column), matrix (names both ways, 0/1 cells) or wide. */
import { findColumn } from './detect-columns.ts';
import type { ColumnOptions, SurveyFormat } from './raw-survey.ts';
import { looksLikeMatrix } from './read-matrix.ts';
import type { Table } from './table.ts';

export function detectFormat(table: Table, columns: ColumnOptions = {}): SurveyFormat {
  if (columns.nominee !== undefined) return 'long';
  const respondent = findColumn(table.header, 'respondent');
  if (respondent >= 0 && findColumn(table.header, 'nominee', [respondent]) >= 0) return 'long';
  if (columns.questions === undefined && looksLikeMatrix(table)) return 'matrix';
  return 'wide';
}
