/** An import or analysis issue as a teacher reads it: what it means and where it is, from core's catalogues. */
import type { SurveyIssue } from '@sociogram/core';
import { formatMessage, issueMessage, issueWhereMessage } from '@sociogram/core/messages';
import type { Locale } from '../../lib/i18n/locale.svelte.ts';

/** What the issue's code means, in the locale's language. */
export function issueTitle(locale: Locale, issue: SurveyIssue): string {
  return formatMessage(issueMessage(issue), locale.lang);
}

/** The issue's file, class, row and column, those it has, in the locale's language. */
export function issueWhere(locale: Locale, issue: SurveyIssue): string {
  return formatMessage(issueWhereMessage(issue), locale.lang);
}
