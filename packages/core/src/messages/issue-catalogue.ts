/**
 * The part of a catalogue that words survey issues (issue-catalogue-nb.ts, -nn.ts, -en.ts): a sentence per
 * issue code, and the place an issue was found. Each language's catalogue takes it in whole.
 */
import type { Catalogue } from './catalogue.ts';
import type { IssueMessageCode } from './message-facts.ts';

/** A sentence per survey issue code (`ISSUE_<code>`) and the issue's place (`ISSUE_WHERE`). */
export type IssueCatalogue = Pick<Catalogue, IssueMessageCode | 'ISSUE_WHERE'>;
