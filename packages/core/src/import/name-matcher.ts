/**
 * Reconciles names as typed in answers with the pupils on a roster, in this order: exact (name or id),
 * folded (case, diacritics, æ/ø/å), first name + initial of the last name ("Ola N."), unique first name,
 * and a small typo (edit distance ≤ 1 for names up to 5 letters, ≤ 2 for longer) when exactly one pupil is
 * that close. Anything else is ambiguous (several pupils fit) or unknown — never guessed.
 */
import { editDistance } from './edit-distance.ts';
import { normaliseName } from './normalise-name.ts';

/** How a typed name was matched. `exact` is silent; every other kind is reported as an issue. */
export type NameMatch =
  | { readonly kind: 'exact' | 'normalised' | 'initial' | 'first-name' | 'fuzzy'; readonly id: string }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] }
  | { readonly kind: 'unknown' };

export interface NameEntry {
  readonly id: string;
  readonly name: string;
}

export interface NameMatcher {
  match(text: string): NameMatch;
  /** Adds a pupil (used when the roster grows from the answers themselves). */
  add(entry: NameEntry): void;
}

interface Indexed {
  readonly id: string;
  readonly folded: string;
  readonly tokens: readonly string[];
}

function allowedTypos(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

function only(ids: readonly string[]): NameMatch | null {
  const unique = [...new Set(ids)];
  if (unique.length === 1) return null;
  return unique.length > 1 ? { kind: 'ambiguous', candidates: unique } : { kind: 'unknown' };
}

/** Creates a matcher over the given pupils. */
export function createNameMatcher(entries: readonly NameEntry[]): NameMatcher {
  const exact = new Map<string, string[]>();
  const pupils: Indexed[] = [];
  const add = (entry: NameEntry): void => {
    for (const key of new Set([entry.name.trim(), entry.id.trim()])) {
      if (key === '') continue;
      const ids = exact.get(key) ?? [];
      if (!ids.includes(entry.id)) ids.push(entry.id);
      exact.set(key, ids);
    }
    const folded = normaliseName(entry.name);
    pupils.push({ id: entry.id, folded, tokens: folded.split(' ').filter(Boolean) });
  };
  entries.forEach(add);

  const match = (text: string): NameMatch => {
    const typed = text.trim();
    const exactIds = exact.get(typed);
    if (exactIds?.length === 1) return { kind: 'exact', id: exactIds[0]! };
    if (exactIds && exactIds.length > 1) return { kind: 'ambiguous', candidates: exactIds };
    const folded = normaliseName(typed);
    if (folded === '') return { kind: 'unknown' };
    const tokens = folded.split(' ');

    const same = pupils.filter((pupil) => pupil.folded === folded).map((pupil) => pupil.id);
    if (same.length > 0) return only(same) ?? { kind: 'normalised', id: same[0]! };

    const first = tokens[0]!;
    if (tokens.length >= 2) {
      const initial = tokens[tokens.length - 1]!;
      if (initial.length === 1) {
        const fits = pupils
          .filter((pupil) => pupil.tokens.length >= 2 && pupil.tokens[0] === first && pupil.tokens[pupil.tokens.length - 1]!.startsWith(initial))
          .map((pupil) => pupil.id);
        if (fits.length > 0) return only(fits) ?? { kind: 'initial', id: fits[0]! };
      }
    } else {
      const fits = pupils.filter((pupil) => pupil.tokens[0] === first).map((pupil) => pupil.id);
      if (fits.length > 0) return only(fits) ?? { kind: 'first-name', id: fits[0]! };
    }

    // Small typos: against the full folded name, and for a single typed word against first names.
    let best = Infinity;
    let bestIds: string[] = [];
    for (const pupil of pupils) {
      const targets = tokens.length === 1 ? [pupil.folded, pupil.tokens[0] ?? ''] : [pupil.folded];
      for (const target of targets) {
        const limit = allowedTypos(Math.min(folded.length, target.length));
        if (Math.abs(folded.length - target.length) > limit) continue;
        const distance = editDistance(folded, target);
        if (distance > limit) continue;
        if (distance < best) {
          best = distance;
          bestIds = [pupil.id];
        } else if (distance === best && !bestIds.includes(pupil.id)) {
          bestIds.push(pupil.id);
        }
      }
    }
    if (bestIds.length === 0) return { kind: 'unknown' };
    return only(bestIds) ?? { kind: 'fuzzy', id: bestIds[0]! };
  };

  return { match, add };
}
