import { surveyIssue } from '@sociogram/core/internal';
import { describe, expect, it } from 'vitest';
import { formatIssues, ISSUES_SHOWN_PER_CODE } from './format-issues.ts';

describe('formatIssues(issues)', () => {
  it('lists at most ISSUES_SHOWN_PER_CODE issues of one code and counts the rest', () => {
    const issues = Array.from({ length: ISSUES_SHOWN_PER_CODE + 5 }, (_, k) => surveyIssue('DUPLICATE_NOMINATION', `copy ${k + 1}`, { row: k + 2 }));
    const text = formatIssues(issues);
    expect(text).toContain(`DUPLICATE_NOMINATION ×${ISSUES_SHOWN_PER_CODE + 5}`);
    expect(text).toContain(`row ${ISSUES_SHOWN_PER_CODE + 1}: copy ${ISSUES_SHOWN_PER_CODE}\n`);
    expect(text).not.toContain(`copy ${ISSUES_SHOWN_PER_CODE + 1}\n`);
    expect(text).toContain('… and 5 more (all of them with --json)');
  });
});
