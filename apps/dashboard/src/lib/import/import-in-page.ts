/** importSurvey with every failure turned into issues (never throws). */
import { importSurvey, SurveyImportError, surveyIssue, type ImportOptions, type ImportResult, type SurveyIssue } from '@sociogram/core';

export type ImportOutcome = { readonly ok: true; readonly result: ImportResult } | { readonly ok: false; readonly issues: readonly SurveyIssue[] };

export function importInPage(bytes: Uint8Array, options: ImportOptions): ImportOutcome {
  try {
    return { ok: true, result: importSurvey(bytes, options) };
  } catch (error) {
    if (error instanceof SurveyImportError) return { ok: false, issues: error.issues };
    return { ok: false, issues: [surveyIssue('EMPTY_FILE', `The file could not be read: ${(error as Error).message}`, { file: options.file })] };
  }
}
