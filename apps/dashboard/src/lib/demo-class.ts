/** The built-in demo class (fixtures/demo: invented class 7B, 25 pupils), always listed, never stored. */
import { importSurvey } from '@sociogram/core';
import survey from '../../../../fixtures/demo/klasse-7b.csv?raw';
import roster from '../../../../fixtures/demo/klasse-7b-roster.csv?raw';
import type { StoredClass } from './storage/stored-class.ts';

export const DEMO_CLASS_ID = 'demo-7b';

export function demoClass(): StoredClass {
  const encode = (text: string) => new TextEncoder().encode(text);
  const imported = importSurvey(encode(survey), { file: 'klasse-7b.csv', roster: encode(roster), rosterFile: 'klasse-7b-roster.csv' });
  return {
    id: DEMO_CLASS_ID,
    name: 'Demo 7B',
    createdAt: '2026-09-15T00:00:00.000Z',
    demo: true,
    waves: [{ id: 'demo-7b-autumn', label: 'Høst 2026', date: '2026-09-15', survey: imported.survey, importIssues: imported.issues, file: 'klasse-7b.csv' }],
  };
}
