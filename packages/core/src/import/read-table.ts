/** Any supported file (CSV in any supported encoding, or .xlsx) → Table, or a SurveyImportError. */
import { SurveyImportError } from '../survey/survey-import-error.ts';
import { surveyIssue, type SurveyIssue } from '../survey/survey-issue.ts';
import { decodeText, looksBinary, type TextEncoding } from './decode-text.ts';
import { byteText, DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits.ts';
import { readCsv } from './read-csv.ts';
import { isZip, readXlsx } from './read-xlsx.ts';
import type { Table } from './table.ts';

export interface ReadTableOptions {
  /** File name, used in issues. */
  readonly file?: string;
  /** Sheet name for .xlsx files (default: the first sheet). */
  readonly sheet?: string;
  /** Force a text encoding instead of detecting it. */
  readonly encoding?: TextEncoding;
  /** Force a CSV delimiter instead of detecting it. */
  readonly delimiter?: string;
  /** Size limits (docs/import.md § Limits); each absent one is its default. */
  readonly limits?: Partial<ImportLimits>;
}

export interface ReadTableResult {
  readonly table: Table;
  readonly issues: readonly SurveyIssue[];
}

/**
 * Reads bytes into a Table. Throws SurveyImportError (EMPTY_FILE, FILE_TOO_LARGE, BINARY_FILE, XLSX_UNREADABLE,
 * XLSX_TOO_LARGE, SHEET_NOT_FOUND).
 */
export function readTable(bytes: Uint8Array, options: ReadTableOptions = {}): ReadTableResult {
  const file = options.file;
  const fail = (issue: SurveyIssue): never => {
    throw new SurveyImportError([issue]);
  };
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  if (bytes.length > limits.maxFileBytes) {
    return fail(surveyIssue('FILE_TOO_LARGE', `The file is ${byteText(bytes.length)}; the limit is ${byteText(limits.maxFileBytes)}. A class survey is far smaller: check that this is the right file, or split it by class.`, { file }));
  }
  if (isZip(bytes)) {
    const result = readXlsx(bytes, options.sheet, limits);
    if (!result.ok) {
      if (result.reason === 'too-large') {
        return fail(surveyIssue('XLSX_TOO_LARGE', `The Excel file was not opened: ${result.detail}. A class survey is far smaller, so the file is damaged or made to attack the program. Open it in Excel and save the sheet as .csv, or split it by class.`, { file }));
      }
      if (result.reason === 'sheet-not-found') {
        return fail(
          surveyIssue(
            'SHEET_NOT_FOUND',
            `The workbook has no sheet named "${options.sheet ?? ''}". Sheets: ${result.sheets.join(', ') || '(none)'}.`,
            { file },
            { candidates: result.sheets },
          ),
        );
      }
      const why = result.detail === undefined ? '' : ` (${result.detail})`;
      return fail(surveyIssue('XLSX_UNREADABLE', `The file looks like a zip/xlsx file but could not be read as a spreadsheet${why}. Open it in Excel and save it again as .xlsx or .csv.`, { file }));
    }
    if (!result.table) return fail(surveyIssue('EMPTY_FILE', 'The sheet is empty.', { file }));
    return { table: result.table, issues: [] };
  }
  const decoded = decodeText(bytes, options.encoding);
  if (decoded.text.trim() === '') return fail(surveyIssue('EMPTY_FILE', 'The file is empty.', { file }));
  if (looksBinary(decoded.text)) {
    return fail(surveyIssue('BINARY_FILE', 'This is not a text table (CSV) or an .xlsx workbook. Export the survey as CSV or .xlsx.', { file }));
  }
  const issues: SurveyIssue[] = [];
  if (decoded.encoding === 'windows-1252' && !options.encoding) {
    issues.push(surveyIssue('ENCODING_FALLBACK', 'The file is not UTF-8; it was read as Windows-1252 (what Norwegian Excel writes). Check that æ, ø and å look right.', { file }));
  }
  const { table, raggedRows } = readCsv(decoded.text, decoded.encoding, options.delimiter);
  if (!table) return fail(surveyIssue('EMPTY_FILE', 'The file has no rows.', { file }));
  for (const row of raggedRows) {
    issues.push(surveyIssue('RAGGED_ROW', `Row ${row} has more cells than the header; the extra cells were ignored. Check for a stray delimiter.`, { row, file }));
  }
  return { table, issues };
}
