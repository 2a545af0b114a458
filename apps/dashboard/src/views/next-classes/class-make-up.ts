/**
 * A new class's make-up in one line, for its header on the next-classes board: size, girls and boys, pupils of
 * unknown (or another) gender when there are any, and how many come from each previous class.
 */
import type { PupilGender } from '@sociogram/core';
import type { Locale } from '../../lib/i18n/locale.svelte.ts';

/** "17 elever · 7 jenter, 7 gutter · 3 ukjent kjønn · fra 7A 9, 7B 8"; previous classes in the language's order. */
export function classMakeUp(members: readonly string[], gender: (id: string) => PupilGender, fromClass: (id: string) => string, locale: Pick<Locale, 't' | 'intl'>): string {
  const { t } = locale;
  const count = (kind: PupilGender) => members.filter((id) => gender(id) === kind).length;
  const girls = count('girl');
  const boys = count('boy');
  const other = count('other');
  const rest = count('unknown') + other;
  const from = new Map<string, number>();
  for (const id of members) from.set(fromClass(id), (from.get(fromClass(id)) ?? 0) + 1);
  const parts = [...from].sort((a, b) => a[0].localeCompare(b[0], locale.intl)).map(([c, n]) => `${c} ${n}`).join(', ');
  if (rest === 0) return t('nextClasses.makeUp', { count: members.length, girls, boys, from: parts });
  // A roster's own gender value beside unknown ones: the legend's "another or unknown gender" (the square mark).
  const restText = other ? `${rest} ${t('class.legend.otherGender')}` : t('nextClasses.unknownGender', { count: rest });
  return t('nextClasses.makeUpRest', { count: members.length, girls, boys, rest: restText, from: parts });
}
