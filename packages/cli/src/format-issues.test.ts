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

  it('writes the headings, places and issue sentences in bokmål and nynorsk, with the text and the pupil\'s name', () => {
    const issue = surveyIssue('NAME_INITIAL_MATCH', '"Kari S." was read as Kari Sæther.', { row: 2, column: 'Venner', file: 'svar.csv' }, { text: 'Kari S.', pupil: 'p3' });
    const names = (id: string) => (id === 'p3' ? 'Kari Sæther' : id);
    expect(formatIssues([issue], 'nn', names)).toBe('Merknader (1):\n  NAME_INITIAL_MATCH ×1\n    svar.csv, rad 2, kolonne «Venner»: Namnet vart lese ut frå førenamn og forbokstav. («Kari S.», Kari Sæther)\n');
    expect(formatIssues([issue], 'nb', names)).toBe('Merknader (1):\n  NAME_INITIAL_MATCH ×1\n    svar.csv, rad 2, kolonne «Venner»: Navnet ble lest ut fra fornavn og forbokstav. («Kari S.», Kari Sæther)\n');
    expect(formatIssues([issue], 'en', names)).toBe('Notes (1):\n  NAME_INITIAL_MATCH ×1\n    svar.csv, row 2, column "Venner": "Kari S." was read as Kari Sæther.\n');
    const many = Array.from({ length: ISSUES_SHOWN_PER_CODE + 2 }, (_, k) => surveyIssue('OVER_LIMIT', `x${k}`, { row: k + 2 }));
    expect(formatIssues(many, 'nn')).toMatch(/^Åtvaringar \(22\):\n  OVER_LIMIT ×22\n    rad 2: Fleire namn enn lov; dei siste vart fjerna\.\n[^]*    … og 2 til \(alle med --json\)\n$/);
    expect(formatIssues([], 'nn')).toBe('Ingen merknader.\n');
  });
});
