/**
 * Rows → CSV for the app's own import, never for a spreadsheet: every cell quoted and written exactly as
 * typed. (toCsv from core guards exports against formula injection by putting `'` before `=`, `+`, `-`, `@`;
 * here that would change a name such as `-Anna` into `'-Anna`.)
 */
export function plainCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}
