import { describe, expect, it } from 'vitest';
import { demoClass } from './demo-class.ts';
import { Locale } from './i18n/locale.svelte.ts';
import { waveLabel } from './wave-label.ts';

describe('waveLabel(wave, locale)', () => {
  const demo = demoClass().waves[0]!;

  it('names the demo wave in the language: Høst 2026, Haust 2026, Autumn 2026', () => {
    expect(['nb', 'nn', 'en'].map((lang) => waveLabel(demo, new Locale(lang as 'nb' | 'nn' | 'en')))).toEqual(['Høst 2026', 'Haust 2026', 'Autumn 2026']);
  });

  it('writes a bare ISO date label as a day, and leaves the teacher\'s own labels as written', () => {
    expect(waveLabel({ id: 'w1', label: '2026-12-03' }, new Locale('nb'))).toBe('3. des. 2026');
    expect(waveLabel({ id: 'w1', label: '2026-12-03' }, new Locale('en'))).toBe('3 Dec 2026');
    expect(waveLabel({ id: 'w2', label: 'Høst 2026' }, new Locale('nn'))).toBe('Høst 2026');
    expect(waveLabel({ id: demo.id, label: 'Vår' }, new Locale('nn'))).toBe('Vår');
  });
});
