import { describe, expect, it } from 'vitest';
import { MESSAGE_LANGS } from './catalogue.ts';
import { CATALOGUES, formatMessage } from './format-message.ts';
import { MESSAGE_FACTS, type FactKinds, type Message, type MessageCode } from './message-facts.ts';

const CODES = Object.keys(MESSAGE_FACTS) as MessageCode[];

/** A value of each fact kind, numbers distinct so a sentence showing the wrong fact is caught. */
function sample(kind: keyof FactKinds, k: number): FactKinds[keyof FactKinds] {
  switch (kind) {
    case 'text': case 'maybeText': return `Navn${k}`;
    case 'count': case 'maybeCount': return 11 + k;
    case 'decimal': return 1.25 + k;
    case 'names': return [`Ada${k}`, `Bo${k}`];
    case 'numbers': return [1, 2];
    case 'flag': return k % 2 === 0;
    case 'unit': return 'group';
    case 'certainty': return 'clear';
    case 'genderKind': return 'girl';
    case 'apartReasons': return ['negative', 'bullying'];
    case 'area': return 'row';
    case 'powerReasons': return 'star,chosenByStars,nominatedPopular,namedAsBullying';
  }
}

/** The facts a code declares, each with a sample value, and a record of which ones a sentence read. */
function factsOf(code: MessageCode): { facts: Record<string, unknown>; read: Set<string> } {
  const declared = Object.entries(MESSAGE_FACTS[code]) as [string, keyof FactKinds][];
  const values = Object.fromEntries(declared.map(([name, kind], k) => [name, sample(kind, k)]));
  const read = new Set<string>();
  const facts = new Proxy(values, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key);
    },
  });
  return { facts, read };
}

describe('the message catalogues', () => {
  it('have a sentence for every code in every language, and nothing else', () => {
    for (const lang of MESSAGE_LANGS) expect(Object.keys(CATALOGUES[lang]).sort(), lang).toEqual([...CODES].sort());
  });

  it('use only facts their code declares, and write every sentence whole', () => {
    for (const lang of MESSAGE_LANGS) {
      for (const code of CODES) {
        const { facts, read } = factsOf(code);
        const sentence = formatMessage({ code, facts } as unknown as Message, lang);
        const declared = Object.keys(MESSAGE_FACTS[code]);
        expect([...read].filter((key) => !declared.includes(key)), `${lang} ${code}`).toEqual([]);
        expect(sentence, `${lang} ${code}`).not.toMatch(/undefined|NaN|null|\[object|\$\{/);
        expect(sentence.trim().length, `${lang} ${code}`).toBeGreaterThan(0);
      }
    }
  });

  it('state every count and name of a sentence that takes one', () => {
    for (const lang of MESSAGE_LANGS) {
      for (const code of CODES) {
        const { facts, read } = factsOf(code);
        const sentence = formatMessage({ code, facts } as unknown as Message, lang);
        for (const key of read) {
          const kind = (MESSAGE_FACTS[code] as Readonly<Record<string, keyof FactKinds>>)[key];
          if (kind === 'count' || kind === 'text') expect(sentence, `${lang} ${code}.${key}`).toContain(String(facts[key]));
          if (kind === 'names') for (const name of facts[key] as string[]) expect(sentence, `${lang} ${code}.${key}`).toContain(name);
        }
      }
    }
  });

  it('choose the singular and the plural by Intl.PluralRules', () => {
    const one = { code: 'ISOLATED', facts: { name: 'Ola', eligible: 1 } } as const;
    const many = { code: 'ISOLATED', facts: { name: 'Ola', eligible: 21 } } as const;
    expect([formatMessage(one, 'nb'), formatMessage(one, 'nn'), formatMessage(one, 'en')]).toEqual([
      'Ingen valgte Ola som en å være sammen med (0 av 1 klassekamerat som svarte).',
      'Ingen valde Ola som ein å vere saman med (0 av 1 klassekamerat som svarte).',
      'Nobody chose Ola as someone to be with (0 of 1 classmate who answered).',
    ]);
    expect(formatMessage(many, 'nn')).toBe('Ingen valde Ola som ein å vere saman med (0 av 21 klassekameratar som svarte).');
    const seats = { code: 'CONFLICT_TOO_FEW_SEATS', facts: { pupils: 1, seats: 0 } } as const;
    expect(formatMessage(seats, 'nn')).toBe('Det er 1 elev, men berre 0 plassar.');
  });

  it('write decimals and lists the way each language does', () => {
    const rejected: Message = { code: 'REJECTED', facts: { name: 'Ola', manyNegative: true, ll: 6, eligibleNegative: 20, lm: 1, eligible: 22, certainty: 'clear', strength: 1.44 } };
    expect(formatMessage(rejected, 'nb')).toContain('tydelig (1,44 standardavvik over grensen)');
    expect(formatMessage(rejected, 'nn')).toContain('tydeleg (1,44 standardavvik over grensa)');
    expect(formatMessage(rejected, 'en')).toContain('clearly (1.44 standard deviations past the cut-off)');
    const friends: Message = { code: 'RULE_FRIEND_MET', facts: { name: 'Ola', friends: ['Ada', 'Bo', 'Cato'] } };
    expect(formatMessage(friends, 'nn')).toBe('Ola er saman med Ada, Bo og Cato, som Ola valde.');
    expect(formatMessage(friends, 'en')).toBe('Ola is with Ada, Bo and Cato, whom Ola chose.');
  });

  it('write nynorsk, not bokmål: every sentence with words of its own differs, and none uses a bokmål-only form', () => {
    const same = CODES.filter((code) => {
      const { facts } = factsOf(code);
      return formatMessage({ code, facts } as unknown as Message, 'nn') === formatMessage({ code, facts } as unknown as Message, 'nb');
    });
    // Written alike in both: the seat places ("Rad 2, pult 3, plass 1"), "Gruppe 1 har 2 jenter av 4 (regelen: 1–3)."
    // and an issue's place ("rad 3, kolonne «Navn»").
    expect(same.sort()).toEqual(['ISSUE_WHERE', 'RULE_GENDER_BALANCE', 'SEAT_AREA', 'SEAT_PLACE']);
    const BOKMAL = /\b(ikke|ble|hvem|noen|ingen av dem|være|sammen|elever|venner|vennene|hverandre|bare|fra|høyst|valgte venner|nevnt|mange av|gruppen)\b/i;
    const sentences = (lang: 'nb' | 'nn') => CODES.map((code) => formatMessage({ code, facts: factsOf(code).facts } as unknown as Message, lang));
    expect(sentences('nb').filter((sentence) => BOKMAL.test(sentence)).length).toBeGreaterThan(CODES.length / 2);
    expect(sentences('nn').filter((sentence) => BOKMAL.test(sentence))).toEqual([]);
  });
});
