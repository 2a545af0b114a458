/**
 * Calendar dates (YYYY-MM-DD) in the user's own time zone. `toISOString().slice(0, 10)` gives the UTC date,
 * which between midnight and 01:00/02:00 in Norway is still yesterday.
 */

/** The local calendar date of `at` (default: now), as YYYY-MM-DD. */
export function localDate(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The local calendar date `days` days after `at` (default: now), as YYYY-MM-DD. */
export function localDateIn(days: number, at: Date = new Date()): string {
  return localDate(new Date(at.getFullYear(), at.getMonth(), at.getDate() + days));
}
