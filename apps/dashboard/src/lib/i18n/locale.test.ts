import { describe, expect, it } from 'vitest';
import { LANG_NAMES, LANGS, Locale, startLang } from './locale.svelte.ts';

describe('Locale', () => {
  it('writes a stored calendar day the way each language does, whatever the time zone', () => {
    expect(new Locale('nb').day('2026-12-01')).toBe('1. des. 2026');
    expect(new Locale('en').day('2026-12-01')).toBe('1 Dec 2026');
    expect(new Locale('nb').day('2027-01-31')).toBe('31. jan. 2027');
    expect(new Locale('nn').day('2026-12-01')).toBe('1. des. 2026');
    expect(new Locale('nn').day('2027-03-05')).toBe('5. mars 2027');
  });

  it('leaves anything that is not a YYYY-MM-DD day as it is', () => {
    expect(new Locale('nb').day('')).toBe('');
    expect(new Locale('en').day('next week')).toBe('next week');
  });

  it('formats numbers for the language', () => {
    expect(new Locale('nb').number(123.5, 1)).toBe('123,5');
    expect(new Locale('en').number(123.5, 1)).toBe('123.5');
    expect(new Locale('nn').number(123.5, 1)).toBe('123,5');
  });

  it('looks texts up in nynorsk, singular and plural', () => {
    const nn = new Locale('nn');
    expect(nn.t('nav.classes')).toBe('Klassar');
    expect(nn.t('manual.unknownName', { name: 'Ola' })).toBe('«Ola» står ikkje på klasselista.');
    expect(nn.tn('groups.broken', 1)).toBe('✗ 1 regel er broten:');
    expect(nn.tn('groups.broken', 3)).toBe('✗ 3 reglar er brotne:');
  });
});

describe('startLang(stored, browserLanguage)', () => {
  it('keeps a stored choice, whatever the browser says', () => {
    expect(startLang('en', 'nn-NO')).toBe('en');
    expect(startLang('nb', 'nn')).toBe('nb');
    expect(startLang('nn', 'en-GB')).toBe('nn');
  });

  it('starts in nynorsk when nothing is stored and the browser language is nn', () => {
    expect(startLang(null, 'nn')).toBe('nn');
    expect(startLang(null, 'nn-NO')).toBe('nn');
    expect(startLang('xx', 'NN-no')).toBe('nn');
  });

  it('starts in bokmål otherwise', () => {
    expect(startLang(null, 'nb-NO')).toBe('nb');
    expect(startLang(null, 'no')).toBe('nb');
    expect(startLang(null, 'en-US')).toBe('nb');
    expect(startLang(null, undefined)).toBe('nb');
  });
});

describe('languages', () => {
  it('names each language in itself for the picker', () => {
    expect(LANGS).toEqual(['nb', 'nn', 'en']);
    expect(LANG_NAMES).toEqual({ nb: 'Norsk bokmål', nn: 'Norsk nynorsk', en: 'English' });
  });

  it('hands Intl nynorsk first and bokmål after it, so browsers without nynorsk data still write and sort Norwegian', () => {
    expect(new Locale('nn').intl).toEqual(['nn-NO', 'nb-NO']);
    expect(new Locale('nb').intl).toEqual(['nb-NO']);
    expect(['Åse', 'Zara', 'Øystein', 'Aksel'].sort(new Intl.Collator(new Locale('nn').intl).compare)).toEqual(['Aksel', 'Zara', 'Øystein', 'Åse']);
  });


  it('switches language once the texts are loaded, each in its own words', async () => {
    const locale = new Locale('nb');
    await locale.ready;
    expect(locale.t('app.loading')).toBe('Laster …');
    await locale.set('nn');
    expect(locale.lang).toBe('nn');
    expect(locale.t('app.loading')).toBe('Lastar …');
    await locale.set('en');
    expect(locale.t('app.loading')).toBe('Loading …');
  });
});
