import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe('nn (nynorsk texts)', () => {
  it('has exactly the keys of nb and en', () => {
    expect(Object.keys(nn).sort()).toEqual(Object.keys(nb).sort());
    expect(Object.keys(nn).sort()).toEqual(Object.keys(en).sort());
  });

  it('fills in the same placeholders as nb and en, key by key', () => {
    const differing = Object.keys(en).filter((key) => {
      const k = key as keyof typeof en;
      const want = placeholders(en[k]).join();
      return placeholders(nn[k]).join() !== want || placeholders(nb[k]).join() !== want;
    });
    expect(differing).toEqual([]);
  });

  it('keeps every plural pair whole (each .one has its .other, as in nb)', () => {
    const keys = new Set(Object.keys(nn));
    const ones = [...keys].filter((k) => k.endsWith('.one'));
    expect(ones.length).toBe(Object.keys(nb).filter((k) => k.endsWith('.one')).length);
    expect(ones.filter((k) => !keys.has(`${k.slice(0, -4)}.other`))).toEqual([]);
  });

  it('is its own translation, not bokmål copied: at least 65 % of the texts differ from nb', () => {
    const keys = Object.keys(nb) as (keyof typeof nb)[];
    const differ = keys.filter((k) => nn[k] !== nb[k]).length;
    expect(differ / keys.length).toBeGreaterThanOrEqual(0.65);
  });

  it('writes nynorsk forms, never the bokmål ones, in running text', () => {
    const bokmal = /\b(ikke|hva|hvem|hvordan|hvorfor|noen|noe|fra|bare|navn|hverandre|ble|velg|åpne|elever|klasser|venner|gutter|lærer|sammenlign)\b/i;
    const found = Object.entries(nn).filter(([, text]) => bokmal.test(text)).map(([key]) => key);
    expect(found).toEqual([]);
  });
});
