/**
 * Next year's classes from one transition file: a grade's survey export with a previous-class column
 * (`previousClass`, `Forrige klasse`, `Klasse` …), read by the import (runImport, in a worker) and split into
 * its classes by core's school split — nothing parsed twice. Each class of the file becomes a cohort class
 * (its previous class the balance attribute), and its cross-class choices count as in stored classes.
 */
import { analyseSurvey, type CohortClass, type SchoolImport, type SurveyIssue } from '@sociogram/core';
import { runImport, type ImportProgress } from '../../lib/import/run-import.ts';

export type TransitionOutcome =
  | { readonly ok: true; readonly file: string; readonly classes: readonly CohortClass[] }
  /** The file could not be read: core's located issues. */
  | { readonly ok: false; readonly reason: 'unreadable'; readonly issues: readonly SurveyIssue[] }
  /** The file was read but has no previous-class column with at least two classes. */
  | { readonly ok: false; readonly reason: 'noClasses'; readonly issues: readonly SurveyIssue[] };

/** The key of the file's class number `index` in the cohort (no ':'). */
const keyOf = (index: number) => `file${index}`;

/** The cohort classes of a split file, each analysed, with its cross-class choices by the other classes' keys. */
export function transitionCohort(school: Pick<SchoolImport, 'classes' | 'crossClass'>): CohortClass[] {
  const keys = new Map(school.classes.map((c, i) => [c.name, keyOf(i)]));
  return school.classes.map((c, i) => {
    const crossClass = school.crossClass.filter((n) => n.fromClass === c.name && keys.has(n.toClass)).map((n) => ({ from: n.from, toClass: keys.get(n.toClass)!, to: n.to, question: n.question }));
    return { key: keyOf(i), name: c.name, survey: c.survey, analysis: analyseSurvey(c.survey, { importIssues: c.issues }), ...(crossClass.length ? { crossClass } : {}) };
  });
}

/** Reads a transition file into cohort classes, or says why it cannot be planned from. */
export async function readTransitionFile(bytes: Uint8Array, file: string, onProgress?: ImportProgress): Promise<TransitionOutcome> {
  const outcome = await runImport(bytes, { file }, undefined, onProgress);
  if (!outcome.ok) return { ok: false, reason: 'unreadable', issues: outcome.issues };
  const school = outcome.result.school;
  if (!school) return { ok: false, reason: 'noClasses', issues: [] };
  return { ok: true, file, classes: transitionCohort(school) };
}
