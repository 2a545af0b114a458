import { describe, expect, it } from 'vitest';
import { analyseSurvey } from '../analyse/analyse-survey.ts';
import type { Survey } from '../survey/survey.ts';
import { classSummary, evaluationDue, type SummaryMeasure } from './class-summary.ts';

/** A five-pupil class whose friendship choices are `pairs` (from → to); `answered` answered the survey. */
function survey(pairs: readonly string[], answered: readonly string[]): Survey {
  return {
    pupils: ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, name: `Navn ${id}`, attributes: {} })),
    questions: [{ id: 'f', label: 'Venner', kind: 'positive', limit: 3 }],
    nominations: pairs.map((p) => ({ from: p[0]!, to: p[1]!, question: 'f' })),
    respondents: { f: answered },
  };
}

// Autumn: A ↔ B; C → A; D and E chosen by nobody → 3 isolated (C, D, E), 3 without a mutual friend; 4 of 5 answered.
const autumn = analyseSurvey(survey(['AB', 'BA', 'CA'], ['A', 'B', 'C', 'D']));
// Spring: A ↔ B, C ↔ D; E chosen by nobody → 1 isolated, 1 without a mutual friend; 5 of 5 answered.
const spring = analyseSurvey(survey(['AB', 'BA', 'CD', 'DC', 'EA'], ['A', 'B', 'C', 'D', 'E']));

const measure = (status: SummaryMeasure['status'], evaluation: string): SummaryMeasure => ({ status, evaluation });

describe('classSummary(input)', () => {
  it('takes the latest wave\'s figures and the change since the previous wave (response rate in points)', () => {
    const row = classSummary({ latest: { date: '2027-03-01', analysis: spring }, previous: { date: '2026-09-15', analysis: autumn }, dueBy: '2027-03-15' });
    expect(row.waveDate).toBe('2027-03-01');
    expect(row.figures).toEqual({ pupils: 5, respondents: 5, responseRate: 1, isolated: 1, noMutualFriend: 1 });
    expect(row.change).toEqual({ previousDate: '2026-09-15', responseRate: 20, isolated: -2, noMutualFriend: -2 });
  });

  it('has no change for a class with one wave', () => {
    const row = classSummary({ latest: { date: '2026-09-15', analysis: autumn }, dueBy: '2026-09-30' });
    expect(row.figures.isolated).toBe(3);
    expect(row.change).toBeNull();
  });

  it('counts pupils with a planned or active measure, and open measures whose evaluation is due by the day given', () => {
    const row = classSummary({
      latest: { date: '2026-09-15', analysis: autumn },
      followUps: {
        C: { measures: [measure('active', '2026-09-30'), measure('planned', '2026-10-01')] },
        D: { measures: [measure('done', '2026-09-01'), measure('planned', '')] },
        E: { measures: [measure('stopped', '2026-09-01')] },
      },
      dueBy: '2026-09-30',
    });
    // C and D have an open measure; E's only measure was stopped. Due: C's 30 Sept (on the day) only.
    expect(row.underFollowUp).toBe(2);
    expect(row.evaluationsDue).toBe(1);
  });

  it('evaluationDue(measure, dueBy): open measures dated on or before the day; never a measure without a date, done or stopped', () => {
    expect(evaluationDue(measure('planned', '2026-09-30'), '2026-09-30')).toBe(true);
    expect(evaluationDue(measure('active', '2026-10-01'), '2026-09-30')).toBe(false);
    expect(evaluationDue(measure('active', ''), '2026-09-30')).toBe(false);
    expect(evaluationDue(measure('done', '2026-09-01'), '2026-09-30')).toBe(false);
    expect(evaluationDue(measure('stopped', '2026-09-01'), '2026-09-30')).toBe(false);
  });

  it('holds counts only, never a pupil\'s name or id', () => {
    const row = classSummary({ latest: { date: '2027-03-01', analysis: spring }, previous: { date: '2026-09-15', analysis: autumn }, followUps: { C: { measures: [measure('active', '2027-01-01')] } }, dueBy: '2027-03-15' });
    expect(JSON.stringify(row)).not.toMatch(/Navn|"C"/);
  });
});
