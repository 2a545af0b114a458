import { describe, expect, it } from 'vitest';
import { createNameMatcher } from './name-matcher.ts';
import { editDistance } from './edit-distance.ts';
import { normaliseName } from './normalise-name.ts';

const roster = [
  { id: 'p1', name: 'Åse Ødegård' },
  { id: 'p2', name: 'Kari Nilsen' },
  { id: 'p3', name: 'Kari Nordby' },
  { id: 'p4', name: 'Ola Nordmann' },
  { id: 'p5', name: 'Ole Hansen' },
  { id: 'p6', name: 'Mathias Ærø' },
];
const matcher = createNameMatcher(roster);

describe('normaliseName(name)', () => {
  it('folds case, æøå and other diacritics, punctuation and spaces', () => {
    expect(normaliseName('  ÅSE  Ødegård ')).toBe('ase odegard');
    expect(normaliseName('Mathias Ærø')).toBe('mathias aero');
    expect(normaliseName('José-María O\'Neil.')).toBe('jose maria o neil');
  });
});

describe('editDistance(a, b)', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('kari', 'kari')).toBe(0);
    expect(editDistance('kari', 'karin')).toBe(1);
    expect(editDistance('kari', 'akri')).toBe(1);
    expect(editDistance('nordmann', 'nordman')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('ola', 'per')).toBe(3);
  });
});

describe('createNameMatcher(roster).match(text)', () => {
  it.each([
    ['Åse Ødegård', { kind: 'exact', id: 'p1' }],
    ['p4', { kind: 'exact', id: 'p4' }],
    ['ase odegard', { kind: 'normalised', id: 'p1' }],
    ['MATHIAS AERO', { kind: 'normalised', id: 'p6' }],
    ['Kari N', { kind: 'ambiguous', candidates: ['p2', 'p3'] }],
    ['Kari Ni.', { kind: 'unknown' }],
    ['Ola N.', { kind: 'initial', id: 'p4' }],
    ['Mathias', { kind: 'first-name', id: 'p6' }],
    ['Kari', { kind: 'ambiguous', candidates: ['p2', 'p3'] }],
    ['Ola Nordman', { kind: 'fuzzy', id: 'p4' }],
    ['Kari Nilsn', { kind: 'fuzzy', id: 'p2' }],
    ['Ol', { kind: 'unknown' }],
    ['Per', { kind: 'unknown' }],
    ['', { kind: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(matcher.match(text)).toEqual(expected);
  });

  it('never guesses between two equally close names', () => {
    // "Ola" and "Ole" are one edit apart from "Olx".
    expect(matcher.match('Olx')).toEqual({ kind: 'ambiguous', candidates: ['p4', 'p5'] });
  });

  it('matches pupils added later', () => {
    const growing = createNameMatcher([]);
    growing.add({ id: 'Ny Elev', name: 'Ny Elev' });
    expect(growing.match('ny elev')).toEqual({ kind: 'normalised', id: 'Ny Elev' });
  });
});
