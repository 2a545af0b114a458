/**
 * deriveCohortProblem(classes, options): the class-composition problem (docs/planning.md § Classes) of a cohort
 * made of several stored classes — each class's problem derived from its own survey and analysis
 * (derivePlanningProblem), its pupils renamed `<class key>:<pupil id>` so the same id in two classes is two
 * pupils, and `previousClass` set to the class's name. A nomination of a pupil in another class of the cohort
 * (a cross-class nomination of a school file, `CohortClass.crossClass`) counts like one within a class: a friend
 * chosen across classes is a chosen friend (positive pair), a pupil named as bullying across classes is kept
 * apart from the reporter (bullying pair), a negative choice is a negative pair. Balance rules can be switched off: gender (every pupil's gender left out) and support
 * needs (no pupil counted as needing support); a cap on pupils from one previous class is optional.
 */
import type { Analysis } from '../analyse/analysis.ts';
import { InvalidOptionError } from '../survey/invalid-option-error.ts';
import type { Survey } from '../survey/survey.ts';
import { derivePlanningProblem } from './derive-planning-problem.ts';
import type { PlanningProblem, PupilPair } from './planning-problem.ts';

/**
 * One class of a cohort for `deriveCohortProblem`: its survey and analysis, with optional overrides by the class's own
 * pupil ids.
 */
export interface CohortClass {
  /** Stable key of the class (e.g. its stored id); must not contain ':'. */
  readonly key: string;
  /** The class's name, used as the pupils' `previousClass`. */
  readonly name: string;
  readonly survey: Survey;
  readonly analysis: Analysis;
  /** The teacher's protected-pupil overrides for this class, by the class's own pupil ids. */
  readonly vulnerable?: Readonly<Record<string, boolean>>;
  /** Pairs the teacher keeps apart in this class, by its own pupil ids: kept apart in the new classes too. */
  readonly separate?: readonly PupilPair[];
  /** Nominations of pupils in other classes; those naming a class or pupil outside the cohort are left out. */
  readonly crossClass?: readonly CohortCrossNomination[];
}

/** A nomination by a pupil of this class (`from`, its own id) of pupil `to` of the class keyed `toClass`. */
export interface CohortCrossNomination {
  readonly from: string;
  readonly toClass: string;
  readonly to: string;
  /** The question's id in this class's survey; its kind says whether the pair is positive, negative or bullying. */
  readonly question: string;
}

/** Options of `deriveCohortProblem`. */
export interface DeriveCohortOptions {
  /** The number of new classes (the problem's `classCount`). */
  readonly classCount?: number;
  /** Keep gender balanced in every new class (planning.md: girls within ±2 of the share). Default true. */
  readonly balanceGender: boolean;
  /** Spread pupils with support needs (at most ⌈#support/K⌉ + 1 per class). Default true. */
  readonly balanceSupport: boolean;
  /** At most this many pupils from one previous class in a new class; 0 = no cap. */
  readonly previousClassCap: number;
  /** Pairs of cohort ids the teacher keeps apart. */
  readonly separate: readonly PupilPair[];
  /** Pairs of cohort ids the teacher keeps together. */
  readonly together: readonly PupilPair[];
}

/** The cohort options used for every option not given to `deriveCohortProblem`. */
export const DEFAULT_DERIVE_COHORT_OPTIONS: Readonly<DeriveCohortOptions> = Object.freeze({
  balanceGender: true,
  balanceSupport: true,
  previousClassCap: 0,
  separate: Object.freeze([]) as readonly PupilPair[],
  together: Object.freeze([]) as readonly PupilPair[],
});

/** A pupil's id in the cohort: the class key, ':', the pupil's id in the class. */
export function cohortPupilId(classKey: string, pupilId: string): string {
  return `${classKey}:${pupilId}`;
}

/** The class key and the pupil's id in the class, from a cohort id. */
export function splitCohortPupilId(id: string): { readonly classKey: string; readonly pupilId: string } {
  const at = id.indexOf(':');
  if (at < 0) throw new InvalidOptionError('id', `"${id}" is not a cohort pupil id (<class>:<pupil>)`);
  return { classKey: id.slice(0, at), pupilId: id.slice(at + 1) };
}

/**
 * The class-composition problem of a cohort of several classes: each class's problem derived from its own survey and
 * analysis, pupils renamed `<key>:<id>`, `previousClass` set to the class's name. Throws `InvalidOptionError` for no
 * class or a bad key.
 */
export function deriveCohortProblem(classes: readonly CohortClass[], options: Partial<DeriveCohortOptions> = {}): PlanningProblem {
  const settings = { ...DEFAULT_DERIVE_COHORT_OPTIONS, ...options };
  if (classes.length === 0) throw new InvalidOptionError('classes', 'must hold at least one class');
  const keys = new Set<string>();
  for (const c of classes) {
    if (c.key === '' || c.key.includes(':')) throw new InvalidOptionError('classes', `class key "${c.key}" must be non-empty and hold no ':'`);
    if (keys.has(c.key)) throw new InvalidOptionError('classes', `class key "${c.key}" is given twice`);
    keys.add(c.key);
  }
  if (!Number.isInteger(settings.previousClassCap) || settings.previousClassCap < 0) throw new InvalidOptionError('previousClassCap', 'must be a whole number ≥ 0');
  const parts = classes.map((c) => {
    const problem = derivePlanningProblem(c.survey, c.analysis, c.vulnerable ? { vulnerable: c.vulnerable } : {});
    const id = (pupil: string) => cohortPupilId(c.key, pupil);
    const pairs = (list: readonly PupilPair[] | undefined) => (list ?? []).map(([a, b]) => [id(a), id(b)] as PupilPair);
    return {
      pupils: problem.pupils.map((p) => ({
        ...p,
        id: id(p.id),
        previousClass: c.name,
        ...(settings.balanceGender ? {} : { gender: null }),
        ...(settings.balanceSupport ? {} : { support: false }),
      })),
      positive: pairs(problem.positive),
      negative: pairs(problem.negative),
      bullying: pairs(problem.bullying),
      separate: pairs(c.separate),
    };
  });
  const cross = crossClassPairs(classes);
  const separate = [...parts.flatMap((p) => p.separate), ...settings.separate];
  return {
    version: 1,
    pupils: parts.flatMap((p) => p.pupils),
    positive: [...parts.flatMap((p) => p.positive), ...cross.positive],
    negative: [...parts.flatMap((p) => p.negative), ...cross.negative],
    bullying: [...parts.flatMap((p) => p.bullying), ...cross.bullying],
    ...(separate.length ? { separate } : {}),
    ...(settings.together.length ? { together: settings.together } : {}),
    ...(settings.classCount ? { classCount: settings.classCount } : {}),
    ...(settings.previousClassCap > 0 ? { previousClassCap: settings.previousClassCap } : {}),
  };
}

/** The cohort pairs of every class's cross-class nominations to pupils in the cohort, by question kind, without repeats. */
function crossClassPairs(classes: readonly CohortClass[]): { positive: PupilPair[]; negative: PupilPair[]; bullying: PupilPair[] } {
  const pupilsOf = new Map(classes.map((c) => [c.key, new Set(c.survey.pupils.map((p) => p.id))]));
  const out = { positive: [] as PupilPair[], negative: [] as PupilPair[], bullying: [] as PupilPair[] };
  const seen = new Set<string>();
  for (const c of classes) {
    const kinds = new Map(c.survey.questions.map((q) => [q.id, q.kind]));
    const own = pupilsOf.get(c.key)!;
    for (const n of c.crossClass ?? []) {
      if (n.toClass === c.key || !own.has(n.from) || !pupilsOf.get(n.toClass)?.has(n.to)) continue;
      const kind = kinds.get(n.question);
      const from = cohortPupilId(c.key, n.from);
      const to = cohortPupilId(n.toClass, n.to);
      const [list, pair]: [PupilPair[], PupilPair] | [null, null] =
        kind === 'positive' ? [out.positive, [from, to]] : kind === 'negative' ? [out.negative, [from, to]] : kind === 'bully' ? [out.bullying, [to, from]] : [null, null];
      if (!list || seen.has(`${kind}\u0000${pair[0]}\u0000${pair[1]}`)) continue;
      seen.add(`${kind}\u0000${pair[0]}\u0000${pair[1]}`);
      list.push(pair);
    }
  }
  return out;
}
