/** The name of each pupil by id, so an issue or a plan can show the pupil it concerns. */

/** A lookup from pupil id to name; an id not in the list, or a pupil without a name, is shown as its id. */
export function pupilNames(pupils: readonly { readonly id: string; readonly name?: string }[]): (id: string) => string {
  const names = new Map(pupils.map((pupil) => [pupil.id, pupil.name ?? pupil.id]));
  return (id) => names.get(id) ?? id;
}
