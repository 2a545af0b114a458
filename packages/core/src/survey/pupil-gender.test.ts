import { describe, expect, it } from 'vitest';
import { pupilGender } from './pupil-gender.ts';

const pupil = (attributes: Record<string, string>) => ({ id: 'a', name: 'A', attributes });

describe('pupilGender(pupil)', () => {
  it('reads the kjønn / gender column in bokmål and English', () => {
    expect(pupilGender(pupil({ kjønn: 'f' }))).toBe('girl');
    expect(pupilGender(pupil({ Kjønn: 'Jente' }))).toBe('girl');
    expect(pupilGender(pupil({ gender: 'M' }))).toBe('boy');
    expect(pupilGender(pupil({ kjonn: 'gutt' }))).toBe('boy');
  });
  it('keeps another stated gender apart from a missing one', () => {
    expect(pupilGender(pupil({ gender: 'ikke-binær' }))).toBe('other');
    expect(pupilGender(pupil({ gender: ' ' }))).toBe('unknown');
    expect(pupilGender(pupil({}))).toBe('unknown');
  });
});
