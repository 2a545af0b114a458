/**
 * The import pipeline: bytes → text (encoding) → table (papaparse / xlsx) → raw answers (format reader) →
 * Survey (roster matching). Everything detected can be overridden through the options.
 */
import type { Survey } from '../survey/survey.ts';
import { SurveyImportError } from '../survey/survey-import-error.ts';
import { surveyIssue, type SurveyIssue } from '../survey/survey-issue.ts';
import { buildSurvey } from './build-survey.ts';
import type { TextEncoding } from './decode-text.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits.ts';
import { append } from '../survey/append.ts';
import { detectFormat } from './detect-format.ts';
import type { QuestionMapping } from './question-mapping.ts';
import type { ColumnOptions, DetectedColumns, RawSurvey, SurveyFormat } from './raw-survey.ts';
import { readLong } from './read-long.ts';
import { readMatrix } from './read-matrix.ts';
import { readRoster } from './read-roster.ts';
import { readTable } from './read-table.ts';
import { readWide } from './read-wide.ts';
import type { Table, TableSource } from './table.ts';
import type { Pupil } from '../survey/survey.ts';
import { detectClassColumn, classOfCells } from './detect-class-column.ts';
import { schoolSurvey, type SchoolImport } from './school-import.ts';
import { splitByClass } from './split-by-class.ts';

/** Options of `importSurvey` and `importOutcome`; everything that is detected can be set here instead. */
export interface ImportOptions {
  /** The survey file's name, used in issues and as the matrix question's default name. */
  readonly file?: string;
  /** Layout; detected when absent. */
  readonly format?: SurveyFormat;
  /** Sheet to read from an .xlsx file (default: the first). */
  readonly sheet?: string;
  /** Text encoding of a CSV file; detected when absent. */
  readonly encoding?: TextEncoding;
  /** CSV delimiter; detected when absent. */
  readonly delimiter?: string;
  /** Column overrides, by header text. */
  readonly columns?: ColumnOptions;
  /** Long format: the wave to read when the file holds several. */
  readonly wave?: string;
  /** Matrix format: the question's name (default: the file name). */
  readonly question?: string;
  /** The roster file's bytes (CSV or xlsx). */
  readonly roster?: Uint8Array;
  /** The roster file's name, used in issues. */
  readonly rosterFile?: string;
  /** Question mapping (see `parseQuestionMapping`); always wins over detection. */
  readonly questions?: readonly QuestionMapping[];
  /** Name corrections: typed text → pupil id (e.g. a fuzzy match the user fixed). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Size limits for the survey and roster files (docs/import.md § Limits); each absent one is its default. */
  readonly limits?: Partial<ImportLimits>;
  /** Called after each class of a file split into classes (`done` of `total`), for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What was detected, so a user interface can show it and let the user override it. */
export interface ImportDetection {
  readonly format: SurveyFormat;
  readonly source: TableSource;
  readonly columns: DetectedColumns;
  readonly header: readonly string[];
  readonly rowCount: number;
  /** The first data rows as read (at most 5), for a preview. */
  readonly preview: readonly (readonly string[])[];
  readonly rosterSource: TableSource | null;
  /** The class column the file was split by (only when it held several classes; null: by the roster's). */
  readonly classColumn?: string | null;
}

/**
 * What `importSurvey` returns: the survey, the problems found (none of them errors), what was detected and, for a file
 * of several classes, the classes one by one.
 */
export interface ImportResult {
  readonly survey: Survey;
  /** Every problem found, errors never among them (those throw). */
  readonly issues: readonly SurveyIssue[];
  readonly detected: ImportDetection;
  /**
   * Present only when the file held several classes: each class's Survey and issues, and the nominations
   * across classes. `survey` is then the whole file (schoolSurvey) and `issues` every issue of every class.
   */
  readonly school?: SchoolImport;
}

/**
 * Imports a survey file. Throws `SurveyImportError` (carrying every issue) when the file cannot be used;
 * otherwise returns the Survey and the issues (warnings and notes) found on the way.
 */
export function importSurvey(bytes: Uint8Array, given: ImportOptions = {}): ImportResult {
  let options = given;
  const file = options.file;
  const { table, issues: tableIssues } = readTable(bytes, { file, sheet: options.sheet, encoding: options.encoding, delimiter: options.delimiter, limits: options.limits });
  const issues: SurveyIssue[] = [];
  append(issues, tableIssues);

  let rosterSource: TableSource | null = null;
  let roster;
  let rosterTable: Table | undefined;
  if (options.roster) {
    const read = readTable(options.roster, { file: options.rosterFile, limits: options.limits });
    rosterTable = read.table;
    rosterSource = read.table.source;
    const result = readRoster(read.table, options.rosterFile);
    append(issues, read.issues);
    append(issues, result.issues);
    roster = result.pupils;
  }

  const format = options.format ?? detectFormat(table, options.columns);
  const maxPupils = options.limits?.maxPupils ?? DEFAULT_IMPORT_LIMITS.maxPupils;
  if (format !== 'matrix') {
    const school = importSchool(table, format, roster, rosterTable, options, issues);
    if (school) {
      const names = school.split.raws.reduce((sum, raw) => sum + distinctNames(raw, maxPupils), 0);
      if (names > maxPupils) throw tooLarge(`The file names more than ${maxPupils} different people`, file);
      const first = school.split.raws[0]!;
      return {
        survey: schoolSurvey(school.result),
        issues: [...issues, ...school.split.classes.flatMap((c) => c.issues)],
        detected: { format, source: table.source, columns: first.columns, header: table.header, rowCount: table.rows.length, preview: table.rows.slice(0, 5).map((row) => row.cells), rosterSource, classColumn: school.result.classColumn },
        school: school.result,
      };
    }
    if (school === null && classColumnOf(table, options) !== null) options = { ...options, columns: { ...options.columns, ignore: [...(options.columns?.ignore ?? []), classColumnOf(table, options)!] } };
  }
  let raw: RawSurvey;
  if (format === 'long') raw = readLong(table, { columns: options.columns, wave: options.wave, file });
  else if (format === 'matrix') raw = readMatrix(table, { question: options.question, file });
  else raw = readWide(table, { columns: options.columns, file });

  const names = distinctNames(raw, maxPupils);
  if (names > maxPupils || (roster !== undefined && roster.length > maxPupils)) {
    const what = roster !== undefined && roster.length > maxPupils ? `The roster lists ${roster.length} pupils` : `The file names more than ${maxPupils} different people`;
    throw new SurveyImportError([surveyIssue('FILE_TOO_LARGE', `${what}; the limit is ${maxPupils} (a school's whole export is about 1,600). Import one class, year group or school at a time.`, { file: roster !== undefined && roster.length > maxPupils ? options.rosterFile : file })]);
  }
  const built = buildSurvey(raw, { roster, questions: options.questions, file, aliases: options.aliases });
  append(issues, built.issues);
  if (built.survey.pupils.length === 0) {
    const all = [surveyIssue('EMPTY_FILE', 'No pupils were found in the file: no row has a name and an answer.', { file })];
    append(all, issues);
    throw new SurveyImportError(all);
  }
  return {
    survey: built.survey,
    issues,
    detected: { format, source: table.source, columns: raw.columns, header: table.header, rowCount: table.rows.length, preview: table.rows.slice(0, 5).map((row) => row.cells), rosterSource },
  };
}

/** Different names (trimmed, any case) among respondents and choices, counted up to one past `limit`. */
function distinctNames(raw: RawSurvey, limit: number): number {
  const seen = new Set<string>();
  const add = (text: string) => {
    const key = text.trim().toLowerCase();
    if (key !== '' && seen.size <= limit) seen.add(key);
  };
  for (const response of raw.responses) {
    add(response.respondent);
    for (const choice of response.choices) add(choice.text);
  }
  for (const choice of raw.mentioned) add(choice.text);
  return seen.size;
}

function tooLarge(what: string, file: string | undefined): SurveyImportError {
  return new SurveyImportError([surveyIssue('FILE_TOO_LARGE', `${what}; the limit is ${DEFAULT_IMPORT_LIMITS.maxPupils.toLocaleString('en')} (a school's whole export is about 1,600). Import one class, year group or school at a time.`, { file })]);
}

/** The header of the survey's class column (detected or chosen), null when there is none. */
function classColumnOf(table: Table, options: ImportOptions): string | null {
  const column = detectClassColumn(table, options.columns?.class, options.file);
  return column === null ? null : (table.header[column.index] ?? null);
}

/**
 * The file split into its classes (survey class column, or the roster's), or null when it holds one class.
 * A survey class column with a roster that has none is read as one class, with an issue saying why.
 */
function importSchool(table: Table, format: 'long' | 'wide', roster: readonly Pupil[] | undefined, rosterTable: Table | undefined, options: ImportOptions, issues: SurveyIssue[]): { split: NonNullable<ReturnType<typeof splitByClass>>; result: SchoolImport } | null {
  const classColumn = detectClassColumn(table, options.columns?.class, options.file);
  const rosterColumn = rosterTable && options.columns?.class !== null ? detectClassColumn(rosterTable, undefined, options.rosterFile) : null;
  if (classColumn === null && rosterColumn === null) return null;
  let rosterClasses: { pupils: readonly Pupil[]; classOf: Map<string, string> } | undefined;
  if (roster && rosterTable) {
    if (rosterColumn === null) {
      issues.push(surveyIssue('CLASS_ROSTER_UNSPLIT', `The file has a class column ("${table.header[classColumn!.index]}") but the roster has none, so it was read as one class. Add a class column to the roster to split the file into its classes.`, { file: options.rosterFile }));
      return null;
    }
    const classOf = new Map<string, string>();
    for (const pupil of roster) {
      const cells = rosterTable.header.map((header) => pupil.attributes[header] ?? '');
      const name = classOfCells(cells, rosterColumn);
      if (name !== '') classOf.set(pupil.id, name);
    }
    rosterClasses = { pupils: roster, classOf };
  }
  const columns = classColumn ? { ...options.columns, ignore: [...(options.columns?.ignore ?? []), ...[classColumn.index, classColumn.grade].filter((i) => i >= 0).map((i) => table.header[i]!)] } : options.columns;
  const split = splitByClass(table, { format, classColumn, roster: rosterClasses, columns, wave: options.wave, file: options.file, questions: options.questions, aliases: options.aliases, onProgress: options.onProgress });
  if (split === null) return null;
  append(issues, split.issues);
  return { split, result: { classColumn: classColumn ? (table.header[classColumn.index] ?? null) : null, classes: split.classes, crossClass: split.crossClass } };
}
