import { describe, expect, it } from 'vitest';
import type { Survey } from '../survey/survey.ts';
import { analyseSurvey } from './analyse-survey.ts';
import { compareWaves, poissonChangeP } from './compare-waves.ts';

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

  it('calls a change of a threshold-based flag noise when its count did not change more than chance would', () => {
    expect(poissonChangeP(3, 4)).toBeCloseTo(1, 6);
    expect(poissonChangeP(2, 6)).toBeCloseTo(0.2891, 4);
    expect(poissonChangeP(1, 9)).toBeCloseTo(0.0215, 4);
    // D lost ISOLATED (a fact, never noise).
    expect(d.withinNoise).toEqual([]);
  });

  it('marks a power position won or lost on a change of two choices as within noise', () => {
    // 25 pupils, three choices each; the first k respondents choose S, the rest choose round the circle.
    const chosenBy = (k: number): Survey => {
      const ids = Array.from({ length: 25 }, (_, i) => (i === 0 ? 'S' : `p${i}`));
      const edges: [string, string][] = [];
      for (let i = 1; i < 25; i++) {
        const chosen = i <= k ? ['S'] : [];
        for (let step = 1; chosen.length < 3; step++) {
          const j = ((i + step - 1) % 24) + 1;
          if (j !== i && !chosen.includes(ids[j]!)) chosen.push(ids[j]!);
        }
        for (const to of chosen) edges.push([ids[i]!, to]);
      }
      return { ...wave(ids, edges), questions: [{ id: 'friends', label: 'Hvem er vennene dine?', kind: 'positive', limit: 3 }] };
    };
    const s = compareWaves(analyseSurvey(chosenBy(8)), analyseSurvey(chosenBy(6))).pupils.find((p) => p.id === 'S')!;
    expect(s.indicatorsLost.map((i) => i.code)).toEqual(['POWER_POSITION']);
    expect(s.withinNoise).toEqual(['POWER_POSITION']);
  });
});
