/** Web Worker: the first analysis of a large class, off the page's main thread. */
import { analyseSurvey, type AnalysisOptions, type Survey } from '@sociogram/core';
import type { AnalyseReply } from './analyse-in-worker.ts';

self.onmessage = (event: MessageEvent<{ survey: Survey; options: Partial<AnalysisOptions> }>) => {
  let reply: AnalyseReply;
  try {
    reply = { ok: true, analysis: analyseSurvey(event.data.survey, event.data.options) };
  } catch (error) {
    reply = { ok: false, code: (error as { code?: string }).code ?? 'ANALYSIS_FAILED', message: (error as Error).message };
  }
  self.postMessage(reply);
};
