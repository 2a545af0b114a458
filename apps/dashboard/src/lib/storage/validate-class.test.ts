import { describe, expect, it } from 'vitest';
import { validateStoredClass } from './validate-class.ts';

const survey = { pupils: [{ id: 'a', name: 'Åse', attributes: {} }, { id: 'b', name: 'Per', attributes: { kjønn: 'g' } }], questions: [{ id: 'q', label: 'Venner', kind: 'positive', limit: 3 }], nominations: [{ from: 'a', to: 'b', question: 'q' }], respondents: { q: ['a'] } };
const good = { id: 'c1', name: '7B', createdAt: '2026-09-01', waves: [{ id: 'w1', label: 'Høst', date: '2026-09-01', survey, importIssues: [], file: null }] };
const wave = good.waves[0]!;

describe('validateStoredClass(value)', () => {
  it('accepts a stored class, with or without plans and follow-up', () => {
    expect(validateStoredClass(good)).toEqual({ ok: true, value: good });
    const planned = { ...good, groupPlans: [{ id: 'g', waveId: 'w1', createdAt: 'x', groupSize: 2, groups: [['a', 'b']] }], followUps: { a: { measures: [{ id: 'm', text: 't', responsible: 'r', start: 's', evaluation: 'e', notes: '', status: 'planned' }], log: [] } }, planning: { vulnerable: { a: true }, separate: [['a', 'b']], together: [] } };
    expect(validateStoredClass(planned).ok).toBe(true);
    const steered = { ...planned, groupPlans: [{ ...planned.groupPlans[0], absent: ['b'] }], supportGroups: { a: { members: ['b'], agreedWithPupil: true, date: '2026-12-02', contact: 'Kari', evaluation: '2027-01-15' } }, planning: { ...planned.planning, locks: { a: 0 }, seatLocks: { a: 'r1d1a' }, front: { b: true }, genderMix: 'ignore' } };
    expect(validateStoredClass(steered).ok).toBe(true);
  });

  it('accepts a wave with choices of pupils in other classes, and one saved before they were kept', () => {
    const crossed = { ...good, waves: [{ ...wave, crossClass: [{ from: 'a', toWave: 'w9', to: 'p3', question: 'q' }] }] };
    expect(validateStoredClass(crossed)).toEqual({ ok: true, value: crossed });
    expect('crossClass' in good.waves[0]!).toBe(false);
  });

  it.each([
    ['not an object', null, 'class: not an object'],
    ['no waves', { ...good, waves: [] }, 'waves: empty'],
    ['a wave without a survey', { ...good, waves: [{ ...wave, survey: null }] }, 'waves[0].survey: not an object'],
    ['no pupils', { ...good, waves: [{ ...wave, survey: { ...survey, pupils: [] } }] }, 'waves[0].survey.pupils: empty'],
    ['a nomination of an unknown pupil', { ...good, waves: [{ ...wave, survey: { ...survey, nominations: [{ from: 'a', to: 'zz', question: 'q' }] } }] }, 'waves[0].survey.nominations[0].to: not a pupil'],
    ['a repeated pupil id', { ...good, waves: [{ ...wave, survey: { ...survey, pupils: [survey.pupils[0], survey.pupils[0]] } }] }, 'waves[0].survey.pupils[1].id: repeated'],
    ['an unknown question kind', { ...good, waves: [{ ...wave, survey: { ...survey, questions: [{ ...survey.questions[0], kind: 'evil' }] } }] }, 'waves[0].survey.questions[0].kind: unknown kind'],
    ['a name that is not text', { ...good, name: 7 }, 'name: not text'],
    ['group plans that are not lists', { ...good, groupPlans: {} }, 'groupPlans: not a list'],
    ['a group lock that is not a group number', { ...good, planning: { vulnerable: {}, separate: [], together: [], locks: { a: -1 } } }, 'planning.locks: not group numbers'],
    ['a seat lock that is not a seat', { ...good, planning: { vulnerable: {}, separate: [], together: [], seatLocks: { a: 3 } } }, 'planning.seatLocks: not seats'],
    ['an unknown gender mix', { ...good, planning: { vulnerable: {}, separate: [], together: [], genderMix: 'boys' } }, 'planning.genderMix: not mixed or ignore'],
    ['a cross-class choice by an unknown pupil', { ...good, waves: [{ ...wave, crossClass: [{ from: 'zz', toWave: 'w9', to: 'p3', question: 'q' }] }] }, 'waves[0].crossClass[0].from: not a pupil'],
    ['a cross-class choice on an unknown question', { ...good, waves: [{ ...wave, crossClass: [{ from: 'a', toWave: 'w9', to: 'p3', question: 'x' }] }] }, 'waves[0].crossClass[0].question: not a question'],
    ['cross-class choices that are not a list', { ...good, waves: [{ ...wave, crossClass: {} }] }, 'waves[0].crossClass: not a list'],
    ['a support group with a contact that is not text', { ...good, supportGroups: { a: { members: [], agreedWithPupil: false, date: 'd', contact: 5 } } }, 'supportGroups.a: not a support group'],
  ])('refuses %s', (_, value, problem) => {
    const checked = validateStoredClass(value);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems).toContain(problem);
  });

  it('lists at most 10 problems and counts the rest', () => {
    const pupils = Array.from({ length: 30 }, () => ({ id: 1 }));
    const checked = validateStoredClass({ ...good, waves: [{ ...wave, survey: { ...survey, pupils } }] });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.at(-1)).toMatch(/^… \d+ more$/);
  });
});
