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
import { message, type Message } from '../messages/message-facts.ts';
import type { PlanRuleCheck, PlanRuleCode } from './plan-rule.ts';

/** Points per pupil who has an admissible nominee in their group (planning.md). */
export const COVERAGE_BONUS = 3;

/** Where one pupil is placed and every rule check about them. */
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

/** The score of a group plan and every rule checked. */
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

/** A roster gender as the rule's message names it: girl, boy, or the roster's own value. */
function genderKind(value: string): 'girl' | 'boy' | 'other' {
  const kind = genderOfValue(value);
  return kind === 'girl' || kind === 'boy' ? kind : 'other';
}

/** Scores groups against a problem (compiles the problem; scoreGroupsWithModel for a compiled one). */
export function scoreGroups(problem: PlanningProblem, groups: readonly (readonly string[])[], groupSize = problem.groupSize ?? 4): GroupScore {
  return scoreGroupsWithModel(compileGroupModel(problem), groups, groupSize);
}

/** Scores groups against a compiled model; `sizes` overrides the sizes groupSizes(n, groupSize) gives. */
export function scoreGroupsWithModel(model: GroupModel, groups: readonly (readonly string[])[], groupSize: number, sizes?: readonly number[]): GroupScore {
  const { n, pupils } = model;
  const group = assignmentOf(model, groups);
  const name = (i: number) => pupils[i]!.name;
  const unit = model.profile === 'classes' ? 'class' : 'group';
  const checks: PlanRuleCheck[] = [];
  const check = (rule: PlanRuleCode, met: boolean, members: number[], g: number | null, said: Message) =>
    checks.push({ rule, met, pupils: members.map((i) => pupils[i]!.id), group: g, message: said, sensitive: ruleSensitive(model, rule, members) });

  // The sizes in board order for the sentence; met when they are the planned sizes in any order.
  const expected = [...(sizes ?? groupSizes(n, groupSize))].sort((a, b) => b - a);
  const actual = groups.map((g) => g.length);
  const sameSizes = [...actual].sort((a, b) => b - a).join(',') === expected.join(',');
  check('SIZES', sameSizes, [], null, message('RULE_SIZES', { unit, actual, expected }));

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
        check('APART', !same, [i, j], same ? group[i]! : null, message(same ? 'RULE_APART_SHARED' : 'RULE_APART_SPLIT', { a: name(i), b: name(j), unit, reasons: why }));
      }
      if (model.together[i * n + j]) {
        check('TOGETHER', same, [i, j], same ? group[i]! : null, same ? message('RULE_TOGETHER_MET', { a: name(i), b: name(j) }) : message('RULE_TOGETHER_SPLIT', { a: name(i), b: name(j), unit }));
      }
      if (model.lock[i]! >= 0 && model.lock[j]! >= 0) {
        const sameLock = model.lock[i] === model.lock[j];
        const met = sameLock === same;
        check('LOCK', met, [i, j], null,
          met ? message('RULE_LOCK_MET', { a: name(i), b: name(j) }) : message(sameLock ? 'RULE_LOCK_TOGETHER_SPLIT' : 'RULE_LOCK_APART_SHARED', { a: name(i), b: name(j), unit }));
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
      check('GENDER_BALANCE', met, idx, g,
        message('RULE_GENDER_BALANCE', { unit, group: g + 1, count, genderKind: genderKind(gender), gender, size: members.length, min: lo[k]!, max: hi[k]! }));
    });
    const support = idx.filter((i) => pupils[i]!.support);
    if (model.supportCount > 0) check('SUPPORT_CAP', support.length <= supportCap, support, g, message('RULE_SUPPORT_CAP', { unit, group: g + 1, count: support.length, cap: supportCap }));
    const powerful = idx.filter((i) => pupils[i]!.powerful);
    if (model.profile === 'classes' && model.levelMean > 0) {
      const withLevel = idx.filter((i) => !Number.isNaN(model.level[i]!));
      const sum = withLevel.reduce((total, i) => total + model.level[i]!, 0);
      const off = Math.abs(sum - model.levelMean * withLevel.length);
      check('LEVEL_BALANCE', off <= tolerance + 1e-9, idx, g, message('RULE_LEVEL_BALANCE', { unit, group: g + 1, off, tolerance }));
    }
    if (model.profile === 'classes' && model.previousClassCap > 0) {
      model.previousClasses.forEach((name, c) => {
        const from = idx.filter((i) => model.previousClassOf[i] === c);
        if (from.length > 0) check('PREVIOUS_CLASS_CAP', from.length <= model.previousClassCap, from, g, message('RULE_PREVIOUS_CLASS_CAP', { unit, group: g + 1, count: from.length, previousClass: name, cap: model.previousClassCap }));
      });
    }
    if (model.powerfulCount > 0) check('POWERFUL_CAP', powerful.length <= powerfulCap, powerful, g, message('RULE_POWERFUL_CAP', { unit, group: g + 1, count: powerful.length, cap: powerfulCap }));
  });

  let covered = 0;
  const coveredBy = (i: number) => model.admissibleOf[i]!.filter((j) => group[j] === group[i]);
  for (let i = 0; i < n; i++) {
    const friends = coveredBy(i);
    if (model.admissibleOf[i]!.length > 0 && friends.length > 0) covered++;
    if (model.mustCover[i]) {
      const met = friends.length > 0;
      check('VULNERABLE_FRIEND', met, [i, ...friends], group[i]!,
        met ? message('RULE_FRIEND_MET', { name: name(i), friends: friends.map(name) }) : message('RULE_FRIEND_UNMET', { name: name(i), unit }));
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
