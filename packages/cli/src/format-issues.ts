/** Issues as readable text, grouped by severity and code, each with its location. */
import type { SurveyIssue } from '@sociogram/core';

const HEADINGS = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;

/** At most this many issues of one code are listed; --json has them all. */
export const ISSUES_SHOWN_PER_CODE = 20;

export function formatIssues(issues: readonly SurveyIssue[]): string {
  if (issues.length === 0) return 'No issues.\n';
  let out = '';
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = issues.filter((issue) => issue.severity === severity);
    if (group.length === 0) continue;
    out += `${HEADINGS[severity]} (${group.length}):\n`;
    const codes = [...new Set(group.map((issue) => issue.code))];
    for (const code of codes) {
      const same = group.filter((issue) => issue.code === code);
      out += `  ${code} ×${same.length}\n`;
      for (const issue of same.slice(0, ISSUES_SHOWN_PER_CODE)) {
        const where = [issue.file, issue.class === undefined ? null : `class ${issue.class}`, issue.row === null ? null : `row ${issue.row}`, issue.column === null ? null : `column "${issue.column}"`].filter(Boolean).join(', ');
        out += `    ${where ? `${where}: ` : ''}${issue.message}\n`;
      }
      if (same.length > ISSUES_SHOWN_PER_CODE) out += `    … and ${same.length - ISSUES_SHOWN_PER_CODE} more (all of them with --json)\n`;
    }
  }
  return out;
}
