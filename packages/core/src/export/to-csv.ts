/**
 * Rows → CSV text that is safe to open in Excel: every cell is quoted when needed, and a cell that starts
 * like a formula (=, +, −, @, tab or carriage return) gets a leading apostrophe, so a name such as
 * `=HYPERLINK(…)` is shown as text, never run (OWASP "CSV injection"). `;` by default, as Norwegian Excel
 * expects, with a UTF-8 byte-order mark so æ, ø and å open correctly.
 */
export interface CsvOptions {
  readonly delimiter?: string;
  /** Prefix the UTF-8 byte-order mark (default true). */
  readonly bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined, delimiter = ';'): string {
  let text = value == null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return text.includes('"') || text.includes(delimiter) || /[\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const body = rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}
