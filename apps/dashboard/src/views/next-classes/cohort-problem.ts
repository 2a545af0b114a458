/**
 * The cohort a teacher composes next year's classes from, as the dashboard plans it: the latest wave of each
 * chosen stored class, analysed (core's analyseSurvey) and joined by core's deriveCohortProblem with the
 * teacher's rules and each class's own protected pupils and pairs kept apart; pupils named as displayed
 * (pseudonyms in pseudonym mode), so every rule sentence uses the names on screen.
 */
import { analyseSurvey, deriveCohortProblem, splitCohortPupilId, type CohortClass, type DeriveCohortOptions, type PlanningProblem } from '@sociogram/core';
import type { StoredClass } from '../../lib/storage/stored-class.ts';

export type CohortRules = Omit<DeriveCohortOptions, 'classCount'>;

/**
 * One chosen class: its latest wave, analysed, with that wave's choices of pupils in other classes whose wave is
 * the latest of a chosen class (`classOfWave`: wave id → stored class id, from latestWaves).
 */
export function cohortClass(stored: StoredClass, classOfWave: ReadonlyMap<string, string> = new Map()): CohortClass {
  const wave = stored.waves.at(-1)!;
  const crossClass = (wave.crossClass ?? []).flatMap((n) => {
    const toClass = classOfWave.get(n.toWave);
    return toClass === undefined || toClass === stored.id ? [] : [{ from: n.from, toClass, to: n.to, question: n.question }];
  });
  return {
    key: stored.id,
    name: stored.name,
    survey: wave.survey,
    analysis: analyseSurvey(wave.survey, { importIssues: wave.importIssues }),
    ...(stored.planning ? { vulnerable: stored.planning.vulnerable, separate: stored.planning.separate } : {}),
    ...(crossClass.length ? { crossClass } : {}),
  };
}

/** The stored class of each chosen class's latest wave, by wave id: what cohortClass links choices across classes by. */
export function latestWaves(classes: readonly StoredClass[]): Map<string, string> {
  return new Map(classes.map((c) => [c.waves.at(-1)!.id, c.id]));
}

export function cohortProblem(classes: readonly CohortClass[], rules: CohortRules, name: (cohortId: string) => string): PlanningProblem {
  const problem = deriveCohortProblem(classes, rules);
  return { ...problem, pupils: problem.pupils.map((p) => ({ ...p, name: name(p.id) })) };
}

/** The displayed name of a cohort pupil, from each class's own name function (pseudonyms per class). */
export function cohortNames(names: ReadonlyMap<string, (id: string) => string>): (cohortId: string) => string {
  return (cohortId) => {
    const { classKey, pupilId } = splitCohortPupilId(cohortId);
    return names.get(classKey)?.(pupilId) ?? pupilId;
  };
}
