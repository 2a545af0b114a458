/**
 * scoreGroups(problem, groups, groupSize): the default score of planning.md, every hard rule checked, and an
 * explanation per pupil. The one scoring function for every planner, the CLI and the dashboard.
 *   score = Σ_{pairs in one group, not in A} w(i, j) + 3 × (pupils with an admissible nominee who have one in their group)
 */
import { genderOfValue } from '../survey/pupil-gender.ts';
import { InvalidOptionError } from '../survey/invalid-option-error.ts';
import { compileGroupModel, genderBounds, groupCaps, levelTolerance, pairKey, ruleSensitive, type GroupModel } from './group-model.ts';
import { groupSizes } from './group-sizes.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { partitionWords } from './partition-words.ts';
import { list, type PlanRuleCheck, type PlanRuleCode } from './plan-rule.ts';

export const COVERAGE_BONUS = 3;

export interface PupilPlacement {
  readonly pupil: string;
  readonly name: string;
  readonly group: number;
  /** Pupils this pupil named positively who are in the same group, and who are elsewhere. */
  readonly withChosen: readonly string[];
  readonly chosenElsewhere: readonly string[];
  /** Has at least one admissible nominee in the group. */
  readonly covered: boolean;
  /** Every rule check that concerns this pupil. */
  readonly rules: readonly PlanRuleCheck[];
}

export interface GroupScore {
  readonly score: number;
  readonly pairScore: number;
  readonly covered: number;
  /** Pairs from the previous plan that share a group again (rotation). */
  readonly repeatedPairs: number;
  readonly checks: readonly PlanRuleCheck[];
  readonly violations: readonly PlanRuleCheck[];
  readonly pupils: readonly PupilPlacement[];
}

/** Group index per pupil index; throws for a plan that does not place every pupil exactly once. */
export function assignmentOf(model: GroupModel, groups: readonly (readonly string[])[]): Int32Array {
  const group = new Int32Array(model.n).fill(-1);
  groups.forEach((members, g) =>
    members.forEach((id) => {
      const i = model.index.get(id);
      if (i === undefined) throw new InvalidOptionError('groups', `unknown pupil id "${id}"`);
      if (group[i] !== -1) throw new InvalidOptionError('groups', `pupil "${id}" is placed twice`);
      group[i] = g;
    }),
  );
  const missing = model.pupils.filter((_, i) => group[i] === -1).map((p) => p.id);
  if (missing.length > 0) throw new InvalidOptionError('groups', `pupils not placed: ${missing.join(', ')}`);
  return group;
}

const REASON_TEXT = {
  negative: { nb: 'negativt valg', en: 'a negative choice' },
  bullying: { nb: 'meldt mobbing', en: 'reported bullying' },
  separate: { nb: 'holdes adskilt av lærer', en: 'kept apart by a teacher' },
  'vulnerable-powerful': { nb: 'sårbar elev og elev i maktposisjon', en: 'a vulnerable pupil and a pupil in a power position' },
} as const;

/** "jente/jenter", "gutt/gutter", or the roster's own value for another gender. */
function genderWords(value: string): { nb: [string, string]; en: [string, string] } {
  const kind = genderOfValue(value);
  if (kind === 'girl') return { nb: ['jente', 'jenter'], en: ['girl', 'girls'] };
  if (kind === 'boy') return { nb: ['gutt', 'gutter'], en: ['boy', 'boys'] };
  return { nb: [`med kjønn «${value}»`, `med kjønn «${value}»`], en: [`of gender “${value}”`, `of gender “${value}”`] };
}

export function scoreGroups(problem: PlanningProblem, groups: readonly (readonly string[])[], groupSize = problem.groupSize ?? 4): GroupScore {
  return scoreGroupsWithModel(compileGroupModel(problem), groups, groupSize);
}

export function scoreGroupsWithModel(model: GroupModel, groups: readonly (readonly string[])[], groupSize: number, sizes?: readonly number[]): GroupScore {
  const { n, pupils } = model;
  const group = assignmentOf(model, groups);
  const name = (i: number) => pupils[i]!.name;
  const { nb: w, en: e } = partitionWords(model.profile);
  const checks: PlanRuleCheck[] = [];
  const check = (rule: PlanRuleCode, met: boolean, members: number[], g: number | null, nb: string, en: string) =>
    checks.push({ rule, met, pupils: members.map((i) => pupils[i]!.id), group: g, text: { nb, en }, sensitive: ruleSensitive(model, rule, members) });

  const expected = [...(sizes ?? groupSizes(n, groupSize))].sort((a, b) => b - a).join(',');
  const actual = groups.map((g) => g.length).sort((a, b) => b - a).join(',');
  check('SIZES', expected === actual, [], null, `${w.title}størrelser ${actual} (skal være ${expected}).`, `${e.title} sizes ${actual} (should be ${expected}).`);

  let pairScore = 0;
  let repeatedPairs = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const same = group[i] === group[j];
      if (same) {
        pairScore += model.weight[i * n + j]!;
        if (model.previous[i * n + j]) repeatedPairs++;
      }
      if (model.apart[i * n + j]) {
        const why = model.apartReasons.get(pairKey(n, i, j))!;
        const nb = why.map((r) => REASON_TEXT[r].nb).join(', ');
        const en = why.map((r) => REASON_TEXT[r].en).join(', ');
        check('APART', !same, [i, j], same ? group[i]! : null,
          same ? `${name(i)} og ${name(j)} er i samme ${w.one}, men skal holdes fra hverandre (${nb}).` : `${name(i)} og ${name(j)} er i ulike ${w.many} (${nb}).`,
          same ? `${name(i)} and ${name(j)} share a ${e.one} but must be kept apart (${en}).` : `${name(i)} and ${name(j)} are in different ${e.many} (${en}).`);
      }
      if (model.together[i * n + j]) {
        check('TOGETHER', same, [i, j], same ? group[i]! : null,
          same ? `${name(i)} og ${name(j)} er sammen, som ønsket.` : `${name(i)} og ${name(j)} skal være sammen, men er i ulike ${w.many}.`,
          same ? `${name(i)} and ${name(j)} are together, as asked.` : `${name(i)} and ${name(j)} should be together but are in different ${e.many}.`);
      }
      if (model.lock[i]! >= 0 && model.lock[j]! >= 0) {
        const sameLock = model.lock[i] === model.lock[j];
        const met = sameLock === same;
        check('LOCK', met, [i, j], null,
          met ? `${name(i)} og ${name(j)} er plassert etter låsingen.` : sameLock ? `${name(i)} og ${name(j)} er låst sammen, men er i ulike ${w.many}.` : `${name(i)} og ${name(j)} er låst til ulike ${w.many}, men er sammen.`,
          met ? `${name(i)} and ${name(j)} are placed as locked.` : sameLock ? `${name(i)} and ${name(j)} are locked together but are in different ${e.many}.` : `${name(i)} and ${name(j)} are locked to different ${e.many} but share one.`);
      }
    }
  }

  const m = groups.length;
  const { support: supportCap, powerful: powerfulCap } = groupCaps(model, m);
  const tolerance = levelTolerance(model, m);
  groups.forEach((members, g) => {
    const idx = members.map((id) => model.index.get(id)!);
    const { lo, hi } = genderBounds(model, members.length, groups.length);
    model.genders.forEach((gender, k) => {
      const count = idx.filter((i) => model.genderOf[i] === k).length;
      const met = count >= lo[k]! && count <= hi[k]!;
      const words = genderWords(gender);
      check('GENDER_BALANCE', met, idx, g,
        `${w.title} ${g + 1} har ${count} ${count === 1 ? words.nb[0] : words.nb[1]} av ${members.length} (regelen: ${lo[k]}–${hi[k]}).`,
        `${e.title} ${g + 1} has ${count} ${count === 1 ? words.en[0] : words.en[1]} of ${members.length} (the rule: ${lo[k]}–${hi[k]}).`);
    });
    const support = idx.filter((i) => pupils[i]!.support);
    if (model.supportCount > 0) check('SUPPORT_CAP', support.length <= supportCap, support, g, `${w.title} ${g + 1}: ${support.length} elever med ekstra støtte (høyst ${supportCap}).`, `${e.title} ${g + 1}: ${support.length} pupils with support needs (at most ${supportCap}).`);
    const powerful = idx.filter((i) => pupils[i]!.powerful);
    if (model.profile === 'classes' && model.levelMean > 0) {
      const withLevel = idx.filter((i) => !Number.isNaN(model.level[i]!));
      const sum = withLevel.reduce((total, i) => total + model.level[i]!, 0);
      const off = Math.abs(sum - model.levelMean * withLevel.length);
      check('LEVEL_BALANCE', off <= tolerance + 1e-9, idx, g, `${w.title} ${g + 1}: nivåsummen avviker ${off.toFixed(1)} fra gjennomsnittet (høyst ${tolerance.toFixed(1)}).`, `${e.title} ${g + 1}: the level sum is ${off.toFixed(1)} from the mean (at most ${tolerance.toFixed(1)}).`);
    }
    if (model.profile === 'classes' && model.previousClassCap > 0) {
      model.previousClasses.forEach((name, c) => {
        const from = idx.filter((i) => model.previousClassOf[i] === c);
        if (from.length > 0) check('PREVIOUS_CLASS_CAP', from.length <= model.previousClassCap, from, g, `${w.title} ${g + 1}: ${from.length} elever fra ${name} (høyst ${model.previousClassCap}).`, `${e.title} ${g + 1}: ${from.length} pupils from ${name} (at most ${model.previousClassCap}).`);
      });
    }
    if (model.powerfulCount > 0) check('POWERFUL_CAP', powerful.length <= powerfulCap, powerful, g, `${w.title} ${g + 1}: ${powerful.length} elever i maktposisjon (høyst ${powerfulCap}).`, `${e.title} ${g + 1}: ${powerful.length} pupils in a power position (at most ${powerfulCap}).`);
  });

  let covered = 0;
  const coveredBy = (i: number) => model.admissibleOf[i]!.filter((j) => group[j] === group[i]);
  for (let i = 0; i < n; i++) {
    const friends = coveredBy(i);
    if (model.admissibleOf[i]!.length > 0 && friends.length > 0) covered++;
    if (model.mustCover[i]) {
      const met = friends.length > 0;
      check('VULNERABLE_FRIEND', met, [i, ...friends], group[i]!,
        met ? `${name(i)} er sammen med ${list(friends.map(name), 'og')}, som ${name(i)} valgte.` : `${name(i)} har ingen av sine valgte venner i ${w.the}.`,
        met ? `${name(i)} is with ${list(friends.map(name), 'and')}, whom ${name(i)} chose.` : `${name(i)} has none of the friends they chose in the ${e.one}.`);
    }
  }

  const placements = pupils.map((p, i): PupilPlacement => {
    const chosen = model.pupils.map((_, j) => j).filter((j) => model.positive[i * n + j]);
    return {
      pupil: p.id,
      name: p.name,
      group: group[i]!,
      withChosen: chosen.filter((j) => group[j] === group[i]).map((j) => pupils[j]!.id),
      chosenElsewhere: chosen.filter((j) => group[j] !== group[i]).map((j) => pupils[j]!.id),
      covered: coveredBy(i).length > 0,
      rules: checks.filter((c) => c.pupils.includes(p.id)),
    };
  });
  return { score: pairScore + COVERAGE_BONUS * covered, pairScore, covered, repeatedPairs, checks, violations: checks.filter((c) => !c.met), pupils: placements };
}
