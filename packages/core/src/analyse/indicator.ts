/**
 * Indicators: explainable flags about one pupil, each with the numbers behind it and a sentence in Norwegian
 * bokmål and English. An indicator states what the answers say, never a cause or a label.
 */

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

export type IndicatorSeverity = 'high' | 'medium' | 'low';

export interface Indicator {
  readonly code: IndicatorCode;
  readonly severity: IndicatorSeverity;
  readonly pupil: string;
  /** The numbers behind the indicator. */
  readonly facts: Readonly<Record<string, number | string | boolean | null>>;
  readonly text: { readonly nb: string; readonly en: string };
  /** Rests on negative or bullying answers: hidden until the user opens such data for a purpose. */
  readonly sensitive: boolean;
}

export const SEVERITY_ORDER: Readonly<Record<IndicatorSeverity, number>> = Object.freeze({ high: 0, medium: 1, low: 2 });
