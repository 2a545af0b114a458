import { describe, expect, it } from 'vitest';
import { ISSUE_SEVERITY, type IssueCode } from '../survey/survey-issue.ts';
import { MESSAGE_LANGS } from './catalogue.ts';
import { formatMessage } from './format-message.ts';
import { issueMessage, issueWhereMessage } from './issue-message.ts';

const ISSUE_CODES = Object.keys(ISSUE_SEVERITY) as IssueCode[];
const BOKMAL = /\b(ikke|ble|hvem|noen|være|sammen|elever|bare|fra|navn|navnet|filen|listen|klasselisten|hoppet|svarene|valgte)\b/i;

describe('issueMessage(issue)', () => {
  it('has a sentence for every issue code in bokmål, nynorsk and English, each its own', () => {
    for (const code of ISSUE_CODES) {
      const [nb, nn, en] = MESSAGE_LANGS.map((lang) => formatMessage(issueMessage({ code }), lang));
      for (const sentence of [nb, nn, en]) expect(sentence, code).toMatch(/^\S.*[.!?]$/);
      expect(en, code).not.toBe(nb);
      expect(nn, code).not.toBe(nb);
      expect(nn, code).not.toMatch(BOKMAL);
    }
    expect(new Set(ISSUE_CODES.map((code) => formatMessage(issueMessage({ code }), 'nn'))).size).toBe(ISSUE_CODES.length);
  });

  it('words a code the way a teacher reads it', () => {
    expect(formatMessage(issueMessage({ code: 'NAME_INITIAL_MATCH' }), 'nb')).toBe('Navnet ble lest ut fra fornavn og forbokstav.');
    expect(formatMessage(issueMessage({ code: 'NAME_INITIAL_MATCH' }), 'nn')).toBe('Namnet vart lese ut frå førenamn og forbokstav.');
    expect(formatMessage(issueMessage({ code: 'NAME_INITIAL_MATCH' }), 'en')).toBe('Name read from first name and initial.');
  });
});

describe('issueWhereMessage(issue)', () => {
  it('names the file, class, row and column an issue has, and nothing it lacks', () => {
    const all = { file: 'svar.csv', class: '7B', row: 3, column: 'Navn' };
    expect(formatMessage(issueWhereMessage(all), 'nb')).toBe('svar.csv, klasse 7B, rad 3, kolonne «Navn»');
    expect(formatMessage(issueWhereMessage(all), 'nn')).toBe('svar.csv, klasse 7B, rad 3, kolonne «Navn»');
    expect(formatMessage(issueWhereMessage(all), 'en')).toBe('svar.csv, class 7B, row 3, column "Navn"');
    expect(formatMessage(issueWhereMessage({ row: 12, column: null }), 'en')).toBe('row 12');
    expect(formatMessage(issueWhereMessage({ row: null, column: 'Q1' }), 'nn')).toBe('kolonne «Q1»');
    expect(formatMessage(issueWhereMessage({ row: null, column: null }), 'nb')).toBe('');
  });
});
