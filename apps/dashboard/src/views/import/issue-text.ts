/** An import or analysis issue as a teacher reads it: a translated title and where it is. */
import type { SurveyIssue } from '@sociogram/core';
import type { Locale } from '../../lib/i18n/locale.svelte.ts';

export function issueTitle(locale: Locale, issue: SurveyIssue): string {
  return locale.t(`issue.${issue.code}`);
}

export function issueWhere(locale: Locale, issue: SurveyIssue): string {
  const parts: string[] = [];
  if (issue.file) parts.push(issue.file);
  if (issue.class !== undefined) parts.push(locale.t('import.whereClass', { class: issue.class }));
  if (issue.row !== null && issue.column !== null) parts.push(locale.t('import.where', { row: issue.row, column: issue.column }));
  else if (issue.row !== null) parts.push(locale.t('import.whereRow', { row: issue.row }));
  return parts.join(', ');
}
