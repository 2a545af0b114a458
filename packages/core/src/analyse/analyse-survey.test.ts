import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages/format-message.ts';
import { indicatorMessage } from '../messages/indicator-message.ts';
import { fixture } from '../../test/fixture.ts';
import { importMoreno, MORENO_GRADES, morenoReference } from '../../test/moreno.ts';
import { importSurvey } from '../import/import-survey.ts';
import type { Survey } from '../survey/survey.ts';
import { analyseSurvey } from './analyse-survey.ts';
import { DEFAULT_ANALYSIS_LIMITS, SurveyTooLargeError } from './analysis-limits.ts';

/**
 * Five pupils A–E. friends (positive, limit 2): A→B, A→C, B→A, C→D, D→C; answered by A–D.
 * not (negative, limit 1): C→E, D→B; answered by B, C, D. E answered nothing.
 */
const tiny: Survey = {
  pupils: ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, name: id, attributes: {} })),
  questions: [
    { id: 'friends', label: 'Hvem er vennene dine?', kind: 'positive', limit: 2 },
    { id: 'not', label: 'Hvem vil du ikke være med?', kind: 'negative', limit: 1 },
  ],
  nominations: [
    ...[['A', 'B'], ['A', 'C'], ['B', 'A'], ['C', 'D'], ['D', 'C']].map(([from, to]) => ({ from: from!, to: to!, question: 'friends' })),
    { from: 'C', to: 'E', question: 'not' },
    { from: 'D', to: 'B', question: 'not' },
  ],
  respondents: { friends: ['A', 'B', 'C', 'D'], not: ['B', 'C', 'D'] },
};

describe('analyseSurvey(survey) on a hand-computed class', () => {
  const analysis = analyseSurvey(tiny);
  const pupil = (id: string) => analysis.pupils.find((p) => p.id === id)!;

  it('computes per-question figures', () => {
    expect(analysis.questions.friends).toMatchObject({ n: 5, m: 5, density: 5 / 20, reciprocity: 4 / 5, mutualPairs: 2, respondents: 4, responseRate: 0.8, unusedChoices: { none: 0, fewer: 3 } });
    expect(analysis.questions.not).toMatchObject({ m: 2, density: 2 / 20, reciprocity: 0, cliques: [] });
    expect(pupil('C').questions.friends).toEqual({ received: 2, given: 1, mutual: 1, respondent: true });
    expect(pupil('E').questions.not).toEqual({ received: 1, given: 0, mutual: 0, respondent: false });
  });

  it('finds the isolated pupil and the mutual friendships', () => {
    expect(analysis.pupils.filter((p) => p.isolated).map((p) => p.id)).toEqual(['E']);
    expect(pupil('A').positive).toMatchObject({ received: 1, given: 2, mutual: 1, eligible: 3, mutualWith: ['B'] });
    expect(pupil('E')).toMatchObject({ respondent: false, noMutualFriend: true, gaveNoNominations: false });
    expect(pupil('E').positive.eligible).toBe(4);
  });

  it('Coie–Dodge uses proportions of eligible respondents, so non-respondents change the figures', () => {
    // LL: B named by 1 of 2 eligible (C, D) = .5; E by 1 of 3 (B, C, D) = .333 — equal raw counts, different z.
    // Independently computed: zLL(B) = 1.414214, zLL(E) = 0.707107; C popular and E rejected, both by .224745.
    expect(pupil('B').status.coieDodgeScores!.ll).toBe(0.5);
    expect(pupil('B').status.coieDodgeScores!.zLL).toBeCloseTo(1.414214, 5);
    expect(pupil('E').status.coieDodgeScores!.zLL).toBeCloseTo(0.707107, 5);
    expect(analysis.pupils.map((p) => p.status.coieDodge)).toEqual(['average', 'average', 'popular', 'average', 'rejected']);
    expect(pupil('C').status.coieDodgeScores!.strength).toBeCloseTo(0.224745, 5);
  });

  it('Newcomb–Bukowski uses the limits: p = 2/4 positive, 1/4 negative', () => {
    // E: LM ~ Bin(4, .5), LL ~ Bin(3, .25); P(LM + LL ≤ 1) = (1·27 + 1·27 + 4·27) / 1024 = 162/1024.
    const nb = pupil('E').status.newcombBukowskiScores!;
    expect(nb).toMatchObject({ lm: 0, ll: 1, expectedLM: expect.closeTo(2, 9), expectedLL: expect.closeTo(0.75, 9) });
    expect(nb.pSI).toBeCloseTo(162 / 1024, 9);
    expect(nb.pLL).toBeCloseTo(1 - 0.75 ** 3, 9);
    expect(pupil('E').status.newcombBukowski).toBe('average');
  });

  it('explains the isolated pupil in both languages, and lists pupils to follow up', () => {
    const isolated = pupil('E').indicators.find((i) => i.code === 'ISOLATED')!;
    expect(isolated).toMatchObject({ severity: 'high', sensitive: false, facts: { received: 0, eligible: 4 } });
    expect(formatMessage(indicatorMessage(isolated, 'E'), 'en')).toBe('Nobody chose E as someone to be with (0 of 4 classmates who answered).');
    expect(formatMessage(indicatorMessage(isolated, 'E'), 'nb')).toBe('Ingen valgte E som en å være sammen med (0 av 4 klassekamerater som svarte).');
    expect(pupil('E').indicators.find((i) => i.code === 'REJECTED')?.sensitive).toBe(true);
    expect(analysis.followUp).toEqual([{ rank: 1, pupil: 'E', name: 'E', reasons: ['ISOLATED', 'REJECTED'] }]);
  });

  it('reports data quality', () => {
    expect(analysis.dataQuality).toMatchObject({ responseRate: 0.8, respondents: 4, nonRespondents: ['E'], unknownNames: 0 });
    expect(analysis.issues.map((i) => [i.code, i.column])).toEqual([['LOW_RESPONSE_RATE', 'Hvem vil du ikke være med?']]);
  });

  it('is null for status without a negative question, and unclassified when everyone is alike', () => {
    const positiveOnly = analyseSurvey({ ...tiny, questions: [tiny.questions[0]!], nominations: tiny.nominations.filter((n) => n.question === 'friends'), respondents: { friends: tiny.respondents.friends! } });
    expect(positiveOnly.pupils.every((p) => p.status.coieDodge === null && p.status.newcombBukowski === null)).toBe(true);
    expect(positiveOnly.issues.map((i) => i.code)).toEqual(['NO_NEGATIVE_QUESTION']);
    const ring: Survey = {
      pupils: ['A', 'B', 'C'].map((id) => ({ id, name: id, attributes: {} })),
      questions: tiny.questions,
      nominations: [['A', 'B'], ['B', 'C'], ['C', 'A']].flatMap(([from, to]) => [{ from: from!, to: to!, question: 'friends' }, { from: to!, to: from!, question: 'not' }]),
      respondents: { friends: ['A', 'B', 'C'], not: ['A', 'B', 'C'] },
    };
    const flat = analyseSurvey(ring);
    expect(flat.pupils.map((p) => p.status.coieDodge)).toEqual(['unclassified', 'unclassified', 'unclassified']);
    expect(flat.issues.map((i) => i.code)).toContain('STATUS_ZERO_VARIANCE');
  });
});

describe('analyseSurvey on Moreno\'s real classes, against networkx', () => {
  it.each(MORENO_GRADES)('%s', (grade) => {
    const reference = morenoReference(grade);
    const analysis = analyseSurvey(importMoreno(grade).survey);
    const q = analysis.questions['sit-next-to']!;
    expect(q.n).toBe(reference.n_nodes);
    expect(q.m).toBe(reference.n_edges);
    expect(q.density).toBeCloseTo(reference.density, 12);
    expect(q.reciprocity).toBeCloseTo(reference.reciprocity, 12);
    expect(q.mutualPairs).toBe(reference.n_mutual_dyads);
    expect(Math.abs(q.modularity! - reference.louvain_modularity_undirected!)).toBeLessThan(0.05);
    for (const p of analysis.pupils) {
      const node = reference.nodes[p.id]!;
      const figures = p.questions['sit-next-to']!;
      expect([p.id, figures.received, figures.given, figures.mutual, p.isolated]).toEqual([p.id, node.in_degree, node.out_degree, node.mutual, node.isolate]);
    }
    expect(analysis.pupils.filter((p) => p.isolated)).toHaveLength(reference.n_in_isolates);
  });
});

describe('analyseSurvey on the demo class', () => {
  const imported = importSurvey(fixture('demo/klasse-7b.csv'), { roster: fixture('demo/klasse-7b-roster.csv') });
  const analysis = analyseSurvey(imported.survey, { importIssues: imported.issues });
  const byCode = (code: string) => analysis.pupils.filter((p) => p.indicators.some((i) => i.code === code)).map((p) => p.name);

  it('shows the isolated pupils and the pupil many report as bullied', () => {
    expect(byCode('ISOLATED')).toEqual(['Selma Rønning', 'Leah Ahmed']);
    // Per: 7 of 24; Selma: 2 of 24, above the class (z > 1) — and nobody chose her.
    expect(byCode('REPORTED_VICTIM')).toEqual(['Selma Rønning', 'Per Ødegård']);
    expect(analysis.followUp[0]).toMatchObject({ name: 'Selma Rønning', reasons: ['REPORTED_VICTIM', 'ISOLATED'] });
    expect(analysis.followUp.map((f) => f.name)).toEqual(expect.arrayContaining(['Selma Rønning', 'Leah Ahmed']));
  });

  it('is reproducible', () => {
    expect(analyseSurvey(imported.survey, { importIssues: imported.issues })).toEqual(analysis);
  });
});

describe('analyseSurvey(survey) size limits', () => {
  const survey = (pupils: number, questions = 1, nominations = 0) => ({
    pupils: Array.from({ length: pupils }, (_, i) => ({ id: `p${i}`, name: `P${i}`, attributes: {} })),
    questions: Array.from({ length: questions }, (_, i) => ({ id: `q${i}`, label: `Q${i}`, kind: 'positive' as const, limit: null })),
    nominations: Array.from({ length: nominations }, (_, i) => ({ from: 'p0', to: `p${1 + (i % Math.max(1, pupils - 1))}`, question: 'q0' })),
    respondents: { q0: ['p0'] },
  });
  it('refuses a survey past a limit before any work, saying which part and how large (SURVEY_TOO_LARGE)', () => {
    const limits = { maxPupils: 10, maxQuestions: 2, maxNominations: 5 };
    expect(() => analyseSurvey(survey(11), { limits })).toThrow(expect.objectContaining({ code: 'SURVEY_TOO_LARGE', part: 'pupils', count: 11, limit: 10 }));
    expect(() => analyseSurvey(survey(3, 3), { limits })).toThrow(expect.objectContaining({ part: 'questions', count: 3, limit: 2 }));
    expect(() => analyseSurvey(survey(3, 1, 6), { limits })).toThrow(expect.objectContaining({ part: 'nominations', count: 6, limit: 5 }));
    expect(analyseSurvey(survey(10, 2, 5), { limits }).pupils).toHaveLength(10);
  });
  it('by default takes 5,000 pupils and refuses 5,001', () => {
    expect(() => analyseSurvey(survey(5001))).toThrow(SurveyTooLargeError);
    expect(DEFAULT_ANALYSIS_LIMITS.maxPupils).toBe(5000);
  });
});
