import { describe, expect, it } from 'vitest';
import { Locale } from './locale.svelte.ts';

describe('Locale', () => {
  it('writes a stored calendar day the way each language does, whatever the time zone', () => {
    expect(new Locale('nb').day('2026-12-01')).toBe('1. des. 2026');
    expect(new Locale('en').day('2026-12-01')).toBe('1 Dec 2026');
    expect(new Locale('nb').day('2027-01-31')).toBe('31. jan. 2027');
  });

  it('leaves anything that is not a YYYY-MM-DD day as it is', () => {
    expect(new Locale('nb').day('')).toBe('');
    expect(new Locale('en').day('next week')).toBe('next week');
  });

  it('formats numbers for the language', () => {
    expect(new Locale('nb').number(123.5, 1)).toBe('123,5');
    expect(new Locale('en').number(123.5, 1)).toBe('123.5');
  });
});
