/**
 * The user's language (bokmål by default, remembered in localStorage) and the text lookup: `t('key', {vars})`,
 * numbers and dates formatted for the language.
 */
import { en, type MessageKey } from './en.ts';
import { nb } from './nb.ts';

export type Lang = 'nb' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'en'];
const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { nb, en };
const LOCALES: Readonly<Record<Lang, string>> = { nb: 'nb-NO', en: 'en-GB' };
const STORAGE_KEY = 'sociogram.lang';

export class Locale {
  lang = $state<Lang>('nb');

  constructor(initial?: Lang) {
    const stored = initial ?? (typeof localStorage === 'undefined' ? null : (localStorage.getItem(STORAGE_KEY) as Lang | null));
    if (stored && LANGS.includes(stored)) this.lang = stored;
  }

  set(lang: Lang): void {
    this.lang = lang;
    if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, lang);
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }

  t = (key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string =>
    MESSAGES[this.lang][key].replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));

  /** A text with a count, singular or plural for the language (`key.one` / `key.other`, Intl.PluralRules). */
  tn = (key: string, count: number, vars: Readonly<Record<string, string | number>> = {}): string => {
    const form = new Intl.PluralRules(LOCALES[this.lang]).select(count) === 'one' ? 'one' : 'other';
    return this.t(`${key}.${form}` as MessageKey, { count, ...vars });
  };

  number = (value: number, digits = 0): string => value.toLocaleString(LOCALES[this.lang], { maximumFractionDigits: digits, minimumFractionDigits: digits });

  date = (iso: string): string => new Date(iso).toLocaleString(LOCALES[this.lang], { dateStyle: 'medium', timeStyle: 'short' });

  /** Today's date on this machine's clock (local time, never UTC), written as every other day in the app ("2. des. 2026"). */
  today = (): string => new Date().toLocaleDateString(LOCALES[this.lang], { dateStyle: 'medium' });

  /** A calendar day stored as `YYYY-MM-DD`, written for the language ("1. des. 2026", "1 Dec 2026"); other text as it is. */
  day = (isoDay: string): string => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
    if (!match) return isoDay;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toLocaleDateString(LOCALES[this.lang], { dateStyle: 'medium', timeZone: 'UTC' });
  };
}
