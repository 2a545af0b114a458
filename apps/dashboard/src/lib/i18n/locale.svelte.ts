/**
 * The user's language (bokmål by default, nynorsk when the browser asks for it; the choice is remembered in
 * localStorage) and the text lookup: `t('key', {vars})`, numbers and dates formatted for the language.
 */
import { MESSAGE_LOCALES } from '@sociogram/core/messages';
import type { MessageKey } from './en.ts';
import { nb } from './nb.ts';

/** A dashboard language: Norwegian bokmål, Norwegian nynorsk or English. */
export type Lang = 'nb' | 'nn' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];
/** Each language's name in the language picker, written in that language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', en: 'English' };
type Messages = Readonly<Record<MessageKey, string>>;
/** Bokmål is in the first visit's script; nynorsk and English are loaded (their own chunks) when chosen. */
const LOAD: Readonly<Record<Lang, () => Promise<Messages>>> = {
  nb: () => Promise.resolve(nb),
  nn: () => import('./nn.ts').then((module) => module.nn),
  en: () => import('./en.ts').then((module) => module.en),
};
const MESSAGES: Partial<Record<Lang, Messages>> = { nb };

/** Loads a language's texts (once); `new Locale(lang)` and `Locale.set` then show it at once. */
export async function loadLang(lang: Lang): Promise<void> {
  MESSAGES[lang] ??= await LOAD[lang]();
}
const STORAGE_KEY = 'sociogram.lang';

/**
 * The language to start in: the stored choice if there is one, else nynorsk when the browser's language is
 * nynorsk (`nn`, `nn-NO`), else bokmål.
 */
export function startLang(stored: string | null, browserLanguage: string | undefined): Lang {
  if (stored && (LANGS as readonly string[]).includes(stored)) return stored as Lang;
  return browserLanguage?.toLowerCase().startsWith('nn') ? 'nn' : 'nb';
}

export class Locale {
  lang = $state<Lang>('nb');
  /** Resolves when the language's texts are loaded; until then `t` gives bokmål. */
  readonly ready: Promise<void>;
  /** Bumped when a language's texts arrive, so that `t` is read again. */
  #loads = $state(0);

  constructor(initial?: Lang) {
    this.lang = initial ?? startLang(typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY), typeof navigator === 'undefined' ? undefined : navigator.language);
    this.ready = this.#load(this.lang);
  }

  async #load(lang: Lang): Promise<void> {
    if (MESSAGES[lang]) return;
    await loadLang(lang);
    this.#loads++;
  }

  /** The locales to hand to Intl, `localeCompare` and `Intl.Collator` for this language, best first (core's MESSAGE_LOCALES: nynorsk falls back to bokmål where the browser has no nynorsk data). */
  get intl(): string[] {
    return [...MESSAGE_LOCALES[this.lang]];
  }

  /** Switches to `lang` once its texts are loaded (at once for a loaded language). */
  async set(lang: Lang): Promise<void> {
    await this.#load(lang);
    this.lang = lang;
    if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, lang);
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }

  t = (key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string => {
    void this.#loads; // read again once the language's texts arrive
    const messages = MESSAGES[this.lang] ?? nb;
    return messages[key].replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
  };

  /** A text with a count, singular or plural for the language (`key.one` / `key.other`, Intl.PluralRules). */
  tn = (key: string, count: number, vars: Readonly<Record<string, string | number>> = {}): string => {
    const form = new Intl.PluralRules(this.intl).select(count) === 'one' ? 'one' : 'other';
    return this.t(`${key}.${form}` as MessageKey, { count, ...vars });
  };

  number = (value: number, digits = 0): string => value.toLocaleString(this.intl, { maximumFractionDigits: digits, minimumFractionDigits: digits });

  date = (iso: string): string => new Date(iso).toLocaleString(this.intl, { dateStyle: 'medium', timeStyle: 'short' });

  /** Today's date on this machine's clock (local time, never UTC), written as every other day in the app ("2. des. 2026"). */
  today = (): string => new Date().toLocaleDateString(this.intl, { dateStyle: 'medium' });

  /** A calendar day stored as `YYYY-MM-DD`, written for the language ("1. des. 2026", "1 Dec 2026"); other text as it is. */
  day = (isoDay: string): string => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
    if (!match) return isoDay;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toLocaleDateString(this.intl, { dateStyle: 'medium', timeZone: 'UTC' });
  };
}
