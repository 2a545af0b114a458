/**
 * The shape of a message catalogue: one sentence function per message code, given the code's facts and the
 * language's way of writing plurals, lists and numbers. A catalogue missing a code, or a sentence using a fact
 * its code does not declare, is a type error.
 */
import type { FactsOf, MessageCode } from './message-facts.ts';

/** The languages the catalogues are written in: Norwegian bokmål, Norwegian nynorsk and English. */
export type MessageLang = 'nb' | 'nn' | 'en';

/** Every catalogue language, bokmål first. */
export const MESSAGE_LANGS: readonly MessageLang[] = Object.freeze(['nb', 'nn', 'en']);

/** True for `'nb'`, `'nn'` and `'en'`. */
export function isMessageLang(value: unknown): value is MessageLang {
  return (MESSAGE_LANGS as readonly unknown[]).includes(value);
}

/**
 * The locales each language formats, counts and sorts with (Intl), best first. Chromium's built-in ICU data has
 * no nynorsk (it falls back to American English: "1.49", "Dec 3, 2026", Å sorted next to A), so nynorsk names
 * bokmål after itself: Intl takes the first it supports — nn-NO in Node and Firefox, nb-NO in Chromium, with the
 * same digits, separators, alphabet and plural rule.
 */
export const MESSAGE_LOCALES: Readonly<Record<MessageLang, readonly string[]>> = Object.freeze({ nb: ['nb-NO'], nn: ['nn-NO', 'nb-NO'], en: ['en-GB'] });

/** How a language writes the parts of a sentence that are not words. */
export interface Wording {
  readonly lang: MessageLang;
  /** `one` or `other` by the language's plural rule for `count` (Intl.PluralRules). */
  plural(count: number, one: string, other: string): string;
  /** Names as a list: "Ada, Bo og Cato" / "Ada, Bo and Cato". */
  list(names: readonly string[]): string;
  /** A decimal with at most `digits` decimals: 1,5 in Norwegian, 1.5 in English. */
  decimal(value: number, digits: number): string;
  /** A share as a whole percentage: 0.33 → "33 %". */
  percent(share: number): string;
  /** The phrases of a power position's reasons, joined with "; " (the POWER_* codes of the same catalogue). */
  powerReasons(facts: FactsOf<'POWER_POSITION'>): string;
}

/** A sentence function per message code. */
export type Catalogue = { readonly [C in MessageCode]: (facts: FactsOf<C>, w: Wording) => string };
