/**
 * A planning problem compiled for fast evaluation: pupils as indices 0…n−1, dense pair matrices for the
 * pair weight w(i, j), the apart set A, together pairs, admissible nominees, and the per-group limits of
 * planning.md. Shared by the scorer and every planner, so all of them apply the same rules.
 */
import { resolvePupil, type PlanningProblem, type ResolvedPupil } from './planning-problem.ts';
import type { PlanRuleCode } from './plan-rule.ts';
import { own } from '../survey/own.ts';

/** Why a pair is in the apart set A. */
export type ApartReason = 'negative' | 'bullying' | 'separate' | 'vulnerable-powerful';

/** Which rule set of planning.md applies: groups and seating (G, S) or classes for a cohort (C). */
export type PlanProfile = 'groups' | 'classes';

export interface GroupModel {
  readonly profile: PlanProfile;
  readonly n: number;
  readonly pupils: readonly ResolvedPupil[];
  readonly index: ReadonlyMap<string, number>;
  /** a(i, j) = 1 when i named j positively. */
  readonly positive: Uint8Array;
  /** w(i, j) of planning.md, symmetric; 0 for pairs in A. */
  readonly weight: Float64Array;
  readonly apart: Uint8Array;
  readonly apartReasons: ReadonlyMap<number, readonly ApartReason[]>;
  readonly together: Uint8Array;
  /** Pairs that shared a group in the previous plan (symmetric). */
  readonly previous: Uint8Array;
  /** adm(i, j) = 1 when j is an admissible nominee of i: named positively by i, pair not in A. */
  readonly admissible: Uint8Array;
  readonly admissibleOf: readonly (readonly number[])[];
  /** Pupils k that have i as an admissible nominee. */
  readonly admissibleBy: readonly (readonly number[])[];
  /** Vulnerable pupils with at least one admissible nominee (rule 4 applies to them). */
  readonly mustCover: Uint8Array;
  /** Gender index per pupil (−1: none given) and the class share of each gender. */
  readonly genders: readonly string[];
  readonly genderOf: Int32Array;
  readonly genderShare: readonly number[];
  /** Lock number per pupil, −1 when not locked. */
  readonly lock: Int32Array;
  readonly supportCount: number;
  readonly powerfulCount: number;
  /** Level per pupil (NaN when not given) and the mean over those given. */
  readonly level: Float64Array;
  readonly levelMean: number;
  /** Previous class index per pupil (−1: none), the class names, and the cap per new class (0: none). */
  readonly previousClassOf: Int32Array;
  readonly previousClasses: readonly string[];
  readonly previousClassCap: number;
}

/** Why a negative nomination apart: groups keep every negative pair apart; classes only those a vulnerable pupil made. */
function apartOnNegative(profile: PlanProfile, from: ResolvedPupil): boolean {
  return profile === 'groups' || from.vulnerable;
}

export const pairKey = (n: number, i: number, j: number) => (i < j ? i * n + j : j * n + i);

/**
 * Whether the apart rule of i and j rests on negative or bullying answers: a negative choice, a bullying
 * report, or a vulnerable–power-position pair whose flags rest on such answers. A teacher's own `separate`
 * pair is not sensitive. Rule checks and conflicts about the pair carry this as `sensitive`.
 */
export function apartSensitive(model: GroupModel, i: number, j: number): boolean {
  const why = model.apartReasons.get(pairKey(model.n, i, j)) ?? [];
  return why.some((r) => r === 'negative' || r === 'bullying' || (r === 'vulnerable-powerful' && (model.pupils[i]!.sensitiveStatus || model.pupils[j]!.sensitiveStatus)));
}

/**
 * Whether a rule check about these pupils (indices; for APART the pair, for VULNERABLE_FRIEND the pupil first)
 * rests on negative or bullying answers: an apart rule that does, a power-position cap or a vulnerable pupil's
 * rule whose flags do. Every other rule (sizes, gender, support, locks, together, front rows) never does.
 */
export function ruleSensitive(model: GroupModel, rule: PlanRuleCode, members: readonly number[]): boolean {
  if (rule === 'APART') return apartSensitive(model, members[0]!, members[1]!);
  if (rule === 'POWERFUL_CAP') return members.some((i) => model.pupils[i]!.sensitiveStatus);
  if (rule === 'VULNERABLE_FRIEND') return model.pupils[members[0]!]!.sensitiveStatus;
  return false;
}

/**
 * Whether i and j are tied: a pair weight, an admissible choice either way or a together rule. Pupils not tied
 * add nothing to each other's score and share no rule that pulls them together.
 */
export const tied = (model: GroupModel, i: number, j: number) => {
  const { n } = model;
  return model.weight[i * n + j] !== 0 || model.admissible[i * n + j] === 1 || model.admissible[j * n + i] === 1 || model.together[i * n + j] === 1;
};

/**
 * Compiles a problem for one rule set. Classes differ from groups (planning.md § Classes): only bullying,
 * separate and negative nominations made by a vulnerable pupil are apart; every other negative nomination
 * inside a class costs 1 (folded into the pair weight); there is no vulnerable–powerful apart rule.
 */
export function compileGroupModel(problem: PlanningProblem, profile: PlanProfile = 'groups'): GroupModel {
  const pupils = problem.pupils.map(resolvePupil);
  const n = pupils.length;
  const index = new Map(pupils.map((p, i) => [p.id, i]));
  const at = (id: string) => index.get(id)!;
  const positive = new Uint8Array(n * n);
  for (const [a, b] of problem.positive ?? []) positive[at(a) * n + at(b)] = 1;

  const apart = new Uint8Array(n * n);
  const reasons = new Map<number, ApartReason[]>();
  const addApart = (i: number, j: number, reason: ApartReason) => {
    apart[i * n + j] = apart[j * n + i] = 1;
    const key = pairKey(n, i, j);
    const list = reasons.get(key) ?? [];
    if (!list.includes(reason)) list.push(reason);
    reasons.set(key, list);
  };
  const penalty = new Float64Array(n * n);
  for (const [a, b] of problem.negative ?? []) {
    if (apartOnNegative(profile, pupils[at(a)]!)) addApart(at(a), at(b), 'negative');
    else {
      penalty[at(a) * n + at(b)]! += 1;
      penalty[at(b) * n + at(a)]! += 1;
    }
  }
  for (const [a, b] of problem.bullying ?? []) addApart(at(a), at(b), 'bullying');
  for (const [a, b] of problem.separate ?? []) addApart(at(a), at(b), 'separate');
  if (profile === 'groups') {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) if (pupils[i]!.vulnerable && pupils[j]!.powerful && i !== j) addApart(i, j, 'vulnerable-powerful');
    }
  }

  const together = new Uint8Array(n * n);
  for (const [a, b] of problem.together ?? []) together[at(a) * n + at(b)] = together[at(b) * n + at(a)] = 1;
  const previous = new Uint8Array(n * n);
  for (const [a, b] of problem.previousPairs ?? []) previous[at(a) * n + at(b)] = previous[at(b) * n + at(a)] = 1;

  const weight = new Float64Array(n * n);
  const admissible = new Uint8Array(n * n);
  const admissibleOf: number[][] = pupils.map(() => []);
  const admissibleBy: number[][] = pupils.map(() => []);
  for (let i = 0; i < n; i++) {
    const vi = pupils[i]!.vulnerable ? 1 : 0;
    for (let j = 0; j < n; j++) {
      if (i === j || apart[i * n + j]) continue;
      const aij = positive[i * n + j]!;
      const aji = positive[j * n + i]!;
      weight[i * n + j] = aij * (1 + vi) + aji * (1 + (pupils[j]!.vulnerable ? 1 : 0)) + aij * aji - penalty[i * n + j]!;
      if (aij) {
        admissible[i * n + j] = 1;
        admissibleOf[i]!.push(j);
        admissibleBy[j]!.push(i);
      }
    }
  }
  const mustCover = Uint8Array.from(pupils, (p, i) => (p.vulnerable && admissibleOf[i]!.length > 0 ? 1 : 0));

  const genders = [...new Set(pupils.map((p) => p.gender).filter((g): g is string => g !== null && g !== ''))].sort();
  const genderOf = Int32Array.from(pupils, (p) => (p.gender ? genders.indexOf(p.gender) : -1));
  const withGender = pupils.filter((p) => p.gender).length;
  const genderShare = genders.map((g) => pupils.filter((p) => p.gender === g).length / withGender);
  const lock = Int32Array.from(pupils, (p) => own(problem.locks, p.id) ?? -1);

  const level = Float64Array.from(pupils, (p) => (p.level === null ? NaN : p.level));
  const given = [...level].filter((v) => !Number.isNaN(v));
  const previousClasses = [...new Set(pupils.map((p) => p.previousClass).filter((c): c is string => Boolean(c)))].sort();
  return {
    profile, n, pupils, index, positive, weight, apart, apartReasons: reasons, together, previous, admissible, admissibleOf, admissibleBy, mustCover,
    genders, genderOf, genderShare, lock,
    supportCount: pupils.filter((p) => p.support).length,
    powerfulCount: pupils.filter((p) => p.powerful).length,
    level,
    levelMean: given.length ? given.reduce((a, b) => a + b, 0) / given.length : 0,
    previousClassOf: Int32Array.from(pupils, (p) => (p.previousClass ? previousClasses.indexOf(p.previousClass) : -1)),
    previousClasses,
    previousClassCap: problem.previousClassCap ?? 0,
  };
}

/** Per-group caps for support and powerful pupils with m groups (classes: support one more). */
export function groupCaps(model: GroupModel, m: number): { support: number; powerful: number } {
  const support = Math.ceil(model.supportCount / Math.max(m, 1));
  return { support: model.profile === 'classes' ? support + 1 : support, powerful: Math.ceil(model.powerfulCount / Math.max(m, 1)) };
}

/** Classes: the allowed deviation of a class's level sum from mean × size (0.05 · mean · ⌈n/K⌉). */
export function levelTolerance(model: GroupModel, m: number): number {
  return 0.05 * model.levelMean * Math.ceil(model.n / Math.max(m, 1));
}

/**
 * Gender bounds for a group of size s: ⌊f·s⌋ − 1 … ⌈f·s⌉ + 1 for each gender present. Classes (K of them):
 * ⌊f·⌊n/K⌋⌋ − 2 … ⌈f·⌈n/K⌉⌉ + 2, whatever the class's own size; pass m = K.
 */
export function genderBounds(model: GroupModel, size: number, m = 0): { lo: number[]; hi: number[] } {
  if (model.profile === 'classes' && m > 0) {
    const small = Math.floor(model.n / m);
    const large = Math.ceil(model.n / m);
    return {
      lo: model.genderShare.map((f) => Math.max(0, Math.floor(f * small + 1e-9) - 2)),
      hi: model.genderShare.map((f) => Math.ceil(f * large - 1e-9) + 2),
    };
  }
  return {
    lo: model.genderShare.map((f) => Math.max(0, Math.floor(f * size + 1e-9) - 1)),
    hi: model.genderShare.map((f) => Math.ceil(f * size - 1e-9) + 1),
  };
}
