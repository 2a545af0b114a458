/**
 * Matrix format: one file per question, an N×N table with the respondents down the first column and the
 * nominees across the header; a cell of 1 (any number above 0, or "x") is a nomination. A row whose cells are
 * all empty did not answer; a row of zeros answered and named nobody.
 */
import { SurveyImportError } from '../survey/survey-import-error.ts';
import { surveyIssue, type SurveyIssue } from '../survey/survey-issue.ts';
import type { RawChoice, RawResponse, RawSurvey } from './raw-survey.ts';
import type { Table } from './table.ts';

const CELL = /^(x|\d+([.,]\d+)?)$/i;

function isNomination(cell: string): boolean {
  return cell.toLowerCase() === 'x' || Number(cell.replace(',', '.')) > 0;
}

/** Whether a table reads as a matrix: names across and down that largely agree, and numeric cells. */
export function looksLikeMatrix(table: Table): boolean {
  const names = table.header.slice(1).filter((name) => name !== '');
  if (names.length < 2 || table.rows.length < 2) return false;
  let cells = 0;
  let numeric = 0;
  for (const { cells: row } of table.rows) {
    for (const cell of row.slice(1, table.header.length)) {
      if (cell === '') continue;
      cells++;
      if (CELL.test(cell)) numeric++;
    }
  }
  const rowNames = new Set(table.rows.map((row) => (row.cells[0] ?? '').toLowerCase()));
  const shared = names.filter((name) => rowNames.has(name.toLowerCase())).length;
  return cells > 0 && numeric / cells >= 0.95 && shared / names.length >= 0.5;
}

export interface ReadMatrixOptions {
  /** The question this matrix answers (default: the file name without extension). */
  readonly question?: string;
  readonly file?: string;
}

export function readMatrix(table: Table, options: ReadMatrixOptions = {}): RawSurvey {
  const { header } = table;
  const file = options.file;
  const nominees = header.slice(1);
  if (nominees.filter((name) => name !== '').length < 2) {
    throw new SurveyImportError([surveyIssue('MATRIX_NOT_SQUARE', 'A matrix needs the pupils\' names across the first row and down the first column.', { row: table.headerRow, file })]);
  }
  const question = options.question ?? (file ? file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') : 'matrix');
  const respondentColumn = header[0] ?? '';
  const issues: SurveyIssue[] = [];
  const responses: RawResponse[] = [];
  for (const { row, cells } of table.rows) {
    const respondent = cells[0] ?? '';
    const values = nominees.map((_, j) => cells[j + 1] ?? '');
    if (respondent === '') {
      if (values.some((value) => value !== '')) issues.push(surveyIssue('RESPONDENT_MISSING', `Row ${row} has no name in the first column; it was skipped.`, { row, column: respondentColumn, file }));
      continue;
    }
    if (values.every((value) => value === '')) continue;
    const choices: RawChoice[] = [];
    values.forEach((value, j) => {
      const column = nominees[j] ?? '';
      if (value === '') return;
      if (!CELL.test(value)) {
        issues.push(surveyIssue('MATRIX_INVALID_CELL', `The cell for ${respondent} → ${column} holds "${value}", not 0/1; it was ignored.`, { row, column, file }, { text: value }));
        return;
      }
      if (isNomination(value) && column !== '') choices.push({ text: column, row, column });
    });
    responses.push({ respondent, row, column: respondentColumn, question, choices });
  }
  return {
    format: 'matrix',
    questions: [{ key: question, label: question, limit: null, column: null }],
    responses,
    mentioned: nominees.filter((name) => name !== '').map((text) => ({ text, row: table.headerRow, column: text })),
    columns: { respondent: respondentColumn, nominee: null, question: null, wave: null, questions: nominees, ignored: [] },
    issues,
  };
}
