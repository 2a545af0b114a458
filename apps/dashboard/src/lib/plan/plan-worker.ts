/** Web Worker: runs a planner off the page's main thread. */
import { planInPage, type PlanRequest } from './plan-in-page.ts';

self.onmessage = (event: MessageEvent<PlanRequest>) => {
  self.postMessage(planInPage(event.data));
};
