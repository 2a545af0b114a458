/** The built-in demo class (fixtures/demo: invented class 7B, 25 pupils), always listed, never stored. */
import { DEMO_IMPORT } from './demo-survey.ts';
import type { StoredClass } from './storage/stored-class.ts';

export const DEMO_CLASS_ID = 'demo-7b';
/** The demo's one wave; its stored label is bokmål and is shown in the user's language (wave-label.ts). */
export const DEMO_WAVE_ID = 'demo-7b-autumn';
export const DEMO_WAVE_LABEL = 'Høst 2026';

export function demoClass(): StoredClass {
  return {
    id: DEMO_CLASS_ID,
    name: 'Demo 7B',
    createdAt: '2026-09-15T00:00:00.000Z',
    demo: true,
    waves: [{ id: DEMO_WAVE_ID, label: DEMO_WAVE_LABEL, date: '2026-09-15', survey: DEMO_IMPORT.survey, importIssues: DEMO_IMPORT.issues, file: 'klasse-7b.csv' }],
  };
}
