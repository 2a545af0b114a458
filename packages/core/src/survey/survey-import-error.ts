/** Thrown when a file cannot be used at all; carries every issue found, errors first. */
import type { SurveyIssue } from './survey-issue.ts';

/**
 * The error `importSurvey` throws when a file cannot be used at all (`code: 'SURVEY_UNUSABLE'`); `issues` holds every
 * issue found, errors first.
 */
export class SurveyImportError extends Error {
  readonly code = 'SURVEY_UNUSABLE';
  readonly issues: readonly SurveyIssue[];

  constructor(issues: readonly SurveyIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    super(errors.map((issue) => `${issue.code}: ${issue.message}`).join('\n') || 'survey unusable');
    this.name = 'SurveyImportError';
    this.issues = [...errors, ...issues.filter((issue) => issue.severity !== 'error')];
  }
}
