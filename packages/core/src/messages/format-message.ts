/**
 * formatMessage(message, lang): the sentence a message stands for, in bokmål, nynorsk or English, from the
 * catalogues (catalogue-nb.ts, catalogue-nn.ts, catalogue-en.ts). Plurals follow Intl.PluralRules, decimals the
 * language's own way of writing them.
 */
import { MESSAGE_LOCALES, type Catalogue, type MessageLang, type Wording } from './catalogue.ts';
import { EN } from './catalogue-en.ts';
import { NB } from './catalogue-nb.ts';
import { NN } from './catalogue-nn.ts';
import type { FactsOf, Message, MessageCode } from './message-facts.ts';

/** The catalogue of each language. */
export const CATALOGUES: Readonly<Record<MessageLang, Catalogue>> = Object.freeze({ nb: NB, nn: NN, en: EN });

const AND: Readonly<Record<MessageLang, string>> = { nb: 'og', nn: 'og', en: 'and' };
const POWER_REASON_CODES = {
  star: 'POWER_STAR',
  chosenByStars: 'POWER_CHOSEN_BY_STARS',
  nominatedPopular: 'POWER_NOMINATED_POPULAR',
  namedAsBullying: 'POWER_NAMED_AS_BULLYING',
} as const satisfies Readonly<Record<string, MessageCode>>;

const wordings = new Map<MessageLang, Wording>();

/** How `lang` writes plurals, lists and numbers (one per language, made once). */
export function wordingOf(lang: MessageLang): Wording {
  const known = wordings.get(lang);
  if (known) return known;
  const rules = new Intl.PluralRules([...MESSAGE_LOCALES[lang]]);
  const wording: Wording = {
    lang,
    plural: (count, one, other) => (rules.select(count) === 'one' ? one : other),
    list: (names) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${AND[lang]} ${names[names.length - 1]}`),
    decimal: (value, digits) => value.toLocaleString([...MESSAGE_LOCALES[lang]], { maximumFractionDigits: digits }),
    percent: (share) => `${Math.round(share * 100)} %`,
    powerReasons: (facts) => powerReasonsText(facts, lang),
  };
  wordings.set(lang, wording);
  return wording;
}

/** The sentence of `message` in `lang`. */
export function formatMessage(message: Message, lang: MessageLang): string {
  const sentence = CATALOGUES[lang][message.code] as (facts: Message['facts'], w: Wording) => string;
  return sentence(message.facts, wordingOf(lang));
}

/** The reasons of a power position as phrases joined with "; " ("valgt av 12 av 24 – …; nevnt som populær av 5 av 20"). */
export function powerReasonsText(facts: FactsOf<'POWER_POSITION'>, lang: MessageLang): string {
  return facts.reasons
    .split(',')
    .filter((reason): reason is keyof typeof POWER_REASON_CODES => reason in POWER_REASON_CODES)
    .map((reason) => formatMessage({ code: POWER_REASON_CODES[reason], facts } as Message, lang))
    .join('; ');
}
