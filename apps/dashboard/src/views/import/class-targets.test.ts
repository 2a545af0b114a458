import { describe, expect, it } from 'vitest';
import { classTargets } from './class-targets.ts';

describe('classTargets(names, stored)', () => {
  it('matches a stored class by name (case, spaces and "Klasse" aside), otherwise a new class', () => {
    const stored = [{ id: 'c1', name: 'Klasse 7a' }, { id: 'c2', name: '7 B' }, { id: 'demo', name: '7C', demo: true }];
    expect(classTargets(['7A', '7B', '7C', '8A'], stored)).toEqual({ '7A': 'c1', '7B': 'c2', '7C': 'new', '8A': 'new' });
  });

  it('takes the first stored class when two have the same name', () => {
    expect(classTargets(['7A'], [{ id: 'c1', name: '7A' }, { id: 'c2', name: '7a' }])).toEqual({ '7A': 'c1' });
  });
});
