/**
 * Wide format (forms exports): one row per respondent. A question is either spread over several columns
 * (`Q [1]`, `Q [2]`, `Q (1)`, `Q_1` …: one name per cell, limit = number of columns) or held in one
 * multi-select cell (`Ola; Kari, Per`: names separated by `;`, `,` or line breaks, no limit).
 * Timestamp, e-mail, id and score columns are ignored.
 */
import { SurveyImportError } from '../survey/survey-import-error.ts';
import { surveyIssue, type SurveyIssue } from '../survey/survey-issue.ts';
import { headerHasRole } from './detect-columns.ts';
import { resolveColumn } from './resolve-column.ts';
import type { ColumnOptions, RawChoice, RawQuestion, RawResponse, RawSurvey } from './raw-survey.ts';
import type { Table } from './table.ts';

export interface ReadWideOptions {
  readonly columns?: ColumnOptions;
  readonly file?: string;
}

/** Splits a multi-select cell into the names it holds. */
export function splitMultiSelect(cell: string): string[] {
  return cell
    .split(/[;,\n\r]+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

const BRACKETED = /^(.*?)\s*[[(]\s*([^\])]*?)\s*[\])]\s*$/;
const NUMBERED = /^(.*?)[\s_#.-]+(\d{1,2})$/;

interface ColumnGroup {
  readonly key: string;
  readonly indexes: number[];
}

/** Groups question columns by the header prefix they share. */
function groupQuestionColumns(header: readonly string[], indexes: readonly number[]): ColumnGroup[] {
  const prefixOf = (text: string): string | null => BRACKETED.exec(text)?.[1] ?? null;
  const numberedPrefix = (text: string): string | null => NUMBERED.exec(text)?.[1] ?? null;
  const numberedCounts = new Map<string, number>();
  for (const i of indexes) {
    const prefix = numberedPrefix(header[i] ?? '');
    if (prefix) numberedCounts.set(prefix, (numberedCounts.get(prefix) ?? 0) + 1);
  }
  const groups = new Map<string, ColumnGroup>();
  for (const i of indexes) {
    const text = header[i] ?? '';
    const numbered = numberedPrefix(text);
    const key = prefixOf(text) ?? (numbered && (numberedCounts.get(numbered) ?? 0) > 1 ? numbered : text);
    const group = groups.get(key) ?? { key, indexes: [] };
    group.indexes.push(i);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function readWide(table: Table, options: ReadWideOptions = {}): RawSurvey {
  const { header } = table;
  const file = options.file;
  const columns = options.columns ?? {};
  const respondentIndex = resolveColumn(header, 'respondent', columns.respondent, file);
  if (respondentIndex < 0) {
    throw new SurveyImportError([surveyIssue('NO_NAME_COLUMN', 'No column with the respondent\'s name was found (e.g. "Navn", "Name", "Elev"). Rename that column, or choose it with --respondent-column.', { row: table.headerRow, file }, { candidates: [...header] })]);
  }
  const extraIgnored = (columns.ignore ?? []).map((name) => resolveColumn(header, 'ignore', name, file));
  let questionIndexes: number[];
  if (columns.questions) {
    questionIndexes = columns.questions.map((name) => resolveColumn(header, 'ignore', name, file));
  } else {
    questionIndexes = header
      .map((_, i) => i)
      .filter((i) => i !== respondentIndex && !extraIgnored.includes(i))
      .filter((i) => !headerHasRole(header[i] ?? '', 'ignore') && !headerHasRole(header[i] ?? '', 'id'))
      .filter((i) => (header[i] ?? '') !== '' || table.rows.some((row) => (row.cells[i] ?? '') !== ''));
  }
  if (questionIndexes.length === 0) {
    throw new SurveyImportError([surveyIssue('NO_QUESTION_COLUMNS', 'No question columns were found next to the name column. Each question needs a column (or several, like "Q [1]", "Q [2]").', { row: table.headerRow, file })]);
  }
  const respondentColumn = header[respondentIndex] ?? '';
  const groups = groupQuestionColumns(header, questionIndexes);
  const questions: RawQuestion[] = groups.map((group) => ({
    key: group.key,
    label: group.key,
    limit: group.indexes.length > 1 ? group.indexes.length : null,
    column: header[group.indexes[0]!] ?? null,
  }));

  const issues: SurveyIssue[] = [];
  const responses: RawResponse[] = [];
  for (const { row, cells } of table.rows) {
    const respondent = cells[respondentIndex] ?? '';
    const answered = questionIndexes.some((i) => (cells[i] ?? '') !== '');
    if (respondent === '') {
      if (answered) issues.push(surveyIssue('RESPONDENT_MISSING', `Row ${row} has answers but no name in "${respondentColumn}"; it was skipped.`, { row, column: respondentColumn, file }));
      continue;
    }
    // A submitted row is a response: every question blank means the respondent named nobody (a warning sign
    // of its own, GAVE_NO_NOMINATIONS), not that they did not answer.
    if (!answered) {
      issues.push(surveyIssue('EMPTY_RESPONSE', `${respondent} (row ${row}) handed in the form with every question blank; counted as answering and naming nobody.`, { row, column: respondentColumn, file }, { text: respondent }));
    }
    for (const group of groups) {
      const choices: RawChoice[] = [];
      for (const i of group.indexes) {
        const column = header[i] ?? '';
        const cell = cells[i] ?? '';
        const names = group.indexes.length > 1 ? (cell === '' ? [] : [cell]) : splitMultiSelect(cell);
        for (const text of names) choices.push({ text, row, column });
      }
      responses.push({ respondent, row, column: respondentColumn, question: group.key, choices });
    }
  }

  return {
    format: 'wide',
    questions,
    responses,
    mentioned: [],
    columns: {
      respondent: respondentColumn,
      nominee: null,
      question: null,
      wave: null,
      questions: questionIndexes.map((i) => header[i] ?? ''),
      ignored: header.filter((_, i) => i !== respondentIndex && !questionIndexes.includes(i)),
    },
    issues,
  };
}

