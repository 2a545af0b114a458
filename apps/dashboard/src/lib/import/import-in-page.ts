/** importSurvey with every failure turned into issues (never throws): core's importOutcome, and any other error as an issue. */
import { importOutcome, type ImportOptions, type ImportOutcome } from '@sociogram/core';
import { surveyIssue } from '@sociogram/core/internal';

export type { ImportOutcome };

export function importInPage(bytes: Uint8Array, options: ImportOptions): ImportOutcome {
  try {
    return importOutcome(bytes, options);
  } catch (error) {
    return { ok: false, issues: [surveyIssue('EMPTY_FILE', `The file could not be read: ${(error as Error).message}`, { file: options.file })] };
  }
}
