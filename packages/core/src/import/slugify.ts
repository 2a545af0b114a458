/** A short, stable identifier from a label: folded, lower case, words joined by "-", at most 40 characters. */
import { normaliseName } from './normalise-name.ts';

export function slugify(label: string, fallback = 'q'): string {
  const full = normaliseName(label).replace(/\s+/g, '-');
  const cut = full.length <= 40 ? full : full.slice(0, full.lastIndexOf('-', 40) > 0 ? full.lastIndexOf('-', 40) : 40);
  const slug = cut.replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** `slugify`, made unique against the ids already taken by appending -2, -3 … */
export function uniqueSlug(label: string, taken: ReadonlySet<string>, fallback = 'q'): string {
  const base = slugify(label, fallback);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
