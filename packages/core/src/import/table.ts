/** A rectangular-ish table read from CSV or a spreadsheet sheet, with the row numbers a spreadsheet shows. */
import type { TextEncoding } from './decode-text.ts';

export interface TableRow {
  /** 1-based record number in the file; the header is row 1 when it is the first record. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface Table {
  readonly header: readonly string[];
  /** The header's own row number. */
  readonly headerRow: number;
  /** Data rows with at least one non-empty cell. */
  readonly rows: readonly TableRow[];
  readonly source: TableSource;
}

/** How the bytes were read: CSV (encoding, delimiter) or XLSX (sheet). */
export type TableSource =
  | { readonly kind: 'csv'; readonly encoding: TextEncoding; readonly delimiter: string }
  | { readonly kind: 'xlsx'; readonly sheet: string; readonly sheets: readonly string[] };

/** Turns raw records into a Table: the first non-empty record is the header, empty records are skipped. */
export function tableFromRecords(records: readonly (readonly unknown[])[], source: TableSource): Table | null {
  const clean = records.map((record) => record.map((cell) => (cell == null ? '' : String(cell).trim())));
  const headerIndex = clean.findIndex((record) => record.some((cell) => cell !== ''));
  if (headerIndex < 0) return null;
  const header = clean[headerIndex] ?? [];
  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < clean.length; i++) {
    const cells = clean[i] ?? [];
    if (cells.some((cell) => cell !== '')) rows.push({ row: i + 1, cells });
  }
  return { header, headerRow: headerIndex + 1, rows, source };
}
