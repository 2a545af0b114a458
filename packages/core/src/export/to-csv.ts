/**
 * Rows → CSV text that is safe to open in Excel: every cell is quoted when needed, and a cell that starts
 * like a formula (=, +, −, @, tab or carriage return) gets a leading apostrophe, so a name such as
 * `=HYPERLINK(…)` is shown as text, never run (OWASP "CSV injection"). `;` by default, as Norwegian Excel
 * expects, with a UTF-8 byte-order mark so æ, ø and å open correctly. A cell holding any delimiter a reader
 * may guess — `,`, `;` or tab, whichever the file uses — is quoted, so `Per,=2+2` stays one cell (and no
 * formula) when the file is opened with another delimiter than it was written with.
 */

/** Options of `toCsv`. */
export interface CsvOptions {
  /** Cell separator (default `;`, as Norwegian Excel expects). */
  readonly delimiter?: string;
  /** Prefix the UTF-8 byte-order mark (default true). */
  readonly bom?: boolean;
  /**
   * Prefix cells that start like a formula with an apostrophe (default true). Turn off only for files that
   * are read back by this program rather than opened in a spreadsheet, so names stay as typed (`-Anna`).
   */
  readonly guardFormulas?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** Quote marks, line breaks and every delimiter a CSV reader may guess (Excel's locale, our detection). */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One CSV cell: quoted when it holds a quote, line break or any common delimiter, and with a leading `'` when it
 * starts like a formula (unless `guardFormulas` is false).
 */
export function csvCell(value: string | number | boolean | null | undefined, delimiter = ';', guardFormulas = true): string {
  let text = value == null ? '' : String(value);
  if (guardFormulas && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) || text.includes(delimiter) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text safe to open in a spreadsheet: `;`-separated with a byte-order mark by default, CRLF line ends,
 * formula-like cells guarded.
 */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const guard = options.guardFormulas ?? true;
  const body = rows.map((row) => row.map((cell) => csvCell(cell, delimiter, guard)).join(delimiter)).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}
