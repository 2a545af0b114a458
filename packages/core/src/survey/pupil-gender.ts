/**
 * A pupil's gender as the sociogram draws it (Læringsmiljøsenteret's convention: girls as circles, boys as
 * triangles), read from a roster column named gender / kjønn / kjonn / sex.
 */
import type { Pupil } from './survey.ts';

/** `other` is a stated gender that is neither; `unknown` is a missing or empty roster value. */
export type PupilGender = 'girl' | 'boy' | 'other' | 'unknown';

/** Roster columns that hold a pupil's gender (case and spaces ignored). */
export const GENDER_KEYS: readonly string[] = Object.freeze(['gender', 'kjønn', 'kjonn', 'sex']);
const GIRL = new Set(['f', 'j', 'k', 'jente', 'girl', 'female', 'kvinne', 'woman', 'w', 'kvinnelig']);
const BOY = new Set(['m', 'gutt', 'gut', 'boy', 'male', 'mann', 'man', 'mannlig']);

/**
 * The pupil's gender from their roster attributes (a `gender`/`kjønn`/`kjonn`/`sex` column); `'unknown'` when there is
 * none or it is empty.
 */
export function pupilGender(pupil: Pupil): PupilGender {
  const key = Object.keys(pupil.attributes).find((k) => GENDER_KEYS.includes(k.trim().toLowerCase()));
  return genderOfValue(key === undefined ? null : pupil.attributes[key]);
}

/** The gender a roster value names (`jente`, `f`, `boy`, …; case and spaces ignored). */
export function genderOfValue(raw: string | null | undefined): PupilGender {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '') return 'unknown';
  return GIRL.has(value) ? 'girl' : BOY.has(value) ? 'boy' : 'other';
}
