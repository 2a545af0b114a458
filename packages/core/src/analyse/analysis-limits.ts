/**
 * checkAnalysisSize(survey, limits): refuses, before any work, a survey larger than the analysis is made for
 * (docs/import.md § Limits). The analysis grows with the square of the class (null-model distributions, the
 * per-pupil figures of every question) and with the number of nominations; at the default limit of 5,000 pupils
 * it takes about 7 s on the benchmark machine, 2,000 pupils under 1 s. The same 5,000 as the import's limit
 * on names, so whatever imports can be analysed; a survey from elsewhere (the CLI's JSON, a stored class) is
 * checked here.
 */
import type { Survey } from '../survey/survey.ts';

/** The largest survey `analyseSurvey` accepts. */
export interface AnalysisLimits {
  /** Most pupils in one survey (default 5,000; a school's whole export of 60 classes holds 1,646). */
  readonly maxPupils: number;
  /** Most questions (default 100; a survey asks fewer than 20). */
  readonly maxQuestions: number;
  /** Most nominations over all questions (default 500,000: 5,000 pupils naming 10 on 10 questions). */
  readonly maxNominations: number;
}

/** The analysis limits used unless `AnalysisOptions.limits` gives others. */
export const DEFAULT_ANALYSIS_LIMITS: Readonly<AnalysisLimits> = Object.freeze({
  maxPupils: 5000,
  maxQuestions: 100,
  maxNominations: 500_000,
});

/** Thrown when a survey is past an analysis limit; nothing was analysed. `part` says which limit. */
export class SurveyTooLargeError extends Error {
  readonly code = 'SURVEY_TOO_LARGE';
  constructor(
    readonly part: 'pupils' | 'questions' | 'nominations',
    readonly count: number,
    readonly limit: number,
  ) {
    super(`The survey has ${count.toLocaleString('en')} ${part}; the analysis takes at most ${limit.toLocaleString('en')}. Analyse one class, year group or school at a time.`);
    this.name = 'SurveyTooLargeError';
  }
}

/** Throws SurveyTooLargeError when the survey is past one of `limits`; looks only at array lengths. */
export function checkAnalysisSize(survey: Survey, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS): void {
  if (survey.pupils.length > limits.maxPupils) throw new SurveyTooLargeError('pupils', survey.pupils.length, limits.maxPupils);
  if (survey.questions.length > limits.maxQuestions) throw new SurveyTooLargeError('questions', survey.questions.length, limits.maxQuestions);
  if (survey.nominations.length > limits.maxNominations) throw new SurveyTooLargeError('nominations', survey.nominations.length, limits.maxNominations);
}
