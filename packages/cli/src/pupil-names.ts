/** The name of each pupil of a survey by id, so an issue can show the pupil it concerns. */
import type { Survey } from '@sociogram/core';

/** A lookup from pupil id to name; an id not in the survey is shown as it is. */
export function pupilNames(survey: Survey): (id: string) => string {
  const names = new Map(survey.pupils.map((pupil) => [pupil.id, pupil.name]));
  return (id) => names.get(id) ?? id;
}
