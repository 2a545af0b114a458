import { describe, expect, it } from 'vitest';
import type { Survey } from '../survey/survey.ts';
import { analyseSurvey } from './analyse-survey.ts';
import { classFigures } from './class-figures.ts';

describe('classFigures(analysis)', () => {
  it('counts respondents, isolated pupils and pupils without a mutual friend on a hand-checked class', () => {
    // A ↔ B mutual; C → A one-way; D answered nothing and nobody chose D; E did not answer, chosen by C.
    const survey: Survey = {
      pupils: ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, name: id, attributes: {} })),
      questions: [{ id: 'f', label: 'Venner', kind: 'positive', limit: 3 }],
      nominations: [['A', 'B'], ['B', 'A'], ['C', 'A'], ['C', 'E']].map(([from, to]) => ({ from: from!, to: to!, question: 'f' })),
      respondents: { f: ['A', 'B', 'C', 'D'] },
    };
    expect(classFigures(analyseSurvey(survey))).toEqual({ pupils: 5, respondents: 4, responseRate: 0.8, isolated: 2, noMutualFriend: 3 });
  });
});
