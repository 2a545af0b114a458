import { describe, expect, it } from 'vitest';
import { pseudonyms } from './pseudonyms.ts';

describe('pseudonyms(pupils, word)', () => {
  it('numbers pupils by their place in the class list, stably', () => {
    const map = pseudonyms([{ id: 'p3' }, { id: 'p1' }, { id: 'p2' }], 'Pupil');
    expect([...map.entries()]).toEqual([['p3', 'Pupil 01'], ['p1', 'Pupil 02'], ['p2', 'Pupil 03']]);
    expect(pseudonyms(Array.from({ length: 120 }, (_, i) => ({ id: `x${i}` }))).get('x7')).toBe('Elev 008');
  });
});
