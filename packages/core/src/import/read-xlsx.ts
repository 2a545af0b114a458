/**
 * .xlsx bytes → Table with the SheetJS reader (`@e965/xlsx`, the maintained 0.20 line). The archive is first
 * opened by read-zip.ts within the ImportLimits (entry count, declared and inflated sizes, expansion ratio),
 * and SheetJS is handed the checked entries stored uncompressed, so it never inflates anything itself.
 */
import * as XLSX from '@e965/xlsx';
import { zipSync } from 'fflate';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits.ts';
import { readZip } from './read-zip.ts';
import { tableFromRecords, type Table } from './table.ts';

/** Zip files (xlsx) start with `PK\x03\x04`. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export type XlsxReadResult =
  | { readonly ok: true; readonly table: Table | null }
  | { readonly ok: false; readonly reason: 'unreadable' | 'sheet-not-found'; readonly sheets: readonly string[]; readonly detail?: string }
  | { readonly ok: false; readonly reason: 'too-large'; readonly sheets: readonly string[]; readonly detail: string };

/** Reads the named sheet, or the first one. Cells are read as the text Excel shows. */
export function readXlsx(bytes: Uint8Array, sheet?: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): XlsxReadResult {
  const zip = readZip(bytes, limits);
  if (!zip.ok) return { ok: false, reason: zip.reason, sheets: [], detail: zip.detail };
  let workbook: XLSX.WorkBook;
  try {
    const stored = zipSync(Object.fromEntries(zip.entries), { level: 0 });
    workbook = XLSX.read(stored, { type: 'array', cellDates: false, dense: true });
  } catch {
    return { ok: false, reason: 'unreadable', sheets: [] };
  }
  const sheets = workbook.SheetNames;
  const name = sheet ?? sheets[0];
  const worksheet = name === undefined || !Object.hasOwn(workbook.Sheets, name) ? undefined : workbook.Sheets[name];
  if (name === undefined || worksheet === undefined) return { ok: false, reason: 'sheet-not-found', sheets };
  const records = XLSX.utils.sheet_to_json<unknown[]>(worksheet, { header: 1, raw: false, defval: '', blankrows: true });
  return { ok: true, table: tableFromRecords(records, { kind: 'xlsx', sheet: name, sheets }) };
}
