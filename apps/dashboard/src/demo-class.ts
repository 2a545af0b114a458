/** The demo class (fixtures/demo: invented 7B, 25 pupils), bundled so the app opens with something to show. */
import { importSurvey, type ImportResult } from '@sociogram/core';
import survey from '../../../fixtures/demo/klasse-7b.csv?raw';
import roster from '../../../fixtures/demo/klasse-7b-roster.csv?raw';

export function loadDemoClass(): ImportResult {
  const encode = (text: string) => new TextEncoder().encode(text);
  return importSurvey(encode(survey), { file: 'klasse-7b.csv', roster: encode(roster), rosterFile: 'klasse-7b-roster.csv' });
}
