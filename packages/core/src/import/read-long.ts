/**
 * Long format (edge list): one row per nomination, `respondent, nominee[, question][, wave]`. A row with an
 * empty nominee means the respondent answered that question and named nobody.
 */
import { SurveyImportError } from '../survey/survey-import-error.ts';
import { surveyIssue, type SurveyIssue } from '../survey/survey-issue.ts';
import { resolveColumn } from './resolve-column.ts';
import type { ColumnOptions, RawChoice, RawQuestion, RawResponse, RawSurvey } from './raw-survey.ts';
import type { Table } from './table.ts';

export interface ReadLongOptions {
  readonly columns?: ColumnOptions;
  /** Which wave to read when the file holds several (default: the first in the file). */
  readonly wave?: string;
  readonly file?: string;
}

/** Label of the single question of a long file without a question column. */
export const DEFAULT_LONG_QUESTION = 'nominations';

export function readLong(table: Table, options: ReadLongOptions = {}): RawSurvey {
  const { header } = table;
  const file = options.file;
  const columns = options.columns ?? {};
  const respondentIndex = resolveColumn(header, 'respondent', columns.respondent, file);
  const nomineeIndex = resolveColumn(header, 'nominee', columns.nominee, file, [respondentIndex]);
  const errors: SurveyIssue[] = [];
  if (respondentIndex < 0) errors.push(surveyIssue('NO_NAME_COLUMN', 'No column with the respondent\'s name was found (e.g. "respondent", "navn", "from"). Name it, or choose it with --respondent-column.', { row: table.headerRow, file }));
  if (nomineeIndex < 0) errors.push(surveyIssue('NO_NOMINEE_COLUMN', 'No column with the chosen pupil was found (e.g. "nominee", "valgt", "to"). Name it, or choose it with --nominee-column.', { row: table.headerRow, file }));
  if (errors.length > 0) throw new SurveyImportError(errors);
  const used = [respondentIndex, nomineeIndex];
  const questionIndex = resolveColumn(header, 'question', columns.question, file, used);
  const waveIndex = resolveColumn(header, 'wave', columns.wave, file, [...used, questionIndex]);
  const respondentColumn = header[respondentIndex] ?? '';
  const nomineeColumn = header[nomineeIndex] ?? '';
  const issues: SurveyIssue[] = [];

  let rows = table.rows;
  if (waveIndex >= 0) {
    const waves = [...new Set(rows.map((row) => row.cells[waveIndex] ?? '').filter((wave) => wave !== ''))];
    const chosen = options.wave ?? waves[0];
    if (options.wave === undefined && waves.length > 1) {
      issues.push(surveyIssue('MULTIPLE_WAVES', `The file holds ${waves.length} waves (${waves.join(', ')}); wave "${chosen}" was read. Choose another with --wave.`, { column: header[waveIndex], file }));
    }
    rows = rows.filter((row) => (row.cells[waveIndex] ?? '') === chosen || (row.cells[waveIndex] ?? '') === '');
  }

  const questions = new Map<string, RawQuestion>();
  const responses = new Map<string, { respondent: string; row: number; question: string; choices: RawChoice[] }>();
  for (const { row, cells } of rows) {
    const respondent = cells[respondentIndex] ?? '';
    if (respondent === '') {
      issues.push(surveyIssue('RESPONDENT_MISSING', `Row ${row} has no respondent name; it was skipped.`, { row, column: respondentColumn, file }));
      continue;
    }
    const question = questionIndex >= 0 ? (cells[questionIndex] ?? '') : DEFAULT_LONG_QUESTION;
    if (!questions.has(question)) {
      questions.set(question, { key: question, label: question || DEFAULT_LONG_QUESTION, limit: null, column: questionIndex >= 0 ? (header[questionIndex] ?? null) : null });
    }
    const key = `${respondent}\u0000${question}`;
    const response = responses.get(key) ?? { respondent, row, question, choices: [] };
    responses.set(key, response);
    const nominee = cells[nomineeIndex] ?? '';
    if (nominee !== '') response.choices.push({ text: nominee, row, column: nomineeColumn });
  }

  return {
    format: 'long',
    questions: [...questions.values()],
    responses: [...responses.values()].map((response): RawResponse => ({ ...response, column: respondentColumn })),
    mentioned: [],
    columns: {
      respondent: respondentColumn,
      nominee: nomineeColumn,
      question: questionIndex >= 0 ? (header[questionIndex] ?? null) : null,
      wave: waveIndex >= 0 ? (header[waveIndex] ?? null) : null,
      questions: [],
      ignored: header.filter((_, i) => ![respondentIndex, nomineeIndex, questionIndex, waveIndex].includes(i)),
    },
    issues,
  };
}
