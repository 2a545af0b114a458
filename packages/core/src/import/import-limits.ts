/**
 * Size limits checked before an import does any work (docs/import.md § Limits), so a hostile or broken file
 * is refused in milliseconds instead of exhausting memory or time.
 */

export interface ImportLimits {
  /** Largest file read, CSV or xlsx, in bytes (default 32 MiB). */
  readonly maxFileBytes: number;
  /**
   * Most different names a survey (or pupils a roster) may hold (default 5,000; a school's whole export of 60
   * classes holds 1,646). Matching names and the analysis grow with the square of it.
   */
  readonly maxPupils: number;
  /** xlsx: most entries (files) in the zip archive (default 1,000; a workbook holds about 10). */
  readonly maxEntries: number;
  /** xlsx: most bytes all entries may hold uncompressed, as declared and as inflated (default 64 MiB). */
  readonly maxUncompressedBytes: number;
  /** xlsx: most an entry may expand, uncompressed ÷ compressed (default 200; zip bombs reach 1,000). */
  readonly maxRatio: number;
  /** xlsx: entries up to this size uncompressed are exempt from the ratio limit (default 1 MiB). */
  readonly ratioFloorBytes: number;
  /**
   * Milliseconds an xlsx file may take to read (default 10 s). Reading is synchronous, so this limit is kept
   * by a caller that can stop it: the CLI and the dashboard read xlsx files in a worker they end on overrun.
   */
  readonly xlsxTimeLimitMs: number;
}

const MiB = 1024 * 1024;

/** The import limits used for every limit not given in `ImportOptions.limits`. */
export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxFileBytes: 32 * MiB,
  maxPupils: 5000,
  maxEntries: 1000,
  maxUncompressedBytes: 64 * MiB,
  maxRatio: 200,
  ratioFloorBytes: MiB,
  xlsxTimeLimitMs: 10_000,
});

/** Bytes as a short text for messages: "64 MiB", "1.5 KiB", "120 bytes". */
export function byteText(bytes: number): string {
  if (bytes >= MiB) return `${Number((bytes / MiB).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}
