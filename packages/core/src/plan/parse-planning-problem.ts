/**
 * Validates a planning problem (JSON, version 1). Every problem is reported with its path
 * (`pupils[3].id`, `bullying[0][1]`); unknown ids, self-pairs, duplicate ids and a pupil listed twice are
 * errors, never ignored. Unknown fields are allowed (newer versions may add them).
 */
import type { PlanningPupil, PlanningProblem, PupilPair } from './planning-problem.ts';

/** One problem of an invalid planning problem: where (`pupils[3].id`) and what. */
export interface ProblemIssue {
  readonly path: string;
  readonly message: string;
}

/** Thrown for an invalid planning problem; carries every issue found. */
export class PlanningProblemError extends Error {
  readonly code = 'PROBLEM_INVALID';
  readonly issues: readonly ProblemIssue[];
  constructor(issues: readonly ProblemIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
    this.name = 'PlanningProblemError';
    this.issues = issues;
  }
}

const PAIR_FIELDS = ['positive', 'negative', 'bullying', 'separate', 'together', 'previousPairs'] as const;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates parsed JSON as a version-1 planning problem and returns it; throws `PlanningProblemError` with every issue
 * found.
 */
export function parsePlanningProblem(input: unknown): PlanningProblem {
  const issues: ProblemIssue[] = [];
  const fail = (path: string, message: string) => issues.push({ path, message });
  if (!isObject(input)) throw new PlanningProblemError([{ path: '', message: 'a planning problem must be a JSON object' }]);
  if (input.version !== 1) fail('version', 'must be 1');
  if (!Array.isArray(input.pupils) || input.pupils.length === 0) {
    fail('pupils', 'must be a non-empty list');
    throw new PlanningProblemError(issues);
  }
  const ids = new Set<string>();
  input.pupils.forEach((pupil: unknown, i) => {
    const path = `pupils[${i}]`;
    if (!isObject(pupil)) return fail(path, 'must be an object');
    if (typeof pupil.id !== 'string' || pupil.id === '') return fail(`${path}.id`, 'must be a non-empty string');
    if (ids.has(pupil.id)) fail(`${path}.id`, `duplicate pupil id "${pupil.id}"`);
    ids.add(pupil.id);
    for (const flag of ['support', 'vulnerable', 'powerful', 'front', 'sensitiveStatus']) {
      if (pupil[flag] !== undefined && typeof pupil[flag] !== 'boolean') fail(`${path}.${flag}`, 'must be true or false');
    }
    for (const text of ['name', 'gender', 'previousClass']) {
      if (pupil[text] !== undefined && pupil[text] !== null && typeof pupil[text] !== 'string') fail(`${path}.${text}`, 'must be a string or null');
    }
    if (pupil.level !== undefined && pupil.level !== null && !(typeof pupil.level === 'number' && Number.isFinite(pupil.level))) fail(`${path}.level`, 'must be a number or null');
  });
  for (const field of PAIR_FIELDS) {
    const pairs = input[field];
    if (pairs === undefined) continue;
    if (!Array.isArray(pairs)) {
      fail(field, 'must be a list of [id, id] pairs');
      continue;
    }
    const seen = new Set<string>();
    pairs.forEach((pair: unknown, i) => {
      const path = `${field}[${i}]`;
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') return fail(path, 'must be a pair [id, id]');
      pair.forEach((id: string, k) => {
        if (!ids.has(id)) fail(`${path}[${k}]`, `unknown pupil id "${id}"`);
      });
      if (pair[0] === pair[1]) fail(path, `a pupil cannot be paired with themself ("${pair[0]}")`);
      const key = `${pair[0]}\u0000${pair[1]}`;
      if (seen.has(key)) fail(path, `duplicate pair ["${pair[0]}", "${pair[1]}"]`);
      seen.add(key);
    });
  }
  if (input.locks !== undefined) {
    if (!isObject(input.locks)) fail('locks', 'must be an object {pupilId: number}');
    else {
      for (const [id, value] of Object.entries(input.locks)) {
        if (!ids.has(id)) fail(`locks.${id}`, `unknown pupil id "${id}"`);
        if (!(typeof value === 'number' && Number.isInteger(value) && value >= 0)) fail(`locks.${id}`, 'must be a whole number ≥ 0');
      }
    }
  }
  for (const field of ['groupSize', 'classCount', 'previousClassCap']) {
    const value = input[field];
    if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= 1)) fail(field, 'must be a whole number ≥ 1');
  }
  if (issues.length > 0) throw new PlanningProblemError(issues);
  const pairs = (field: (typeof PAIR_FIELDS)[number]) => (input[field] as PupilPair[] | undefined)?.map(([a, b]) => [a, b] as const);
  const problem: PlanningProblem = {
    ...(input as object),
    version: 1,
    pupils: (input.pupils as PlanningPupil[]).map((pupil) => ({ ...pupil })),
    ...Object.fromEntries(PAIR_FIELDS.filter((field) => input[field] !== undefined).map((field) => [field, pairs(field)])),
  };
  return problem;
}
