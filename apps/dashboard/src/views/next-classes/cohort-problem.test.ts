// @vitest-environment node
import { analyseSurvey, type Survey } from '@sociogram/core';
import { describe, expect, it } from 'vitest';
import type { StoredClass } from '../../lib/storage/stored-class.ts';
import { cohortClass, cohortNames, cohortProblem, latestWaves } from './cohort-problem.ts';

const survey: Survey = {
  pupils: [
    { id: 'p1', name: 'Ada', attributes: {} },
    { id: 'p2', name: 'Bo', attributes: {} },
  ],
  questions: [{ id: 'q', label: 'Venner', kind: 'positive', limit: 2 }],
  nominations: [{ from: 'p1', to: 'p2', question: 'q' }],
  respondents: { q: ['p1', 'p2'] },
};

const stored = (id: string, name: string, planning?: StoredClass['planning']): StoredClass => ({
  id,
  name,
  createdAt: '2026-12-01T00:00:00.000Z',
  waves: [
    { id: 'old', label: 'Vår', date: '2026-04-01', survey: { ...survey, nominations: [] }, importIssues: [], file: null },
    { id: 'new', label: 'Høst', date: '2026-09-01', survey, importIssues: [], file: null },
  ],
  ...(planning ? { planning } : {}),
});

describe('cohortClass(stored)', () => {
  it('takes the latest wave, analysed, and the class\'s own protected pupils and pairs kept apart', () => {
    const c = cohortClass(stored('k1', '7A', { vulnerable: { p2: true }, separate: [['p1', 'p2']], together: [] }));
    expect(c.survey).toBe(survey);
    expect(c.analysis).toEqual(analyseSurvey(survey));
    expect(c.vulnerable).toEqual({ p2: true });
    expect(c.separate).toEqual([['p1', 'p2']]);
  });

  it('links the latest wave\'s choices across classes to the chosen class holding the named wave, and drops the rest', () => {
    const a = stored('k1', '7A');
    const crossed: StoredClass = { ...a, waves: [a.waves[0]!, { ...a.waves[1]!, crossClass: [{ from: 'p1', toWave: 'w-b', to: 'p2', question: 'q' }, { from: 'p2', toWave: 'w-gone', to: 'p1', question: 'q' }] }] };
    const b0 = stored('k2', '7B');
    const b: StoredClass = { ...b0, waves: [b0.waves[0]!, { ...b0.waves[1]!, id: 'w-b' }] };
    const c = cohortClass(crossed, latestWaves([crossed, b]));
    expect(c.crossClass).toEqual([{ from: 'p1', toClass: 'k2', to: 'p2', question: 'q' }]);
    expect(cohortClass(crossed).crossClass).toBeUndefined();
    const problem = cohortProblem([c, cohortClass(b)], { balanceGender: true, balanceSupport: true, previousClassCap: 0, separate: [], together: [] }, (id) => id);
    expect(problem.positive).toContainEqual(['k1:p1', 'k2:p2']);
  });
});

describe('cohortProblem(classes, rules, name) and cohortNames(names)', () => {
  it('names every cohort pupil as its own class displays them (pseudonyms per class), with the same id in two classes kept apart', () => {
    const names = new Map([['k1', (id: string) => `A-${id}`], ['k2', (id: string) => `B-${id}`]]);
    const name = cohortNames(names);
    const problem = cohortProblem([cohortClass(stored('k1', '7A')), cohortClass(stored('k2', '7B'))], { balanceGender: true, balanceSupport: true, previousClassCap: 0, separate: [], together: [] }, name);
    expect(problem.pupils.map((p) => [p.id, p.name, p.previousClass])).toEqual([
      ['k1:p1', 'A-p1', '7A'],
      ['k1:p2', 'A-p2', '7A'],
      ['k2:p1', 'B-p1', '7B'],
      ['k2:p2', 'B-p2', '7B'],
    ]);
    expect(problem.positive).toEqual([['k1:p1', 'k1:p2'], ['k2:p1', 'k2:p2']]);
    expect(name('unknown:p9')).toBe('p9');
  });
});
