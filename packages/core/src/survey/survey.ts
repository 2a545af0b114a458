/**
 * The Survey: one class, one wave of a peer-nomination survey, as every later step reads it.
 * Produced by `importSurvey`; never mutated afterwards.
 */

/** What a question asks about the nominee. */
export type QuestionKind = 'positive' | 'negative' | 'victim' | 'bully' | 'popular' | 'other';

/** Every question kind, in a stable order. */
export const QUESTION_KINDS: readonly QuestionKind[] = Object.freeze([
  'positive',
  'negative',
  'victim',
  'bully',
  'popular',
  'other',
]);

/** A pupil on the class roster. `id` is stable across waves; `attributes` holds roster columns such as gender. */
export interface Pupil {
  readonly id: string;
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** One survey question. `limit` is the number of nominations allowed, `null` when unlimited. */
export interface Question {
  readonly id: string;
  readonly label: string;
  readonly kind: QuestionKind;
  readonly limit: number | null;
}

/** Pupil `from` named pupil `to` on question `question`. */
export interface Nomination {
  readonly from: string;
  readonly to: string;
  readonly question: string;
}

/** A class survey. `respondents[q]` lists the pupils who answered question q (possibly naming nobody). */
export interface Survey {
  readonly pupils: readonly Pupil[];
  readonly questions: readonly Question[];
  readonly nominations: readonly Nomination[];
  readonly respondents: Readonly<Record<string, readonly string[]>>;
}
