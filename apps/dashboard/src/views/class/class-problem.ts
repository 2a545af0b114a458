/**
 * The planning problem of a class wave, as the dashboard plans it: derived from the survey and analysis
 * (core's derivePlanningProblem) with the teacher's choices, and pupils named as displayed (pseudonyms in
 * pseudonym mode), so every explanation uses the names on screen.
 */
import { derivePlanningProblem, type Analysis, type PlanningProblem, type PlanRuleCheck } from '@sociogram/core';
import type { PlanningChoices, StoredWave } from '../../lib/storage/stored-class.ts';

export function classProblem(wave: StoredWave, analysis: Analysis, choices: PlanningChoices | undefined, name: (id: string) => string, groupSize?: number): PlanningProblem {
  const derived = derivePlanningProblem(wave.survey, analysis, {
    ...(groupSize ? { groupSize } : {}),
    ...(choices ? { vulnerable: choices.vulnerable, separate: choices.separate, together: choices.together, ...(choices.locks && Object.keys(choices.locks).length ? { locks: choices.locks } : {}) } : {}),
  });
  return { ...derived, pupils: derived.pupils.map((p) => ({ ...p, name: name(p.id) })) };
}

/** A rule check's sentence; while sensitive answers are hidden, "kept apart" never says why. */
export function ruleSentence(check: PlanRuleCheck, lang: 'nb' | 'en', showSensitive: boolean, generic: (a: string, b: string) => string, name: (id: string) => string): string {
  if (check.rule === 'APART' && !showSensitive) return generic(name(check.pupils[0]!), name(check.pupils[1]!));
  return check.text[lang];
}
