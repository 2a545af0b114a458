// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSurvey, pupilGender, type Survey } from '@sociogram/core';
import {
  forceLayout, labelOverlaps, receivedCounts, sociogramEdges, targetBand, targetLayout, type LayoutPupil, type SociogramLayout,
} from './sociogram-layout.ts';
import { placeLabels, tiesThroughNames } from './place-labels.ts';

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
const tiny: LayoutPupil[] = survey.pupils.map((p) => ({ id: p.id, label: p.name, gender: 'unknown' }));

const fixtures = new URL('../../../../../fixtures/', import.meta.url);
const read = (path: string) => new Uint8Array(readFileSync(new URL(path, fixtures)));
const classes: [string, Survey][] = [
  ['demo 7B', importSurvey(read('demo/klasse-7b.csv'), { file: 'klasse-7b.csv', roster: read('demo/klasse-7b-roster.csv'), rosterFile: 'roster.csv' }).survey],
  ['class of 35', importSurvey(read('class-35/klasse-35.csv'), { file: 'klasse-35.csv', roster: read('class-35/klasse-35-roster.csv'), rosterFile: 'roster.csv' }).survey],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((g): [string, Survey] => [
    `Moreno grade ${g}`,
    importSurvey(read(`moreno-1934/grade${g}/edges.csv`), { file: 'edges.csv', roster: read(`moreno-1934/grade${g}/roster.csv`), rosterFile: 'roster.csv' }).survey,
  ]),
];

function inside(layout: SociogramLayout): boolean {
  const v = layout.viewBox;
  return [...layout.pupils.values()].every((p) =>
    [p.label, p.mark].every((b) => b.x >= v.x && b.y >= v.y && b.x + b.width <= v.x + v.width && b.y + b.height <= v.y + v.height));
}

describe('sociogramEdges(survey, questions)', () => {
  it('draws a mutual pair once and keeps one-way choices directed', () => {
    expect(sociogramEdges(survey, ['q'])).toEqual([
      { source: 'A', target: 'B', mutual: true },
      { source: 'C', target: 'A', mutual: false },
    ]);
    expect(receivedCounts(['A', 'B', 'C', 'D'], sociogramEdges(survey, ['q']))).toEqual(new Map([['A', 2], ['B', 1], ['C', 0], ['D', 0]]));
  });
});

describe('forceLayout(pupils, edges, options)', () => {
  it('is the same for the same seed', () => {
    const edges = sociogramEdges(survey, ['q']);
    expect(forceLayout(tiny, edges, { seed: 1 })).toEqual(forceLayout(tiny, edges, { seed: 1 }));
  });
});

describe('targetLayout(pupils, received, options)', () => {
  it('puts the most chosen nearest the centre, each inside its band', () => {
    const layout = targetLayout(tiny, new Map([['A', 6], ['B', 3], ['C', 0], ['D', 0]]));
    const distance = (id: string) => Math.hypot(layout.pupils.get(id)!.x, layout.pupils.get(id)!.y);
    expect(distance('A')).toBeLessThan(distance('B'));
    expect(distance('B')).toBeLessThan(distance('C'));
    expect(distance('C')).toBeGreaterThan(layout.rings[2]!.radius);
    expect(distance('C')).toBeLessThan(layout.rings[3]!.radius);
  });
  it('bands are 5+, 3–4, 1–2 and 0 choices received', () => {
    expect([9, 5, 4, 3, 2, 1, 0].map(targetBand)).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });
  it('puts girls in the left half and boys in the right when split by gender', () => {
    const pupils: LayoutPupil[] = ['g1', 'g2', 'b1', 'b2'].map((id) => ({ id, label: id, gender: id[0] === 'g' ? 'girl' : 'boy' }));
    const layout = targetLayout(pupils, new Map([['g1', 5], ['g2', 0], ['b1', 5], ['b2', 1]]), { splitByGender: true });
    expect(layout.pupils.get('g1')!.x).toBeLessThan(0);
    expect(layout.pupils.get('g2')!.x).toBeLessThan(0);
    expect(layout.pupils.get('b1')!.x).toBeGreaterThan(0);
    expect(layout.pupils.get('b2')!.x).toBeGreaterThan(0);
  });
});

describe('no name overlaps another name or another pupil\'s mark, and none is cut off', () => {
  it.each(classes)('%s, both layouts, also with projector-size names', (_, s) => {
    const pupils: LayoutPupil[] = s.pupils.map((p) => ({ id: p.id, label: p.name, gender: pupilGender(p) }));
    const edges = sociogramEdges(s, s.questions.filter((q) => q.kind === 'positive').map((q) => q.id));
    const received = receivedCounts(pupils.map((p) => p.id), edges);
    const layouts = [forceLayout(pupils, edges), targetLayout(pupils, received), targetLayout(pupils, received, { splitByGender: true })];
    // Projector mode: names at 17 px, their boxes laid out at that size.
    const large = [forceLayout(pupils, edges, { fontSize: 17 }), targetLayout(pupils, received, { fontSize: 17 })];
    for (const layout of large) expect(Math.min(...[...layout.pupils.values()].map((p) => p.label.height))).toBe(21);
    for (const layout of [...layouts, ...large]) {
      expect(labelOverlaps(layout)).toEqual([]);
      expect(inside(layout)).toBe(true);
      // The label-placement pass moves names off ties, never onto another name or mark, never out of the frame.
      const placed = placeLabels(layout, edges);
      expect(labelOverlaps(placed)).toEqual([]);
      expect(inside(placed)).toBe(true);
      expect(tiesThroughNames(placed, edges)).toBeLessThanOrEqual(tiesThroughNames(layout, edges));
    }
    const target = targetLayout(pupils, received);
    for (const p of pupils) {
      const k = targetBand(received.get(p.id)!);
      const d = Math.hypot(target.pupils.get(p.id)!.x, target.pupils.get(p.id)!.y);
      expect(d).toBeLessThanOrEqual(target.rings[k]!.radius);
      if (k > 0) expect(d).toBeGreaterThanOrEqual(target.rings[k - 1]!.radius);
    }
  });
});
