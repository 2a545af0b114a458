/** CSV text → Table with papaparse; the delimiter (`,` `;` or tab) is detected unless given. */
import Papa from 'papaparse';
import type { TextEncoding } from './decode-text.ts';
import { tableFromRecords, type Table } from './table.ts';

/** Delimiters a survey export may use. */
export const CSV_DELIMITERS: readonly string[] = Object.freeze([',', ';', '\t']);

/** Picks the delimiter that splits the first lines into the most consistent, widest columns. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').slice(0, 20);
  let best = ',';
  let bestScore = -1;
  for (const delimiter of CSV_DELIMITERS) {
    const counts = lines.map(
      (line) => Papa.parse<string[]>(line, { delimiter, quoteChar: '"' }).data[0]?.length ?? 1,
    );
    const first = counts[0] ?? 1;
    if (first < 2) continue;
    const consistent = counts.filter((count) => count === first).length / counts.length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

export interface CsvReadResult {
  readonly table: Table | null;
  /** Records whose number of fields differs from the header's (row numbers). */
  readonly raggedRows: readonly number[];
}

export function readCsv(text: string, encoding: TextEncoding, delimiter = detectDelimiter(text)): CsvReadResult {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, quoteChar: '"' });
  const table = tableFromRecords(parsed.data, { kind: 'csv', encoding, delimiter });
  const width = table?.header.length ?? 0;
  const raggedRows = table
    ? table.rows
        .filter((row) => row.cells.length > width && row.cells.slice(width).some((cell) => cell !== ''))
        .map((row) => row.row)
    : [];
  return { table, raggedRows };
}
