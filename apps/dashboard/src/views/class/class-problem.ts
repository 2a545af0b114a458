/**
 * The planning problem of a class wave, as the dashboard plans it: derived from the survey and analysis
 * (core's derivePlanningProblem) with the teacher's choices, and pupils named as displayed (pseudonyms in
 * pseudonym mode), so every explanation uses the names on screen. Locks are not in it: group locks belong to
 * the groups plan and seat locks to the seating plan, and each view adds its own.
 */
import { derivePlanningProblem, visibleTo, type Analysis, type PlanningProblem, type PlanRuleCheck } from '@sociogram/core';
import { formatMessage, type MessageLang } from '@sociogram/core/messages';
import type { PlanningChoices, StoredWave } from '../../lib/storage/stored-class.ts';

export function classProblem(wave: StoredWave, analysis: Analysis, choices: PlanningChoices | undefined, name: (id: string) => string, groupSize?: number): PlanningProblem {
  const derived = derivePlanningProblem(wave.survey, analysis, {
    ...(groupSize ? { groupSize } : {}),
    ...(choices ? { vulnerable: choices.vulnerable, separate: choices.separate, together: choices.together } : {}),
  });
  const ignoreGender = choices?.genderMix === 'ignore';
  const front = choices?.front ?? {};
  return {
    ...derived,
    pupils: derived.pupils.map((p) => ({ ...p, name: name(p.id), ...(ignoreGender ? { gender: null } : {}), ...(front[p.id] !== undefined ? { front: front[p.id] } : {}) })),
  };
}

/** A rule check's sentence; while sensitive answers are hidden, a sensitive "kept apart" never says why. */
export function ruleSentence(check: PlanRuleCheck, lang: MessageLang, showSensitive: boolean, generic: (a: string, b: string) => string, name: (id: string) => string): string {
  if (check.rule === 'APART' && check.sensitive && !showSensitive) return generic(name(check.pupils[0]!), name(check.pupils[1]!));
  return formatMessage(check.message, lang);
}

/**
 * The rule checks a view may show on screen: on the teacher's own screen all of them (a sensitive "kept apart"
 * in its generic sentence while answers are closed); projected, the meeting audience's rule — none that rests
 * on negative or bullying answers, not even as a red mark.
 */
export function screenChecks<T extends PlanRuleCheck>(checks: readonly T[], projector: boolean): T[] {
  return projector ? visibleTo('meeting', 'rules', checks, false) : [...checks];
}
