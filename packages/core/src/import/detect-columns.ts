/**
 * Recognises what a column holds from its header, in Norwegian and English: the respondent's name, the
 * nominee (long format), the question (long format), the wave, a roster id, or metadata to ignore
 * (timestamps, e-mail, ids, scores) that forms tools add.
 */
import { normaliseName } from './normalise-name.ts';

export type ColumnRole = 'respondent' | 'nominee' | 'question' | 'wave' | 'id' | 'ignore';

/** Folded header words for each role. A header matches when it equals a phrase or starts with one. */
const ROLE_PHRASES: Readonly<Record<ColumnRole, readonly string[]>> = Object.freeze({
  respondent: ['respondent', 'navn', 'name', 'name or label', 'elev', 'elevnavn', 'elevens navn', 'ditt navn', 'fullt navn', 'fornavn og etternavn', 'your name', 'full name', 'student', 'student name', 'pupil', 'pupil name', 'fra', 'from', 'source', 'hva heter du', 'what is your name'],
  nominee: ['nominee', 'nominert', 'valgt', 'valgt elev', 'chosen', 'choice', 'valg', 'to', 'til', 'target', 'named'],
  question: ['question', 'sporsmal', 'relation', 'relasjon', 'item', 'question id'],
  wave: ['wave', 'runde', 'bolge', 'maling', 'undersokelse', 'survey round'],
  id: ['id', 'elev id', 'elevid', 'elevnr', 'elevnummer', 'nr', 'student id', 'pupil id', 'fnr'],
  ignore: ['tidsmerke', 'timestamp', 'start time', 'starttid', 'completion time', 'fullforingstid', 'end time', 'e post', 'epost', 'e postadresse', 'email', 'e mail', 'email address', 'id', 'last modified time', 'sist endret', 'score', 'poengsum', 'total points', 'poeng', 'feedback', 'tilbakemelding', 'quiz feedback', 'ip', 'ip address', 'response id', 'klasse', 'class', 'trinn', 'grade', 'date', 'dato'],
});

/** Headers longer than this are questions, not names of metadata columns. */
const MAX_ROLE_HEADER_LENGTH = 32;

/** Whether a header reads as the given role. */
export function headerHasRole(header: string, role: ColumnRole): boolean {
  const folded = normaliseName(header);
  if (folded === '' || folded.length > MAX_ROLE_HEADER_LENGTH) return false;
  return ROLE_PHRASES[role].some((phrase) => folded === phrase || folded.startsWith(`${phrase} `));
}

/** The index of the first header with that role, preferring exact matches; -1 when none. */
export function findColumn(header: readonly string[], role: ColumnRole, exclude: readonly number[] = []): number {
  const candidates = header.map((_, i) => i).filter((i) => !exclude.includes(i) && headerHasRole(header[i] ?? '', role));
  const exact = candidates.find((i) => ROLE_PHRASES[role].includes(normaliseName(header[i] ?? '')));
  return exact ?? candidates[0] ?? -1;
}

/** Finds a column by its header as the user typed it (folded comparison); -1 when none. */
export function columnByName(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const folded = normaliseName(name);
  return header.findIndex((cell) => normaliseName(cell) === folded);
}
