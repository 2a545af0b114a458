/**
 * Pseudonyms for shared screens and exports: "Elev 07" / "Pupil 07", numbered by the pupil's place in the
 * class list, so the same pupil keeps the same pseudonym in every view and every wave with that list.
 */
import type { Pupil } from '../survey/survey.ts';

/** Pupil id → pseudonym (`"Elev 07"`, or `word` and the number), numbered by the pupils' order in the list given. */
export function pseudonyms(pupils: readonly Pick<Pupil, 'id'>[], word = 'Elev'): ReadonlyMap<string, string> {
  const width = Math.max(2, String(pupils.length).length);
  return new Map(pupils.map((pupil, i) => [pupil.id, `${word} ${String(i + 1).padStart(width, '0')}`]));
}
