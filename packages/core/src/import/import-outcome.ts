/**
 * importOutcome(bytes, options): importSurvey with a file that cannot be used as data rather than a thrown
 * SurveyImportError, so the answer can cross a worker boundary (errors do not cross threads as classes).
 * Any other error is thrown as it is.
 */
import { importSurvey, type ImportOptions, type ImportResult } from './import-survey.ts';
import { SurveyImportError } from '../survey/survey-import-error.ts';
import type { SurveyIssue } from '../survey/survey-issue.ts';

/** The result of `importOutcome`: the import result, or the issues of a file that cannot be used. */
export type ImportOutcome = { readonly ok: true; readonly result: ImportResult } | { readonly ok: false; readonly issues: readonly SurveyIssue[] };

/**
 * `importSurvey(bytes, options)` with an unusable file returned as `{ ok: false, issues }` instead of thrown, so the
 * answer can be posted from a worker; other errors are thrown.
 */
export function importOutcome(bytes: Uint8Array, options: ImportOptions = {}): ImportOutcome {
  try {
    return { ok: true, result: importSurvey(bytes, options) };
  } catch (error) {
    if (error instanceof SurveyImportError) return { ok: false, issues: error.issues };
    throw error;
  }
}
