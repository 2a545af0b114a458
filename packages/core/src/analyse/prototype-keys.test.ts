/**
 * Pupils, questions, roster ids and attribute columns named after Object.prototype's properties
 * (`constructor`, `__proto__`, `toString` …) must behave like any other names through import, analysis and
 * planning. Property: one random class, written once with ordinary names and once with prototype-key names in
 * every position, gives the same figures, indicators, issues and plans, pupil for pupil.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importSurvey } from '../import/import-survey.ts';
import { parseQuestionMapping } from '../import/question-mapping.ts';
import { derivePlanningProblem } from '../plan/derive-planning-problem.ts';
import { planClasses } from '../plan/plan-classes.ts';
import { planGroups } from '../plan/plan-groups.ts';
import { suggestSupportGroup } from '../plan/suggest-support-group.ts';
import { fixtureText } from '../../test/fixture.ts';
import { parsePlanningProblem } from '../plan/parse-planning-problem.ts';
import { planSeating } from '../plan/plan-seating.ts';
import { createRoomLayout } from '../plan/room-layout.ts';
import type { PlanningProblem } from '../plan/planning-problem.ts';
import { analyseSurvey } from './analyse-survey.ts';

const PROTO = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__'];
const SAFE = ['Anna', 'Bjørn', 'Cecilie', 'Dagfinn', 'Eirik', 'Frida', 'Gunnhild', 'Halvor', 'Ingrid', 'Jostein'];
const KINDS = ['positive', 'negative', 'victim'] as const;

interface Class {
  readonly pupils: number;
  /** [from, to, question] as indices. */
  readonly nominations: readonly (readonly [number, number, number])[];
  readonly questions: number;
  readonly roster: boolean;
  /** Which prototype key each pupil and question gets (a permutation of PROTO). */
  readonly names: readonly number[];
}

const classes: fc.Arbitrary<Class> = fc
  .record({
    pupils: fc.integer({ min: 3, max: 10 }),
    questions: fc.integer({ min: 1, max: 3 }),
    roster: fc.boolean(),
    names: fc.shuffledSubarray([...PROTO.keys()], { minLength: PROTO.length, maxLength: PROTO.length }),
    raw: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 40 }),
  })
  .map(({ pupils, questions, roster, names, raw }) => ({
    pupils,
    questions,
    roster,
    names,
    nominations: raw.map(([a, b, q]) => [a % pupils, b % pupils, q % questions] as const).filter(([a, b]) => a !== b),
  }));

const csv = (rows: readonly (readonly string[])[]) => new TextEncoder().encode(rows.map((row) => row.join(',')).join('\n'));

/** Imports, analyses and plans the class with the given pupil and question names. */
function run(c: Class, pupil: (i: number) => string, question: (q: number) => string) {
  const rows = [['respondent', 'nominee', 'question'], ...c.nominations.map(([a, b, q]) => [pupil(a), pupil(b), `Q ${question(q)}`])];
  // Everyone answers question 0 about someone, so every pupil is in the file.
  for (let i = 0; i < c.pupils; i++) rows.push([pupil(i), pupil((i + 1) % c.pupils), `Q ${question(0)}`]);
  const mapping = Array.from({ length: c.questions }, (_, q) => ({ id: question(q), match: `Q ${question(q)}`, kind: KINDS[q]!, limit: null }));
  const imported = importSurvey(csv(rows), {
    questions: parseQuestionMapping(JSON.stringify(mapping)),
    ...(c.roster
      ? { roster: csv([['id', 'name', question(0), 'kjønn'], ...Array.from({ length: c.pupils }, (_, i) => [pupil(i), pupil(i), pupil(i), i % 2 ? 'j' : 'g'])]) }
      : {}),
  });
  const analysis = analyseSurvey(imported.survey, { importIssues: imported.issues });
  const problem = derivePlanningProblem(imported.survey, analysis);
  const groups = planGroups(problem, { groupSize: 3, maxIterations: 200, timeLimit: 60_000 });
  const classPlan = planClasses(problem, { classCount: 2, maxIterations: 50, timeLimit: 60_000 });
  const support = suggestSupportGroup(problem, imported.survey.pupils[0]!.id, { size: 2 });
  return { imported, analysis, problem, groups, classPlan, support };
}

describe('prototype-key names in every position', () => {
  it('import, analysis and plans treat them like any other names', () => {
    fc.assert(
      fc.property(classes, (c) => {
        const safe = run(c, (i) => SAFE[i]!, (q) => `q${q}`);
        const hostile = run(c, (i) => PROTO[c.names[i]!]!, (q) => PROTO[c.names[q]!]!);
        // Pupil i of one run is pupil i of the other: the same order, ids mapped by name.
        const index = (names: readonly string[], pool: (i: number) => string) => names.map((name) => Array.from({ length: c.pupils }, (_, i) => pool(i)).indexOf(name));
        const safePupils = safe.imported.survey.pupils.map((p) => p.name);
        const hostilePupils = hostile.imported.survey.pupils.map((p) => p.name);
        expect(index(hostilePupils, (i) => PROTO[c.names[i]!]!)).toEqual(index(safePupils, (i) => SAFE[i]!));
        expect(hostile.imported.survey.nominations.length).toBe(safe.imported.survey.nominations.length);
        expect(hostile.imported.issues.map((i) => i.code)).toEqual(safe.imported.issues.map((i) => i.code));

        const figures = (a: typeof safe.analysis) =>
          a.pupils.map((p) => [p.positive.received, p.positive.given, p.positive.mutual, p.isolated, p.noMutualFriend, p.status.coieDodge, p.indicators.map((i) => i.code), Object.keys(p.questions).length, Object.values(p.questions).map((q) => [q.received, q.given, q.mutual, q.respondent])]);
        expect(figures(hostile.analysis)).toEqual(figures(safe.analysis));
        const questionFigures = (a: typeof safe.analysis) => Object.values(a.questions).map((q) => [q.n, q.m, q.reciprocity, q.respondents, q.cliques.length, q.communities?.length ?? null]);
        expect(questionFigures(hostile.analysis)).toEqual(questionFigures(safe.analysis));
        expect(Object.keys(hostile.analysis.questions).sort()).toEqual(Object.keys(safe.analysis.questions).map((id) => PROTO[c.names[Number(id.slice(1))]!]!).sort());
        expect(hostile.analysis.followUp.map((f) => f.rank)).toEqual(safe.analysis.followUp.map((f) => f.rank));
        expect(hostile.analysis.issues.map((i) => i.code)).toEqual(safe.analysis.issues.map((i) => i.code));

        const position = (run: typeof safe) => new Map(run.imported.survey.pupils.map((p, i) => [p.id, i]));
        const shape = (run: typeof safe, plan: typeof safe.groups) =>
          plan.infeasible ? ['infeasible', plan.conflicts.map((k) => k.code)] : ['plan', plan.score, plan.groups.map((g) => g.map((id) => position(run).get(id)))];
        expect(shape(hostile, hostile.groups)).toEqual(shape(safe, safe.groups));
        expect(shape(hostile, hostile.classPlan)).toEqual(shape(safe, safe.classPlan));
        expect(hostile.problem.pupils.map((p) => [p.vulnerable, p.powerful, p.gender ?? null])).toEqual(safe.problem.pupils.map((p) => [p.vulnerable, p.powerful, p.gender ?? null]));
        expect(hostile.support.suggestions.map((s) => position(hostile).get(s.pupil))).toEqual(safe.support.suggestions.map((s) => position(safe).get(s.pupil)));
      }),
      { numRuns: 60, seed: 22 },
    );
    // 60 runs of import, analysis and three planners take about 5 s: more than vitest's default on a busy machine.
  }, 60_000);

  it('hostile/proto-problem.json plans like the same problem with ordinary ids (locks, pairs, genders, previous classes)', () => {
    const text = fixtureText('hostile/proto-problem.json');
    const hostile = parsePlanningProblem(JSON.parse(text));
    // Every id, gender and previous class x becomes "id-x": the same problem without prototype keys.
    const renamed = parsePlanningProblem(JSON.parse(text.replace(/"([^"]+)"(?=[,\]}:])/g, (whole, word: string) => (/^(version|pupils|id|name|gender|previousClass|vulnerable|powerful|positive|negative|bullying|separate|together|previousPairs|locks|groupSize|classCount)$/.test(word) ? whole : `"id-${word}"`))));
    expect(Object.keys(renamed.locks!)).toEqual(['id-__proto__', 'id-constructor', 'id-toString']);
    const outcome = (problem: PlanningProblem, plan: ReturnType<typeof planGroups>) => {
      const at = new Map(problem.pupils.map((p, i) => [p.id, i]));
      return plan.infeasible ? ['infeasible', plan.conflicts.map((c) => [c.code, c.pupils.map((id) => at.get(id))])] : ['plan', plan.score, plan.groups.map((g) => g.map((id) => at.get(id)))];
    };
    for (const plan of [(p: PlanningProblem) => planGroups(p, { maxIterations: 300, timeLimit: 60_000 }), (p: PlanningProblem) => planClasses(p, { maxIterations: 50, timeLimit: 60_000 })]) {
      expect(outcome(hostile, plan(hostile))).toEqual(outcome(renamed, plan(renamed)));
    }
    const layout = createRoomLayout({ kind: 'pairs', rows: 2, desksPerRow: 3 });
    const seat = (p: PlanningProblem) => planSeating(p, layout, { maxIterations: 100, timeLimit: 60_000 }).infeasible;
    expect(seat(hostile)).toBe(seat(renamed));
  });
});
