/** Import speed: a generated 60-class school export (~1,600 pupils), against papaparse alone as the floor. */
import Papa from 'papaparse';
import { importSurvey } from '@sociogram/core';
import { generateSchool } from './generate-school.ts';
import { measure } from './measure.ts';
import type { BenchRow } from './bench-row.ts';

export function importBench(): BenchRow[] {
  const school = generateSchool(60, 2026);
  const survey = new TextEncoder().encode(school.survey);
  const roster = new TextEncoder().encode(school.roster);
  const floor = measure(() => Papa.parse(school.survey));
  const full = measure(() => importSurvey(survey, { roster }));
  return [
    { name: `papaparse alone, ${school.pupils} pupils (baseline)`, value: floor.median, unit: 'ms', target: null },
    { name: `importSurvey, ${school.pupils} pupils, with roster`, value: full.median, unit: 'ms', target: 1000, ratio: full.median / floor.median, ratioOf: 'papaparse' },
  ];
}
