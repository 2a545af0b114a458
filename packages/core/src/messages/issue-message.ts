/**
 * A survey issue as messages: what its code means (`issueMessage`) and where it was found
 * (`issueWhereMessage`), for `formatMessage` to write in bokmål, nynorsk or English. Core's own
 * `SurveyIssue.message` stays the detailed English text of the CLI's JSON.
 */
import type { SurveyIssue } from '../survey/survey-issue.ts';
import type { Message } from './message-facts.ts';

/** What an issue's code means, in general words: "Navnet ble lest ut fra fornavn og forbokstav." */
export function issueMessage(issue: Pick<SurveyIssue, 'code'>): Message {
  return { code: `ISSUE_${issue.code}`, facts: {} } as Message;
}

/**
 * Where an issue was found: its file, class, row and column, those it has, joined by commas
 * ("rad 3, kolonne «Navn»" / "row 3, column "Name""); the empty string when it has none.
 */
export function issueWhereMessage(issue: Pick<SurveyIssue, 'file' | 'class' | 'row' | 'column'>): Message {
  return { code: 'ISSUE_WHERE', facts: { file: issue.file ?? null, class: issue.class ?? null, row: issue.row, column: issue.column } };
}
