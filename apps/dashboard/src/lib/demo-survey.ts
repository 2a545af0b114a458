/**
 * The demo class (fixtures/demo) as core imports it. The dashboard's build replaces this module with the
 * result, computed once at build time (vite.config.ts: prebuiltDemoSurvey), so the page ships neither the
 * CSV files nor the import code and SheetJS; this source is what the build runs to get it.
 */
import { importSurvey, type ImportResult } from '@sociogram/core';
import survey from '../../../../fixtures/demo/klasse-7b.csv?raw';
import roster from '../../../../fixtures/demo/klasse-7b-roster.csv?raw';

/** The demo survey and its import issues. */
export const DEMO_IMPORT: Pick<ImportResult, 'survey' | 'issues'> = (() => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const { survey: imported, issues } = importSurvey(encode(survey), { file: 'klasse-7b.csv', roster: encode(roster), rosterFile: 'klasse-7b-roster.csv' });
  return { survey: imported, issues };
})();
