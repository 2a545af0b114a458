/**
 * The first analysis of a class without blocking the page: small classes on the page (a few milliseconds),
 * larger ones in a Web Worker that is terminated past ANALYSE_TIME_LIMIT or when the class is closed.
 * Falls back to the page where workers are missing (unit tests). Failures come back as an `AnalyseError`
 * with a stable code; core's own errors (e.g. a class past its size limits) keep their code and message.
 */
import { analyseSurvey, type Analysis, type AnalysisOptions, type Survey } from '@sociogram/core';
import { runInWorker } from '../worker/run-in-worker.ts';

/** Classes up to this many pupils are analysed on the page: well under one 50 ms task. */
export const ANALYSE_ON_PAGE_LIMIT = 150;
/** How long the analysis of one class may take in the worker before it is stopped (ms). */
export const ANALYSE_TIME_LIMIT = 30_000;

export type AnalyseReply = { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly code: string; readonly message: string };

export class AnalyseError extends Error {
  constructor(
    /** `ANALYSIS_TIMEOUT`, `ANALYSIS_CRASHED`, `ANALYSIS_FAILED`, or the code of core's error. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AnalyseError';
  }
}

/** Whether `analyseInWorker` will use a worker for this survey (the view then shows progress). */
export const analysedInWorker = (survey: Survey): boolean => survey.pupils.length > ANALYSE_ON_PAGE_LIMIT && typeof Worker !== 'undefined';

export async function analyseInWorker(survey: Survey, options: Partial<AnalysisOptions> = {}, control: { readonly signal?: AbortSignal; readonly timeLimit?: number } = {}): Promise<Analysis> {
  if (!analysedInWorker(survey)) return analyseSurvey(survey, options);
  const timeLimit = control.timeLimit ?? ANALYSE_TIME_LIMIT;
  const outcome = await runInWorker<AnalyseReply>(() => new Worker(new URL('./analyse-worker.ts', import.meta.url), { type: 'module' }), { survey, options }, timeLimit, control.signal);
  if (outcome.ok) {
    if (outcome.value.ok) return outcome.value.analysis;
    throw new AnalyseError(outcome.value.code, outcome.value.message);
  }
  if (outcome.reason === 'timeout') throw new AnalyseError('ANALYSIS_TIMEOUT', `The analysis took longer than ${timeLimit / 1000} s and was stopped.`);
  if (outcome.reason === 'aborted') throw new AnalyseError('ANALYSIS_ABORTED', 'The class was closed before its analysis was done.');
  throw new AnalyseError('ANALYSIS_CRASHED', `The analysis stopped: ${outcome.message}.`);
}
