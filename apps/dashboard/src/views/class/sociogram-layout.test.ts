import { describe, expect, it } from 'vitest';
import type { Survey } from '@sociogram/core';
import { forceLayout, sociogramEdges, targetLayout } from './sociogram-layout.ts';

const survey: Survey = {
  pupils: ['A', 'B', 'C', 'D'].map((id) => ({ id, name: id, attributes: {} })),
  questions: [{ id: 'q', label: 'Hvem er vennene dine?', kind: 'positive', limit: 2 }],
  nominations: [
    { from: 'A', to: 'B', question: 'q' },
    { from: 'B', to: 'A', question: 'q' },
    { from: 'C', to: 'A', question: 'q' },
  ],
  respondents: { q: ['A', 'B', 'C', 'D'] },
};

describe('sociogramEdges(survey, questions)', () => {
  it('draws a mutual pair once and keeps one-way choices directed', () => {
    expect(sociogramEdges(survey, ['q'])).toEqual([
      { source: 'A', target: 'B', mutual: true },
      { source: 'C', target: 'A', mutual: false },
    ]);
  });
});

describe('forceLayout(ids, edges, size, seed)', () => {
  it('is the same for the same seed and stays inside the picture', () => {
    const edges = sociogramEdges(survey, ['q']);
    const a = forceLayout(['A', 'B', 'C', 'D'], edges, 600, 1);
    expect(forceLayout(['A', 'B', 'C', 'D'], edges, 600, 1)).toEqual(a);
    for (const p of a.values()) expect(p.x >= 0 && p.x <= 600 && p.y >= 0 && p.y <= 600).toBe(true);
  });
});

describe('targetLayout(ids, received, size)', () => {
  it('puts the most chosen nearest the centre', () => {
    const layout = targetLayout(['A', 'B', 'C', 'D'], new Map([['A', 2], ['B', 1], ['C', 0], ['D', 0]]), 600);
    const distance = (id: string) => Math.hypot(layout.get(id)!.x - 300, layout.get(id)!.y - 300);
    expect(distance('A')).toBeLessThan(distance('B'));
    expect(distance('B')).toBeLessThan(distance('C'));
    expect(distance('C')).toBeCloseTo(distance('D'), 6);
  });
});
