/**
 * School overview speed: the 60 classes (~1,600 pupils) of a generated school, each with two waves (the second
 * the first's answers again), summarised as the dashboard's overview does (apps/dashboard/src/lib/overview/
 * compute-overview.ts): each wave's analysis one task, then `classSummary`. The longest single wave is what one
 * task blocks the page for (target under 50 ms, the browser's long-task line); the total is the time to a full
 * overview, yields aside.
 */
import { analyseSurvey, classSummary, importSurvey, type Survey } from '@sociogram/core';
import type { BenchRow } from './bench-row.ts';
import { generateSchool } from './generate-school.ts';
import { measure } from './measure.ts';

export function overviewBench(): BenchRow[] {
  const school = generateSchool(60, 2026);
  const encode = (text: string) => new TextEncoder().encode(text);
  const surveys: Survey[] = school.classes.map((c) => importSurvey(encode(c.survey), { roster: encode(c.roster) }).survey);
  const one = (survey: Survey) => classSummary({ latest: { date: '2027-03-01', analysis: analyseSurvey(survey) }, previous: { date: '2026-09-15', analysis: analyseSurvey(survey) }, dueBy: '2027-03-15' });
  const perWave = surveys.map((s) => measure(() => analyseSurvey(s), 5, 1).median);
  const total = measure(() => surveys.map(one), 5, 1);
  return [
    { name: `longest wave of ${surveys.length} classes (one task)`, value: Math.max(...perWave), unit: 'ms', target: 50 },
    { name: `whole overview, ${surveys.length} classes, ${school.pupils} pupils, two waves each`, value: total.median, unit: 'ms', target: 2000 },
  ];
}
