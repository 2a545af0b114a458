/**
 * Web Worker for class composition: loads the planners alone (`@sociogram/core/planners`, no survey import or
 * analysis) and answers one request with the plan, or with the error's code and message (e.g. a cohort too
 * large for the time limit).
 */
import type { PlanningProblem } from '@sociogram/core';
import { planClasses, type PlanClassesOptions } from '@sociogram/core/planners';
import type { ClassesAnswer } from './run-classes.ts';

self.onmessage = (event: MessageEvent<{ problem: PlanningProblem; options: Partial<PlanClassesOptions> }>) => {
  let answer: ClassesAnswer;
  try {
    answer = { plan: planClasses(event.data.problem, event.data.options) };
  } catch (error) {
    answer = { error: { code: (error as { code?: string }).code ?? 'PLAN_FAILED', message: (error as Error).message } };
  }
  self.postMessage(answer);
};
