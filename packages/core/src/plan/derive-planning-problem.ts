/**
 * Derives a planning problem from a survey and its analysis (docs/planning.md):
 * - vulnerable: isolated, no mutual friend, flagged as bullied, or a dual role;
 * - powerful: a power position (most chosen, chosen by the most chosen, named popular, named as bullying);
 * - positive / negative: every nomination on questions of that kind (union, no duplicates);
 * - bullying: for every nomination r → b on a `bully` question, the pair [b, r] — the pupil named as bullying
 *   is kept apart from the pupil who reported it;
 * - sensitiveStatus when a flagged status rests on negative or bullying answers (reported bullied, dual role,
 *   named as bullying), so rule checks about it are marked sensitive;
 * - gender and support from roster attributes (gender/kjønn; support/støtte: yes/ja/true/1/x).
 * Every flag can be overridden per pupil.
 */
import { GENDER_KEYS } from '../survey/pupil-gender.ts';
import type { Analysis } from '../analyse/analysis.ts';
import type { Survey } from '../survey/survey.ts';
import type { PlanningProblem, PupilPair } from './planning-problem.ts';
import { own } from '../survey/own.ts';

/** Options of `derivePlanningProblem`: the plan's size and the teacher's overrides. */
export interface DeriveProblemOptions {
  /** The problem's `groupSize`. */
  readonly groupSize?: number;
  /** The problem's `classCount`. */
  readonly classCount?: number;
  /** Teacher's overrides, pupil id → flag. */
  readonly vulnerable?: Readonly<Record<string, boolean>>;
  /** Teacher's overrides, pupil id → flag. */
  readonly powerful?: Readonly<Record<string, boolean>>;
  /** Pairs the teacher keeps apart. */
  readonly separate?: readonly PupilPair[];
  /** Pairs the teacher keeps together. */
  readonly together?: readonly PupilPair[];
  /** Pupil id → group number the pupil is kept in. */
  readonly locks?: Readonly<Record<string, number>>;
}

const SUPPORT_KEYS = ['support', 'støtte', 'stotte', 'spesialundervisning', 'tilrettelegging'];
const FRONT_KEYS = ['front', 'foran'];
const TRUE = new Set(['yes', 'ja', 'true', '1', 'x', 'y', 'j']);

function attribute(attributes: Readonly<Record<string, string>>, keys: readonly string[]): string | undefined {
  const key = Object.keys(attributes).find((k) => keys.includes(k.trim().toLowerCase()));
  return key === undefined ? undefined : own(attributes, key);
}

/** Whether the analysis's vulnerable or powerful flag for the pupil rests on negative or bullying answers. */
function sensitiveStatus(a: Analysis['pupils'][number]): boolean {
  return Boolean(a.victim?.flagged) || a.bullyVictim || a.power.namedAsBullying;
}

/**
 * The planning problem of a class from its survey and analysis: vulnerable and powerful pupils from the indicators,
 * bullying pairs from `bully` nominations, the teacher's overrides from `options`.
 */
export function derivePlanningProblem(survey: Survey, analysis: Analysis, options: DeriveProblemOptions = {}): PlanningProblem {
  const kinds = new Map(survey.questions.map((q) => [q.id, q.kind]));
  const pairs = (kind: string) => {
    const seen = new Set<string>();
    const out: [string, string][] = [];
    for (const n of survey.nominations) {
      if (kinds.get(n.question) !== kind || seen.has(`${n.from}\u0000${n.to}`)) continue;
      seen.add(`${n.from}\u0000${n.to}`);
      out.push([n.from, n.to]);
    }
    return out;
  };
  const byId = new Map(analysis.pupils.map((p) => [p.id, p]));
  const pupils = survey.pupils.map((pupil) => {
    const a = byId.get(pupil.id)!;
    const derivedVulnerable = a.isolated || a.noMutualFriend || Boolean(a.victim?.flagged) || a.bullyVictim;
    const gender = attribute(pupil.attributes, GENDER_KEYS)?.trim().toLowerCase() || null;
    const support = TRUE.has((attribute(pupil.attributes, SUPPORT_KEYS) ?? '').trim().toLowerCase());
    const front = TRUE.has((attribute(pupil.attributes, FRONT_KEYS) ?? '').trim().toLowerCase());
    return {
      id: pupil.id,
      name: pupil.name,
      gender,
      support,
      vulnerable: options.vulnerable?.[pupil.id] ?? derivedVulnerable,
      powerful: options.powerful?.[pupil.id] ?? a.power.powerful,
      ...(front ? { front } : {}),
      ...(sensitiveStatus(a) ? { sensitiveStatus: true } : {}),
    };
  });
  const bullying = pairs('bully').map(([reporter, named]) => [named, reporter] as [string, string]);
  const uniqueBullying = [...new Map(bullying.map((p) => [`${p[0]}\u0000${p[1]}`, p])).values()];
  return {
    version: 1,
    pupils,
    positive: pairs('positive'),
    negative: pairs('negative'),
    bullying: uniqueBullying,
    ...(options.separate ? { separate: options.separate } : {}),
    ...(options.together ? { together: options.together } : {}),
    ...(options.locks ? { locks: options.locks } : {}),
    ...(options.groupSize ? { groupSize: options.groupSize } : {}),
    ...(options.classCount ? { classCount: options.classCount } : {}),
  };
}
