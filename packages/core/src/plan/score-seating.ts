/**
 * scoreSeating(problem, layout, seats): the seating score of planning.md — Σ over adjacent pairs of
 * adjacency weight × w(i, j) + 3 × covered pupils (an admissible nominee adjacent) — and every rule:
 * apart pairs not adjacent, vulnerable pupils next to (or in front of / behind) a friend they chose,
 * `front` pupils in the first two rows, locked seats (lock number = seat index in the layout).
 */
import { InvalidOptionError } from '../survey/invalid-option-error.ts';
import { compileGroupModel, ruleSensitive, type GroupModel } from './group-model.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { message, type Message } from '../messages/message-facts.ts';
import type { PlanRuleCheck, PlanRuleCode } from './plan-rule.ts';
import { FRONT_ROWS, seatNeighbours, type RoomLayout } from './room-layout.ts';
import { COVERAGE_BONUS } from './score-groups.ts';

/** Where one pupil sits, who sits next to them, and every rule check about them. */
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

/** The score of a seating plan and every rule checked. */
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

/** Scores a seating plan against a problem (compiles the problem). */
export function scoreSeating(problem: PlanningProblem, layout: RoomLayout, seats: readonly (string | null)[]): SeatingScore {
  return scoreSeatingWithModel(compileGroupModel(problem), layout, seats);
}

/** Scores a seating plan against a compiled model. */
export function scoreSeatingWithModel(model: GroupModel, layout: RoomLayout, seats: readonly (string | null)[]): SeatingScore {
  const { n, pupils } = model;
  const at = seatAssignment(model, layout, seats);
  const seatOf = new Int32Array(n);
  at.forEach((i, s) => i >= 0 && (seatOf[i] = s));
  const neighbours = seatNeighbours(layout);
  const name = (i: number) => pupils[i]!.name;
  const checks: PlanRuleCheck[] = [];
  const check = (rule: PlanRuleCode, met: boolean, who: number[], said: Message) => checks.push({ rule, met, pupils: who.map((i) => pupils[i]!.id), group: null, message: said, sensitive: ruleSensitive(model, rule, who) });
  const adjacent = (i: number) => neighbours[seatOf[i]!]!.map((e) => ({ j: at[e.seat]!, weight: e.weight })).filter((e) => e.j >= 0);

  let pairScore = 0;
  for (let i = 0; i < n; i++) {
    for (const { j, weight } of adjacent(i)) {
      if (j < i) continue;
      pairScore += weight * model.weight[i * n + j]!;
      if (model.apart[i * n + j]) check('APART', false, [i, j], message('SEAT_APART_ADJACENT', { a: name(i), b: name(j) }));
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (model.apart[i * n + j] && !adjacent(i).some((e) => e.j === j)) check('APART', true, [i, j], message('SEAT_APART_MET', { a: name(i), b: name(j) }));
    }
  }
  let covered = 0;
  const friendsNear = (i: number) => adjacent(i).map((e) => e.j).filter((j) => model.admissible[i * n + j]);
  for (let i = 0; i < n; i++) {
    const near = friendsNear(i);
    if (model.admissibleOf[i]!.length > 0 && near.length > 0) covered++;
    if (model.mustCover[i]) {
      check('VULNERABLE_FRIEND', near.length > 0, [i, ...near],
        near.length ? message('SEAT_FRIEND_MET', { name: name(i), friends: near.map(name) }) : message('SEAT_FRIEND_UNMET', { name: name(i) }));
    }
    if (pupils[i]!.front) {
      const row = layout.seats[seatOf[i]!]!.row;
      check('FRONT_ROWS', row < FRONT_ROWS, [i], message('SEAT_FRONT_ROWS', { name: name(i), row: row + 1 }));
    }
    const lock = model.lock[i]!;
    if (lock >= 0) {
      const met = seatOf[i] === lock;
      check('LOCK', met, [i], met ? message('SEAT_LOCK_MET', { name: name(i) }) : message('SEAT_LOCK_UNMET', { name: name(i), seat: lock + 1 }));
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
