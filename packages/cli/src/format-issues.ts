/**
 * Issues as readable text, grouped by severity and code, each with its place. English prints each issue's
 * own detailed message; bokmål and nynorsk print what its code means from core's catalogue, with the text
 * from the file and the pupil it concerns.
 */
import type { SurveyIssue } from '@sociogram/core';
import { formatMessage, issueMessage, issueWhereMessage, type MessageLang } from '@sociogram/core/messages';
import { CLI_WORDS } from './cli-words.ts';

/** At most this many issues of one code are listed; --json has them all. */
export const ISSUES_SHOWN_PER_CODE = 20;

/** `issues` as text in `lang` (default English); `nameOf` turns the pupil id of an issue into the name shown. */
export function formatIssues(issues: readonly SurveyIssue[], lang: MessageLang = 'en', nameOf: (id: string) => string = (id) => id): string {
  const words = CLI_WORDS[lang];
  if (issues.length === 0) return `${words.noIssues}\n`;
  let out = '';
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = issues.filter((issue) => issue.severity === severity);
    if (group.length === 0) continue;
    out += `${words.severities[severity]} (${group.length}):\n`;
    const codes = [...new Set(group.map((issue) => issue.code))];
    for (const code of codes) {
      const same = group.filter((issue) => issue.code === code);
      out += `  ${code} ×${same.length}\n`;
      for (const issue of same.slice(0, ISSUES_SHOWN_PER_CODE)) {
        const where = formatMessage(issueWhereMessage(issue), lang);
        out += `    ${where ? `${where}: ` : ''}${issueText(issue, lang, nameOf)}\n`;
      }
      if (same.length > ISSUES_SHOWN_PER_CODE) out += `    ${words.moreIssues(same.length - ISSUES_SHOWN_PER_CODE)}\n`;
    }
  }
  return out;
}

/** The line of one issue: its English message, or its code's sentence in `lang` with the text and pupil it concerns. */
function issueText(issue: SurveyIssue, lang: MessageLang, nameOf: (id: string) => string): string {
  if (lang === 'en') return issue.message;
  const name = issue.pupil === undefined ? undefined : nameOf(issue.pupil);
  const details = [issue.text === undefined ? null : CLI_WORDS[lang].quote(issue.text), name === undefined || name === issue.text ? null : name].filter((part) => part !== null);
  return `${formatMessage(issueMessage(issue), lang)}${details.length ? ` (${details.join(', ')})` : ''}`;
}
