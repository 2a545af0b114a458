import { describe, expect, it } from 'vitest';
import type { Survey } from '../survey/survey.ts';
import { analyseSurvey } from './analyse-survey.ts';
import { compareWaves } from './compare-waves.ts';

const wave = (ids: string[], edges: [string, string][]): Survey => ({
  pupils: ids.map((id) => ({ id, name: id, attributes: {} })),
  questions: [{ id: 'friends', label: 'Hvem er vennene dine?', kind: 'positive', limit: 2 }],
  nominations: edges.map(([from, to]) => ({ from, to, question: 'friends' })),
  respondents: { friends: ids },
});

describe('compareWaves(before, after)', () => {
  // Autumn: D isolated, no mutual friend. Spring: D and C choose each other; A left, E joined.
  const autumn = analyseSurvey(wave(['A', 'B', 'C', 'D'], [['A', 'B'], ['B', 'A'], ['C', 'A'], ['D', 'C']]));
  const spring = analyseSurvey(wave(['B', 'C', 'D', 'E'], [['B', 'C'], ['C', 'D'], ['D', 'C'], ['E', 'B']]));
  const comparison = compareWaves(autumn, spring);
  const d = comparison.pupils.find((p) => p.id === 'D')!;

  it('matches pupils by id and reports who joined and left', () => {
    expect(comparison.pupils.map((p) => p.id)).toEqual(['B', 'C', 'D']);
    expect(comparison.joined).toEqual(['E']);
    expect(comparison.left).toEqual(['A']);
  });

  it('states each pupil\'s figures before → after', () => {
    expect(d.received).toEqual({ before: 0, after: 1, change: 1 });
    expect(d.mutualFriends).toEqual({ before: 0, after: 1, change: 1 });
    expect(d.gainedMutualFriend).toBe(true);
    expect(d.isolated).toEqual({ before: true, after: false });
    expect(d.indicatorsLost.map((i) => i.code)).toEqual(['ISOLATED']);
    expect(d.indicatorsGained).toEqual([]);
    const b = comparison.pupils.find((p) => p.id === 'B')!;
    expect(b.mutualFriends).toEqual({ before: 1, after: 0, change: -1 });
    // B is now chosen only by E, the newcomer nobody chose.
    expect(b.indicatorsGained.map((i) => i.code)).toEqual(['NO_MUTUAL_FRIEND', 'CHOSEN_ONLY_BY_ISOLATED']);
    expect(b.indicatorsGained.every((i) => i.pupil === 'B' && !i.sensitive)).toBe(true);
    expect(d.coieDodge.sensitive).toBe(true);
  });
});
