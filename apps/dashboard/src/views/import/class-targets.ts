/**
 * Where each class of a school file is saved by default: as a new wave of the stored class with the same
 * name (case, spaces and "klasse"/"class" aside: "7A" = "Klasse 7a"), otherwise as a new class.
 */
import { normaliseName } from '@sociogram/core/internal';

/** A stored class's id, or 'new'. */
export type ClassTarget = string;

const foldClassName = (name: string): string => normaliseName(name).replace(/^(klasse|class)\s+/, '').replace(/\s+/g, '');

export function classTargets(names: readonly string[], stored: readonly { readonly id: string; readonly name: string; readonly demo?: boolean }[]): Record<string, ClassTarget> {
  const byName = new Map<string, string>();
  for (const c of stored) if (!c.demo && !byName.has(foldClassName(c.name))) byName.set(foldClassName(c.name), c.id);
  return Object.fromEntries(names.map((name) => [name, byName.get(foldClassName(name)) ?? 'new']));
}
