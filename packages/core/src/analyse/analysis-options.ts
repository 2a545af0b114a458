/** Options of `analyseSurvey`, with their defaults (docs/methods.md explains each threshold). */
import type { SurveyIssue } from '../survey/survey-issue.ts';
import { DEFAULT_ANALYSIS_LIMITS, type AnalysisLimits } from './analysis-limits.ts';

/** Options of `analyseSurvey`; every threshold is explained in docs/methods.md. */
export interface AnalysisOptions {
  /** Seed for Louvain communities. */
  readonly seed: number;
  /** Significance level of the Newcomb–Bukowski tests. */
  readonly alpha: number;
  /** Peer reports (victim, bully, popular): flagged when z exceeds this … */
  readonly peerReportZ: number;
  /** … or when at least this share of eligible respondents named the pupil … */
  readonly peerReportProportion: number;
  /** … and in either case at least this many respondents did. */
  readonly peerReportMinNominators: number;
  /** A "star" (most chosen) has positive nominations received with z above this. */
  readonly starZ: number;
  /** Response rate under which the data-quality warning LOW_RESPONSE_RATE is given. */
  readonly minResponseRate: number;
  /** |Spearman ρ| of roster order against nominations received above which NAME_ORDER_BIAS is given. */
  readonly nameOrderBias: number;
  /** Issues from the import, to carry unknown/ambiguous names into data quality. */
  readonly importIssues: readonly SurveyIssue[];
  /** Size limits checked before any work (analysis-limits.ts); past one, SurveyTooLargeError. */
  readonly limits: AnalysisLimits;
}

/** The analysis options used for every option not given to `analyseSurvey`. */
export const DEFAULT_ANALYSIS_OPTIONS: Readonly<AnalysisOptions> = Object.freeze({
  seed: 1,
  alpha: 0.05,
  peerReportZ: 1,
  peerReportProportion: 0.25,
  peerReportMinNominators: 2,
  starZ: 1,
  minResponseRate: 0.8,
  nameOrderBias: 0.5,
  importIssues: Object.freeze([]) as readonly SurveyIssue[],
  limits: DEFAULT_ANALYSIS_LIMITS,
});
