/** Reads the reference optima written by make-reference-optima.ts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlanningProblem } from '@sociogram/core';

export const GROUPS_DIR = fileURLToPath(new URL('../../../fixtures/planning/groups/', import.meta.url));
export const CLASSES_DIR = fileURLToPath(new URL('../../../fixtures/planning/classes/', import.meta.url));

export interface StoredInstance {
  readonly name: string;
  readonly problem: PlanningProblem;
  readonly status: string;
  readonly optimum: number | null;
  readonly groupSize?: number;
  readonly classCount?: number;
  /** Classes: the score of the best plan known, how it was found, and the plan (lists of pupil ids). */
  readonly bestKnown?: number | null;
  readonly source?: string;
  readonly method?: string;
  readonly bestPlan?: readonly (readonly string[])[] | null;
  /** Classes: a proven upper bound on any plan's score (classes-upper-bound.ts), null when not proven, and how it was found. */
  readonly upperBound?: number | null;
  readonly upperBoundMethod?: string;
}

/** A class cohort's status: proven optimal once the best known plan reaches the proven upper bound. */
export function classesStatus(bestKnown: number | null | undefined, upperBound: number | null | undefined): { status: string; optimum: number | null } {
  if (bestKnown === null || bestKnown === undefined) return { status: 'NoPlanFound', optimum: null };
  return bestKnown === upperBound ? { status: 'Optimal', optimum: bestKnown } : { status: 'BestKnown', optimum: null };
}

export function readInstances(dir: string): StoredInstance[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(dir + file, 'utf8')) as StoredInstance);
}
