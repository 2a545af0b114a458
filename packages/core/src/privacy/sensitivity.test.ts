/**
 * Walks every indicator code, rule check and conflict/notice kind and checks its `sensitive` flag against the
 * rule of docs/outputs.md: sensitive exactly when it rests on negative or bullying answers.
 */
import { describe, expect, it } from 'vitest';
import { analyseSurvey } from '../analyse/analyse-survey.ts';
import type { IndicatorCode } from '../analyse/indicator.ts';
import { generateClassSurvey } from '../generate/generate-class-survey.ts';
import { compileGroupModel } from '../plan/group-model.ts';
import { groupConflicts } from '../plan/group-conflicts.ts';
import { derivePlanningProblem } from '../plan/derive-planning-problem.ts';
import type { PlanConflictCode, PlanNoticeCode } from '../plan/plan-conflict.ts';
import type { PlanningProblem } from '../plan/planning-problem.ts';
import type { PlanRuleCheck } from '../plan/plan-rule.ts';
import { createRoomLayout } from '../plan/room-layout.ts';
import { scoreClasses } from '../plan/score-classes.ts';
import { scoreGroups } from '../plan/score-groups.ts';
import { scoreSeating } from '../plan/score-seating.ts';
import type { Survey } from '../survey/survey.ts';
import { AUDIENCE_RULES, AUDIENCES, audienceShows, mayShow, OUTPUT_AUDIENCE, outputAudience, visibleTo, type OutputId } from './audience.ts';

/** Indicators that rest on negative or bullying answers (POWER_POSITION only when named as bullying). */
const SENSITIVE_INDICATORS: Readonly<Record<IndicatorCode, boolean | 'namedAsBullying'>> = {
  ISOLATED: false,
  NO_MUTUAL_FRIEND: false,
  CHOSEN_ONLY_BY_ISOLATED: false,
  REJECTED: true,
  NEGLECTED: true,
  REPORTED_VICTIM: true,
  VICTIM_MENTIONED: true,
  REPORTED_BULLY: true,
  BULLY_VICTIM: true,
  POWER_POSITION: 'namedAsBullying',
  GAVE_NO_NOMINATIONS: false,
  NON_RESPONDENT: false,
};

describe('indicators carry sensitive exactly when they rest on negative or bullying answers', () => {
  // Generated classes (negative, victim and bully questions) plus one hand-made class for the rare codes.
  const rare: Survey = {
    pupils: ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => ({ id, name: id, attributes: {} })),
    questions: [
      { id: 'friends', label: 'Venner', kind: 'positive', limit: 3 },
      { id: 'bullied', label: 'Mobbet', kind: 'victim', limit: 3 },
      { id: 'bullies', label: 'Mobber', kind: 'bully', limit: 3 },
    ],
    // E is named bullied and bullying by most (dual role); C is named bullied once; F answered but chose nobody; D did not answer.
    nominations: [
      ['A', 'B', 'friends'], ['B', 'A', 'friends'], ['C', 'A', 'friends'], ['E', 'A', 'friends'],
      ['A', 'E', 'bullied'], ['B', 'E', 'bullied'], ['C', 'E', 'bullied'], ['F', 'E', 'bullied'], ['B', 'C', 'bullied'],
      ['A', 'E', 'bullies'], ['B', 'E', 'bullies'], ['C', 'E', 'bullies'], ['F', 'E', 'bullies'],
    ].map(([from, to, question]) => ({ from: from!, to: to!, question: question! })),
    respondents: { friends: ['A', 'B', 'C', 'E', 'F'], bullied: ['A', 'B', 'C', 'E', 'F'], bullies: ['A', 'B', 'C', 'E', 'F'] },
  };
  const analyses = [rare, ...Array.from({ length: 40 }, (_, seed) => generateClassSurvey({ n: 24, seed: seed + 1 }))].map((s) => analyseSurvey(s));
  const indicators = analyses.flatMap((a) => a.pupils.flatMap((p) => p.indicators.map((indicator) => ({ indicator, pupil: p }))));

  it('every indicator code occurs in the corpus', () => {
    expect([...Object.keys(SENSITIVE_INDICATORS)].filter((c) => !indicators.some((x) => x.indicator.code === c))).toEqual([]);
  });

  it.each(Object.keys(SENSITIVE_INDICATORS) as IndicatorCode[])('%s', (code) => {
    const rule = SENSITIVE_INDICATORS[code];
    for (const { indicator, pupil } of indicators.filter((x) => x.indicator.code === code)) {
      expect(indicator.sensitive).toBe(rule === 'namedAsBullying' ? pupil.power.namedAsBullying : rule);
    }
  });
});

describe('rule checks, conflicts and notices carry sensitive from the reasons behind them', () => {
  // a, b: a negative choice; c → d: reported bullying; e, f: a teacher's separate pair.
  // v is vulnerable (isolated, from positive answers); w is vulnerable because reported bullied (sensitive status);
  // p and q are in a power position; q because named as bullying (sensitive status).
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'v', 'w', 'p', 'q', 'g', 'h'];
  const problem: PlanningProblem = {
    version: 1,
    pupils: ids.map((id, i) => ({
      id, gender: i % 2 ? 'm' : 'f', support: id === 'g' || id === 'h', front: id === 'h',
      vulnerable: id === 'v' || id === 'w', powerful: id === 'p' || id === 'q', sensitiveStatus: id === 'w' || id === 'q',
      previousClass: i < 6 ? '6A' : '6B', level: i % 3,
    })),
    positive: [['v', 'a'], ['w', 'b'], ['a', 'b'], ['g', 'h']],
    negative: [['a', 'b']],
    bullying: [['c', 'd']],
    separate: [['e', 'f']],
    together: [['g', 'h']],
    locks: { g: 0, h: 0 },
    previousClassCap: 3,
  };
  const ruleOf = (checks: readonly PlanRuleCheck[], rule: string, who: string[]) =>
    checks.filter((c) => c.rule === rule && who.every((id) => c.pupils.includes(id)));

  it('APART: sensitive for negative choices, bullying and sensitive-status power pairs; not for a teacher\'s pair', () => {
    const { checks } = scoreGroups(problem, [ids.slice(0, 4), ids.slice(4, 8), ids.slice(8)], 4);
    expect(ruleOf(checks, 'APART', ['a', 'b'])[0]!.sensitive).toBe(true);
    expect(ruleOf(checks, 'APART', ['c', 'd'])[0]!.sensitive).toBe(true);
    expect(ruleOf(checks, 'APART', ['e', 'f'])[0]!.sensitive).toBe(false);
    expect(ruleOf(checks, 'APART', ['v', 'p'])[0]!.sensitive).toBe(false);
    expect(ruleOf(checks, 'APART', ['v', 'q'])[0]!.sensitive).toBe(true);
    expect(ruleOf(checks, 'APART', ['w', 'p'])[0]!.sensitive).toBe(true);
  });

  it('POWERFUL_CAP and VULNERABLE_FRIEND follow the pupils\' sensitive status; every other rule is never sensitive', () => {
    const groups = [['a', 'v', 'p', 'e'], ['b', 'w', 'q', 'f'], ['c', 'd', 'g', 'h']];
    const { checks } = scoreGroups(problem, groups, 4);
    expect(ruleOf(checks, 'POWERFUL_CAP', ['p']).map((c) => c.sensitive)).toEqual([false]);
    expect(ruleOf(checks, 'POWERFUL_CAP', ['q']).map((c) => c.sensitive)).toEqual([true]);
    expect(ruleOf(checks, 'VULNERABLE_FRIEND', ['v']).map((c) => c.sensitive)).toEqual([false]);
    expect(ruleOf(checks, 'VULNERABLE_FRIEND', ['w']).map((c) => c.sensitive)).toEqual([true]);
    const seating = scoreSeating(problem, createRoomLayout({ kind: 'pairs', rows: 3, desksPerRow: 2 }), ids);
    const classes = scoreClasses(problem, [ids.slice(0, 6), ids.slice(6)]);
    const all = [...checks, ...seating.checks, ...classes.checks];
    const never = ['SIZES', 'TOGETHER', 'LOCK', 'GENDER_BALANCE', 'SUPPORT_CAP', 'FRONT_ROWS', 'LEVEL_BALANCE', 'PREVIOUS_CLASS_CAP'];
    for (const rule of never) {
      const found = all.filter((c) => c.rule === rule);
      expect(found.length, rule).toBeGreaterThan(0);
      expect(found.every((c) => !c.sensitive), rule).toBe(true);
    }
    expect(seating.checks.filter((c) => c.rule === 'APART' && c.pupils.includes('a') && c.pupils.includes('b'))[0]!.sensitive).toBe(true);
  });

  const conflictsOf = (p: PlanningProblem, sizes: number[]) => groupConflicts(compileGroupModel(p), sizes);
  const pupils = (list: string, extra: Record<string, object> = {}) => list.split('').map((id) => ({ id, ...(extra[id] ?? {}) }));
  const cases: { code: PlanConflictCode | PlanNoticeCode; sensitive: boolean; problem: PlanningProblem; sizes: number[] }[] = [
    { code: 'TOGETHER_APART', sensitive: true, problem: { version: 1, pupils: pupils('abcd'), negative: [['a', 'b']], together: [['a', 'b']] }, sizes: [2, 2] },
    { code: 'TOGETHER_APART', sensitive: false, problem: { version: 1, pupils: pupils('abcd'), separate: [['a', 'b']], together: [['a', 'b']] }, sizes: [2, 2] },
    { code: 'TOGETHER_TOO_LARGE', sensitive: false, problem: { version: 1, pupils: pupils('abcd'), together: [['a', 'b'], ['b', 'c']] }, sizes: [2, 2] },
    { code: 'LOCK_CONFLICT', sensitive: false, problem: { version: 1, pupils: pupils('abcd'), together: [['a', 'b']], locks: { a: 0, b: 1 } }, sizes: [2, 2] },
    { code: 'TOO_MANY_LOCKS', sensitive: false, problem: { version: 1, pupils: pupils('abcd'), locks: { a: 0, b: 1, c: 2 } }, sizes: [2, 2] },
    { code: 'APART_FROM_TOO_MANY', sensitive: true, problem: { version: 1, pupils: pupils('abc'), bullying: [['b', 'a'], ['c', 'a']] }, sizes: [3] },
    { code: 'APART_FROM_TOO_MANY', sensitive: false, problem: { version: 1, pupils: pupils('abc'), separate: [['b', 'a'], ['c', 'a']] }, sizes: [3] },
    { code: 'GENDER_IMPOSSIBLE', sensitive: false, problem: { version: 1, pupils: pupils('abcdef', { a: { gender: 'f' }, b: { gender: 'f' }, c: { gender: 'f' }, d: { gender: 'f' }, e: { gender: 'f' }, f: { gender: 'm' } }) }, sizes: [1, 1] },
    { code: 'POWER_LEAVES_NO_ROOM', sensitive: false, problem: { version: 1, pupils: pupils('abcd', { a: { powerful: true }, b: { powerful: true }, c: { vulnerable: true } }) }, sizes: [2, 2] },
    { code: 'POWER_LEAVES_NO_ROOM', sensitive: true, problem: { version: 1, pupils: pupils('abcd', { a: { powerful: true, sensitiveStatus: true }, b: { powerful: true }, c: { vulnerable: true } }) }, sizes: [2, 2] },
    { code: 'FRIEND_UNREACHABLE', sensitive: false, problem: { version: 1, pupils: pupils('abcd', { a: { vulnerable: true } }), positive: [['a', 'b']], locks: { a: 0, b: 1 } }, sizes: [2, 2] },
    { code: 'CHOSE_NOBODY', sensitive: false, problem: { version: 1, pupils: pupils('abcd', { a: { vulnerable: true } }) }, sizes: [2, 2] },
    { code: 'CHOSE_NOBODY', sensitive: true, problem: { version: 1, pupils: pupils('abcd', { a: { vulnerable: true, sensitiveStatus: true } }) }, sizes: [2, 2] },
    { code: 'NO_ADMISSIBLE_FRIEND', sensitive: true, problem: { version: 1, pupils: pupils('abcd', { a: { vulnerable: true } }), positive: [['a', 'b']], negative: [['b', 'a']] }, sizes: [2, 2] },
    { code: 'NO_ADMISSIBLE_FRIEND', sensitive: false, problem: { version: 1, pupils: pupils('abcd', { a: { vulnerable: true } }), positive: [['a', 'b']], separate: [['b', 'a']] }, sizes: [2, 2] },
  ];
  it.each(cases.map((c) => [c.code, c.sensitive, c] as const))('%s is sensitive: %s', (code, sensitive, c) => {
    const { conflicts, notices } = conflictsOf(c.problem, c.sizes);
    const found = [...conflicts, ...notices].filter((x) => x.code === code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((x) => x.sensitive)).toEqual(found.map(() => sensitive));
  });

  it('derivePlanningProblem marks a status that rests on bullying answers', () => {
    const survey: Survey = {
      pupils: ['A', 'B', 'C', 'D'].map((id) => ({ id, name: id, attributes: {} })),
      questions: [{ id: 'f', label: 'Venner', kind: 'positive', limit: 2 }, { id: 'v', label: 'Mobbet', kind: 'victim', limit: 2 }],
      nominations: [['A', 'B', 'f'], ['B', 'A', 'f'], ['C', 'A', 'f'], ['D', 'C', 'f'], ['A', 'D', 'v'], ['B', 'D', 'v'], ['C', 'D', 'v']].map(([from, to, question]) => ({ from: from!, to: to!, question: question! })),
      respondents: { f: ['A', 'B', 'C', 'D'], v: ['A', 'B', 'C', 'D'] },
    };
    const derived = derivePlanningProblem(survey, analyseSurvey(survey));
    expect(derived.pupils.find((p) => p.id === 'D')!.sensitiveStatus).toBe(true);
    expect(derived.pupils.find((p) => p.id === 'A')!.sensitiveStatus).toBeUndefined();
  });
});

describe('audiences', () => {
  const open = { sensitive: true };
  const plain = { sensitive: false };
  it('the classroom sees names and places only, never a rule, indicator, reason, score, relation or protected mark', () => {
    expect(audienceShows('classroom', 'names')).toBe(true);
    expect(audienceShows('classroom', 'places')).toBe(true);
    for (const content of ['indicators', 'rules', 'reasons', 'score', 'relations', 'protected', 'figures', 'measures'] as const) {
      expect(audienceShows('classroom', content)).toBe(false);
      expect(mayShow('classroom', content, plain, true)).toBe(false);
    }
  });
  it('the meeting and the screen see sensitive items only while sensitive answers are open', () => {
    for (const audience of ['meeting', 'screen'] as const) {
      expect(mayShow(audience, 'rules', plain, false)).toBe(true);
      expect(mayShow(audience, 'rules', open, false)).toBe(false);
      expect(mayShow(audience, 'rules', open, true)).toBe(true);
      expect(visibleTo(audience, 'indicators', [plain, open], false)).toEqual([plain]);
    }
    expect(visibleTo('classroom', 'indicators', [plain, open], true)).toEqual([]);
    expect(AUDIENCES).toEqual(['classroom', 'meeting', 'screen']);
    // The protected mark only on the teacher's own screen.
    expect(AUDIENCES.filter((a) => audienceShows(a, 'protected'))).toEqual(['screen']);
  });
});

describe('outputs', () => {
  it('every sheet or file that goes on the wall or to pupils is for the classroom; every teacher sheet is confidential', () => {
    for (const [output, audience] of Object.entries(OUTPUT_AUDIENCE)) {
      if (output.endsWith('-classroom') || output.endsWith('-csv')) expect(audience, output).toBe('classroom');
      else expect(AUDIENCE_RULES[outputAudience(output as OutputId)].confidential, output).toBe(true);
    }
  });
});
