/**
 * Roster table → pupils: an id column and/or a name column (either alone is enough), every other column kept
 * as an attribute (gender, support, absence …). Duplicate ids keep the first row and are reported.
 */
import type { Pupil } from '../survey/survey.ts';
import { SurveyImportError } from '../survey/survey-import-error.ts';
import { surveyIssue, type SurveyIssue } from '../survey/survey-issue.ts';
import { findColumn } from './detect-columns.ts';
import type { Table } from './table.ts';
import { dictionary } from '../survey/own.ts';

export interface RosterResult {
  readonly pupils: readonly Pupil[];
  readonly issues: readonly SurveyIssue[];
}

export function readRoster(table: Table, file?: string): RosterResult {
  const { header } = table;
  const idIndex = findColumn(header, 'id');
  const nameIndex = findColumn(header, 'respondent', [idIndex]);
  if (idIndex < 0 && nameIndex < 0) {
    throw new SurveyImportError([surveyIssue('ROSTER_NO_NAME_COLUMN', 'The roster needs a column "id" or "name"/"navn" with the pupils.', { row: table.headerRow, file }, { candidates: [...header] })]);
  }
  const attributeIndexes = header.map((_, i) => i).filter((i) => i !== idIndex && i !== nameIndex && (header[i] ?? '') !== '');
  const issues: SurveyIssue[] = [];
  const pupils: Pupil[] = [];
  const seen = new Set<string>();
  for (const { row, cells } of table.rows) {
    const name = cells[nameIndex >= 0 ? nameIndex : idIndex] ?? '';
    const id = cells[idIndex >= 0 ? idIndex : nameIndex] ?? '';
    if (id === '') continue;
    if (seen.has(id)) {
      issues.push(surveyIssue('ROSTER_DUPLICATE_ID', `The id "${id}" appears more than once in the roster; row ${row} was ignored.`, { row, column: header[idIndex >= 0 ? idIndex : nameIndex] ?? null, file }, { text: id }));
      continue;
    }
    seen.add(id);
    const attributes = dictionary<string>();
    for (const i of attributeIndexes) {
      const value = cells[i] ?? '';
      if (value !== '') attributes[header[i]!] = value;
    }
    pupils.push({ id, name: name || id, attributes });
  }
  if (pupils.length === 0) throw new SurveyImportError([surveyIssue('ROSTER_EMPTY', 'The roster has no pupils.', { file })]);
  return { pupils, issues };
}
