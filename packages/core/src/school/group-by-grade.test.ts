import { describe, expect, it } from 'vitest';
import { gradeOf, groupByGrade } from './group-by-grade.ts';

describe('groupByGrade(items, nameOf)', () => {
  it('groups by the leading number, grades ascending, names without one last, classes in natural order', () => {
    const names = ['10A', '7C', 'Demo 7B', '7B', '9A', '7 A', 'Musikk', '10B'];
    expect(groupByGrade(names, (n) => n)).toEqual([
      { grade: 7, items: ['7 A', '7B', '7C'] },
      { grade: 9, items: ['9A'] },
      { grade: 10, items: ['10A', '10B'] },
      { grade: null, items: ['Demo 7B', 'Musikk'] },
    ]);
  });

  it('keeps the items themselves and never changes its input', () => {
    const classes = Object.freeze([{ id: 'b', name: '8B' }, { id: 'a', name: '8A' }]);
    const [group] = groupByGrade(classes, (c) => c.name);
    expect(group!.items).toEqual([classes[1], classes[0]]);
    expect(group!.items[0]).toBe(classes[1]);
    expect(groupByGrade([], (n: string) => n)).toEqual([]);
  });
});

describe('gradeOf(name)', () => {
  it('reads the leading whole number, or null', () => {
    expect([gradeOf('7A'), gradeOf(' 10 C'), gradeOf('Klasse 7a'), gradeOf('')]).toEqual([7, 10, null, null]);
  });
});
