/**
 * Splitting a whole-school export: the generated school (60 classes, ~1,600 pupils) as one file with a
 * "Klasse" column, imported and split into its classes, then every class analysed — the work of dropping
 * one school file into the dashboard's import wizard.
 */
import { analyseSurvey, importSurvey } from '@sociogram/core';
import type { BenchRow } from './bench-row.ts';
import { generateSchool } from './generate-school.ts';
import { measure } from './measure.ts';

export function schoolBench(): BenchRow[] {
  const school = generateSchool(60, 2026);
  const survey = new TextEncoder().encode(school.survey);
  const split = () => importSurvey(survey, { file: 'school.csv' });
  const classes = split().school?.classes.length ?? 0;
  const splitting = measure(split, 9, 2);
  const all = measure(() => split().school!.classes.map((c) => analyseSurvey(c.survey, { importIssues: c.issues })), 5, 1);
  return [
    { name: `import: split school, ${school.pupils} pupils into ${classes} classes`, value: splitting.median, unit: 'ms', target: 1000 },
    { name: `split and analyse every class, ${classes} classes`, value: all.median, unit: 'ms', target: 2000 },
  ];
}
