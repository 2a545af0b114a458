/** The built-in demo class (fixtures/demo: invented class 7B, 25 pupils), always listed, never stored. */
import { DEMO_IMPORT } from './demo-survey.ts';
import type { StoredClass } from './storage/stored-class.ts';

export const DEMO_CLASS_ID = 'demo-7b';

export function demoClass(): StoredClass {
  return {
    id: DEMO_CLASS_ID,
    name: 'Demo 7B',
    createdAt: '2026-09-15T00:00:00.000Z',
    demo: true,
    waves: [{ id: 'demo-7b-autumn', label: 'Høst 2026', date: '2026-09-15', survey: DEMO_IMPORT.survey, importIssues: DEMO_IMPORT.issues, file: 'klasse-7b.csv' }],
  };
}
