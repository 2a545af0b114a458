/**
 * The parts of an exact integer program over who shares a group (planning.md § Reference optima) that the
 * groups program and the class-plan bound have in common, in CPLEX LP format for HiGHS. Pair variables
 * y_a_b = 1 when members a < b (positions in `members`) share a group, worth their pair weight; fixed at 0
 * for pupils kept apart or locked to different groups and at 1 for pupils kept together or locked to the
 * same one; triangle inequalities in all three rotations make "shares a group" an equivalence. For a pupil
 * with an admissible choice, c_a ≤ Σ y over those choices, worth the coverage bonus, and at least one of
 * those y when the pupil must be covered. `members` must hold every admissible choice of its pupils.
 */
import { COVERAGE_BONUS, type GroupModel } from '@sociogram/core/internal';

export interface ProgramTerms {
  readonly objective: string[];
  readonly rows: string[];
  readonly bounds: string[];
  readonly binaries: string[];
}

export const emptyTerms = (): ProgramTerms => ({ objective: [], rows: [], bounds: [], binaries: [] });

/** The variable for members a and b sharing a group. */
export const pairVariable = (a: number, b: number) => (a < b ? `y_${a}_${b}` : `y_${b}_${a}`);

/** Pair variables, their weights and fixed values, and the triangle inequalities. */
export function addPairTerms(model: GroupModel, members: readonly number[], terms: ProgramTerms): void {
  const { n } = model;
  const y = pairVariable;
  const count = members.length;
  for (let a = 0; a < count; a++) {
    for (let b = a + 1; b < count; b++) {
      const i = members[a]!;
      const j = members[b]!;
      terms.binaries.push(y(a, b));
      const w = model.weight[i * n + j]!;
      if (w !== 0) terms.objective.push(`${w} ${y(a, b)}`);
      const lockI = model.lock[i]!;
      const lockJ = model.lock[j]!;
      if (model.apart[i * n + j] || (lockI >= 0 && lockJ >= 0 && lockI !== lockJ)) terms.bounds.push(`${y(a, b)} = 0`);
      else if (model.together[i * n + j] || (lockI >= 0 && lockI === lockJ)) terms.bounds.push(`${y(a, b)} = 1`);
    }
  }
  for (let a = 0; a < count; a++) {
    for (let b = a + 1; b < count; b++) {
      for (let l = b + 1; l < count; l++) {
        terms.rows.push(`${y(a, b)} + ${y(b, l)} - ${y(a, l)} <= 1`, `${y(a, b)} - ${y(b, l)} + ${y(a, l)} <= 1`, `- ${y(a, b)} + ${y(b, l)} + ${y(a, l)} <= 1`);
      }
    }
  }
}

/** Member a's coverage variable and rows, when a has an admissible choice. */
export function addCoverageTerms(model: GroupModel, members: readonly number[], a: number, terms: ProgramTerms): void {
  const i = members[a]!;
  const choices = model.admissibleOf[i]!.map((j) => members.indexOf(j));
  if (choices.length === 0) return;
  if (choices.includes(-1)) throw new Error(`pupil ${model.pupils[i]!.id}'s admissible choices are not all among the members`);
  const ys = choices.map((b) => pairVariable(a, b));
  terms.binaries.push(`c_${a}`);
  terms.objective.push(`${COVERAGE_BONUS} c_${a}`);
  terms.rows.push(`c_${a} - ${ys.join(' - ')} <= 0`);
  if (model.mustCover[i]) terms.rows.push(`${ys.join(' + ')} >= 1`);
}

/** The whole program, maximising the objective. */
export function lpText(terms: ProgramTerms): string {
  return [
    'Maximize',
    ` obj: ${terms.objective.join(' + ') || '0 y_0_1'}`,
    'Subject To',
    ...terms.rows.map((row, r) => ` r${r}: ${row}`),
    'Bounds',
    ...terms.bounds.map((b) => ` ${b}`),
    'Binary',
    ` ${terms.binaries.join(' ')}`,
    'End',
  ].join('\n');
}
