/**
 * scoreSeating(problem, layout, seats): the seating score of planning.md — Σ over adjacent pairs of
 * adjacency weight × w(i, j) + 3 × covered pupils (an admissible nominee adjacent) — and every rule:
 * apart pairs not adjacent, vulnerable pupils next to (or in front of / behind) a friend they chose,
 * `front` pupils in the first two rows, locked seats (lock number = seat index in the layout).
 */
import { InvalidOptionError } from '../survey/invalid-option-error.ts';
import { compileGroupModel, ruleSensitive, type GroupModel } from './group-model.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { list, type PlanRuleCheck, type PlanRuleCode } from './plan-rule.ts';
import { FRONT_ROWS, seatNeighbours, type RoomLayout } from './room-layout.ts';
import { COVERAGE_BONUS } from './score-groups.ts';

export interface SeatPlacement {
  readonly pupil: string;
  readonly name: string;
  readonly seat: string;
  /** Adjacent pupils: desk-mates and those in front or behind. */
  readonly neighbours: readonly string[];
  readonly withChosen: readonly string[];
  readonly covered: boolean;
  readonly rules: readonly PlanRuleCheck[];
}

export interface SeatingScore {
  readonly score: number;
  readonly covered: number;
  readonly checks: readonly PlanRuleCheck[];
  readonly violations: readonly PlanRuleCheck[];
  readonly pupils: readonly SeatPlacement[];
}

/** Pupil index per seat (−1 empty); throws unless every pupil has exactly one seat. */
export function seatAssignment(model: GroupModel, layout: RoomLayout, seats: readonly (string | null)[]): Int32Array {
  if (seats.length !== layout.seats.length) throw new InvalidOptionError('seats', `must list ${layout.seats.length} seats`);
  const seen = new Set<number>();
  const out = Int32Array.from(seats, (id) => {
    if (id === null) return -1;
    const i = model.index.get(id);
    if (i === undefined) throw new InvalidOptionError('seats', `unknown pupil id "${id}"`);
    if (seen.has(i)) throw new InvalidOptionError('seats', `pupil "${id}" has two seats`);
    seen.add(i);
    return i;
  });
  if (seen.size !== model.n) throw new InvalidOptionError('seats', `pupils without a seat: ${model.pupils.filter((_, i) => !seen.has(i)).map((p) => p.id).join(', ')}`);
  return out;
}

export function scoreSeating(problem: PlanningProblem, layout: RoomLayout, seats: readonly (string | null)[]): SeatingScore {
  return scoreSeatingWithModel(compileGroupModel(problem), layout, seats);
}

export function scoreSeatingWithModel(model: GroupModel, layout: RoomLayout, seats: readonly (string | null)[]): SeatingScore {
  const { n, pupils } = model;
  const at = seatAssignment(model, layout, seats);
  const seatOf = new Int32Array(n);
  at.forEach((i, s) => i >= 0 && (seatOf[i] = s));
  const neighbours = seatNeighbours(layout);
  const name = (i: number) => pupils[i]!.name;
  const checks: PlanRuleCheck[] = [];
  const check = (rule: PlanRuleCode, met: boolean, who: number[], nb: string, en: string) => checks.push({ rule, met, pupils: who.map((i) => pupils[i]!.id), group: null, text: { nb, en }, sensitive: ruleSensitive(model, rule, who) });
  const adjacent = (i: number) => neighbours[seatOf[i]!]!.map((e) => ({ j: at[e.seat]!, weight: e.weight })).filter((e) => e.j >= 0);

  let pairScore = 0;
  for (let i = 0; i < n; i++) {
    for (const { j, weight } of adjacent(i)) {
      if (j < i) continue;
      pairScore += weight * model.weight[i * n + j]!;
      if (model.apart[i * n + j]) check('APART', false, [i, j], `${name(i)} og ${name(j)} sitter inntil hverandre, men skal holdes fra hverandre.`, `${name(i)} and ${name(j)} sit next to each other but must be kept apart.`);
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (model.apart[i * n + j] && !adjacent(i).some((e) => e.j === j)) check('APART', true, [i, j], `${name(i)} og ${name(j)} sitter ikke inntil hverandre.`, `${name(i)} and ${name(j)} do not sit next to each other.`);
    }
  }
  let covered = 0;
  const friendsNear = (i: number) => adjacent(i).map((e) => e.j).filter((j) => model.admissible[i * n + j]);
  for (let i = 0; i < n; i++) {
    const near = friendsNear(i);
    if (model.admissibleOf[i]!.length > 0 && near.length > 0) covered++;
    if (model.mustCover[i]) {
      check('VULNERABLE_FRIEND', near.length > 0, [i, ...near],
        near.length ? `${name(i)} sitter ved ${list(near.map(name), 'og')}, som ${name(i)} valgte.` : `${name(i)} sitter ikke ved noen av vennene ${name(i)} valgte.`,
        near.length ? `${name(i)} sits by ${list(near.map(name), 'and')}, whom ${name(i)} chose.` : `${name(i)} sits by none of the friends they chose.`);
    }
    if (pupils[i]!.front) {
      const row = layout.seats[seatOf[i]!]!.row;
      check('FRONT_ROWS', row < FRONT_ROWS, [i], `${name(i)} sitter på rad ${row + 1} (skal sitte på de to første).`, `${name(i)} sits in row ${row + 1} (should be in the first two).`);
    }
    const lock = model.lock[i]!;
    if (lock >= 0) {
      const met = seatOf[i] === lock;
      check('LOCK', met, [i], met ? `${name(i)} sitter på sin faste plass.` : `${name(i)} er låst til plass ${lock + 1}, men sitter et annet sted.`, met ? `${name(i)} sits in their locked seat.` : `${name(i)} is locked to seat ${lock + 1} but sits elsewhere.`);
    }
  }
  const placements = pupils.map((p, i): SeatPlacement => {
    const near = adjacent(i).map((e) => e.j);
    return {
      pupil: p.id,
      name: p.name,
      seat: layout.seats[seatOf[i]!]!.id,
      neighbours: near.map((j) => pupils[j]!.id),
      withChosen: near.filter((j) => model.positive[i * n + j]).map((j) => pupils[j]!.id),
      covered: friendsNear(i).length > 0,
      rules: checks.filter((c) => c.pupils.includes(p.id)),
    };
  });
  return { score: pairScore + COVERAGE_BONUS * covered, covered, checks, violations: checks.filter((c) => !c.met), pupils: placements };
}
