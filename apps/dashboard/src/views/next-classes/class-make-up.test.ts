import type { PupilGender } from '@sociogram/core';
import { describe, expect, it } from 'vitest';
import { Locale } from '../../lib/i18n/locale.svelte.ts';
import { classMakeUp } from './class-make-up.ts';

const genders: Record<string, PupilGender> = { a: 'girl', b: 'girl', c: 'boy', d: 'unknown', e: 'unknown' };
const gender = (id: string) => genders[id] ?? 'unknown';
const fromClass = (id: string) => (id < 'c' ? '7B' : '7A');

describe('classMakeUp(members, gender, fromClass, locale)', () => {
  it('counts pupils of unknown gender after girls and boys, in bokmål, nynorsk and English', () => {
    const members = ['a', 'b', 'c', 'd', 'e'];
    expect(classMakeUp(members, gender, fromClass, new Locale('nb'))).toBe('5 elever · 2 jenter, 1 gutter · 2 ukjent kjønn · fra 7A 3, 7B 2');
    expect(classMakeUp(members, gender, fromClass, new Locale('nn'))).toBe('5 elevar · 2 jenter, 1 gutar · 2 ukjent kjønn · frå 7A 3, 7B 2');
    expect(classMakeUp(members, gender, fromClass, new Locale('en'))).toBe('5 pupils · 2 girls, 1 boys · 2 unknown gender · from 7A 3, 7B 2');
  });

  it('leaves the count out when every gender is known, and names another gender as the legend does', () => {
    expect(classMakeUp(['a', 'c'], gender, fromClass, new Locale('nb'))).toBe('2 elever · 1 jenter, 1 gutter · fra 7A 1, 7B 1');
    expect(classMakeUp(['a', 'd', 'x'], (id) => (id === 'x' ? 'other' : gender(id)), fromClass, new Locale('nb'))).toBe('3 elever · 1 jenter, 0 gutter · 2 annet eller ukjent kjønn · fra 7A 2, 7B 1');
  });
});
