/**
 * Indicators: explainable flags about one pupil, each with a code and the numbers behind it. The sentence is
 * written from these by `@sociogram/core/messages` (indicatorMessage + formatMessage), in bokmål, nynorsk or
 * English. An indicator states what the answers say, never a cause or a label.
 */

/** What an indicator says about a pupil (docs/methods.md lists each with its facts). */
export type IndicatorCode =
  | 'ISOLATED'
  | 'NO_MUTUAL_FRIEND'
  | 'CHOSEN_ONLY_BY_ISOLATED'
  | 'REJECTED'
  | 'NEGLECTED'
  | 'REPORTED_VICTIM'
  | 'VICTIM_MENTIONED'
  | 'REPORTED_BULLY'
  | 'BULLY_VICTIM'
  | 'POWER_POSITION'
  | 'GAVE_NO_NOMINATIONS'
  | 'NON_RESPONDENT';

/** How urgently an indicator asks for a teacher's attention. */
export type IndicatorSeverity = 'high' | 'medium' | 'low';

/** One explainable flag about one pupil. */
export interface Indicator {
  readonly code: IndicatorCode;
  readonly severity: IndicatorSeverity;
  readonly pupil: string;
  /** The numbers behind the indicator; with the pupil's name, the facts of its message (messages/message-facts.ts). */
  readonly facts: Readonly<Record<string, number | string | boolean | null>>;
  /** Rests on negative or bullying answers: hidden until the user opens such data for a purpose. */
  readonly sensitive: boolean;
}

/** Severities in the order a follow-up list shows them. */
export const SEVERITY_ORDER: Readonly<Record<IndicatorSeverity, number>> = Object.freeze({ high: 0, medium: 1, low: 2 });
