/**
 * planSeating(problem, layout, options): a seating plan meeting every rule of planning.md § Seating with the
 * best score found, or a conflict report. Desk pairs (pairs and U layouts) start from the exact desk-mate
 * matching (deskPairs), islands from the group planner with one group per table, singles from a random
 * seating; a local search then arranges desks (or seats) to add front/behind value and meet the front-row,
 * lock and adjacency rules. Seeded and reproducible for an iteration budget.
 */
import { smallest } from './extent.ts';
import { message } from '../messages/message-facts.ts';
import { createRng, randomInt, shuffled, type Rng } from '../random/create-rng.ts';
import { compileGroupModel, type GroupModel } from './group-model.ts';
import { checkPlanSize } from './plan-size.ts';
import { deskPairs } from './desk-pairs.ts';
import { groupConflicts } from './group-conflicts.ts';
import type { PlanConflict, PlanNotice } from './plan-conflict.ts';
import { planGroups, type PlanStats } from './plan-groups.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { FRONT_ROWS, seatNeighbours, type RoomLayout } from './room-layout.ts';
import { COVERAGE_BONUS } from './score-groups.ts';
import { scoreSeatingWithModel, type SeatingScore } from './score-seating.ts';

/** Options of `planSeating`: seed, time limit (ms) and search steps. */
export interface PlanSeatingOptions {
  /** Seed of the search's randomness (default 1). */
  readonly seed: number;
  /** Milliseconds the search may run (default 1,000). */
  readonly timeLimit: number;
  /** Search steps (default 3,000); the run stops at whichever limit comes first. */
  readonly maxIterations: number;
}

/** The options `planSeating` uses for every option not given: seed 1, 1,000 ms, 3,000 iterations. */
export const DEFAULT_PLAN_SEATING_OPTIONS: Readonly<PlanSeatingOptions> = Object.freeze({ seed: 1, timeLimit: 1000, maxIterations: 3000 });

/**
 * What `planSeating` returns: the pupil at each seat of the layout (null for an empty seat) with the score and rule
 * checks, or the conflicts that prevent a plan.
 */
export type SeatingPlan =
  | { readonly infeasible: false; readonly seats: readonly (string | null)[]; readonly score: number; readonly evaluation: SeatingScore; readonly notices: readonly PlanNotice[]; readonly stats: PlanStats & { readonly exactDeskMates: boolean } }
  | { readonly infeasible: true; readonly conflicts: readonly PlanConflict[]; readonly notices: readonly PlanNotice[] };

interface Evaluator {
  (at: Int32Array): { score: number; violations: number };
}

/** A fast score and violation count of a seat assignment (same rules as scoreSeating). */
function evaluator(model: GroupModel, layout: RoomLayout): Evaluator {
  const { n } = model;
  const neighbours = seatNeighbours(layout);
  const rows = layout.seats.map((s) => s.row);
  const seatOf = new Int32Array(n);
  return (at) => {
    at.forEach((i, s) => i >= 0 && (seatOf[i] = s));
    let score = 0;
    let violations = 0;
    for (let i = 0; i < n; i++) {
      let near = 0;
      for (const { seat, weight } of neighbours[seatOf[i]!]!) {
        const j = at[seat]!;
        if (j < 0) continue;
        if (j > i) {
          score += weight * model.weight[i * n + j]!;
          if (model.apart[i * n + j]) violations++;
        }
        if (model.admissible[i * n + j]) near++;
      }
      if (near > 0 && model.admissibleOf[i]!.length > 0) score += COVERAGE_BONUS;
      if (model.mustCover[i] && near === 0) violations++;
      if (model.pupils[i]!.front && rows[seatOf[i]!]! >= FRONT_ROWS) violations++;
      if (model.lock[i]! >= 0 && seatOf[i] !== model.lock[i]) violations++;
    }
    return { score, violations };
  };
}

function seatingConflicts(model: GroupModel, layout: RoomLayout): PlanConflict[] {
  const conflicts: PlanConflict[] = [];
  const { n, pupils } = model;
  if (n > layout.seats.length) conflicts.push({ code: 'TOO_MANY_LOCKS', pupils: [], sensitive: false, message: message('CONFLICT_TOO_FEW_SEATS', { pupils: n, seats: layout.seats.length }) });
  const frontSeats = layout.seats.filter((s) => s.row < FRONT_ROWS).length;
  const front = pupils.filter((p) => p.front);
  if (front.length > frontSeats) conflicts.push({ code: 'TOO_MANY_LOCKS', pupils: front.map((p) => p.id), sensitive: false, message: message('CONFLICT_TOO_FEW_FRONT_SEATS', { pupils: front.length, seats: frontSeats }) });
  const locked = new Map<number, string[]>();
  pupils.forEach((p, i) => {
    const lock = model.lock[i]!;
    if (lock < 0) return;
    if (lock >= layout.seats.length) conflicts.push({ code: 'LOCK_CONFLICT', pupils: [p.id], sensitive: false, message: message('CONFLICT_SEAT_MISSING', { name: p.name, seat: lock + 1 }) });
    locked.set(lock, [...(locked.get(lock) ?? []), p.name]);
  });
  for (const [seat, names] of locked) {
    if (names.length > 1) conflicts.push({ code: 'LOCK_CONFLICT', pupils: [], sensitive: false, message: message('CONFLICT_SEAT_SHARED', { names, seat: seat + 1 }) });
  }
  return conflicts;
}

/** Desk index per seat and the seats of each desk. */
function desksOf(layout: RoomLayout): number[][] {
  const byDesk = new Map<string, number[]>();
  layout.seats.forEach((s, k) => byDesk.set(s.desk, [...(byDesk.get(s.desk) ?? []), k]));
  return [...byDesk.values()];
}

function initialSeating(model: GroupModel, layout: RoomLayout, rng: Rng, seed: number): { at: Int32Array; exact: boolean } {
  const desks = desksOf(layout);
  const at = new Int32Array(layout.seats.length).fill(-1);
  const frontFirst = (a: number[], b: number[]) => smallest(a.map((s) => layout.seats[s]!.row)) - smallest(b.map((s) => layout.seats[s]!.row));
  if (layout.kind === 'islands') {
    const tables = [...desks].sort(frontFirst);
    const n = model.n;
    const t = tables.length;
    const sizes = tables.map((_, k) => Math.floor(n / t) + (k < n % t ? 1 : 0)).filter((s) => s > 0);
    const plan = planGroups({ version: 1, pupils: model.pupils.map((p) => ({ ...p })), positive: pairs(model, model.positive), negative: [], separate: pairs(model, model.apart) }, { sizes, seed, maxIterations: 2000 });
    if (!plan.infeasible) {
      const groups = [...plan.groups].sort((a, b) => Number(b.some((id) => model.pupils[model.index.get(id)!]!.front)) - Number(a.some((id) => model.pupils[model.index.get(id)!]!.front)));
      groups.forEach((g, k) => g.forEach((id, s) => (at[tables[k]![s]!] = model.index.get(id)!)));
      return { at, exact: false };
    }
  }
  if ((layout.kind === 'pairs' || layout.kind === 'u-shape') && desks.every((d) => d.length === 2)) {
    const matched = deskPairs(model, desks.length);
    if (matched) {
      const front = (p: [number, number]) => p.some((i) => i >= 0 && model.pupils[i]!.front);
      const ordered = [...shuffled(rng, matched)].sort((a, b) => Number(front(b)) - Number(front(a)));
      const deskOrder = [...desks].sort(frontFirst);
      ordered.forEach(([i, j], k) => {
        at[deskOrder[k]![0]!] = i;
        at[deskOrder[k]![1]!] = j;
      });
      return { at, exact: true };
    }
  }
  const seats = shuffled(rng, [...layout.seats.keys()]);
  for (let i = 0; i < model.n; i++) at[seats[i]!] = i;
  return { at, exact: false };
}

function pairs(model: GroupModel, matrix: Uint8Array): [string, string][] {
  const out: [string, string][] = [];
  const { n } = model;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (matrix[i * n + j] && i !== j) out.push([model.pupils[i]!.id, model.pupils[j]!.id]);
  return out;
}

/**
 * A seating plan for the room `layout` that keeps every rule of docs/planning.md § Seating with the best score found,
 * or the conflicts when none can. Seeded like `planGroups`.
 */
export function planSeating(problem: PlanningProblem, layout: RoomLayout, options: Partial<PlanSeatingOptions> = {}): SeatingPlan {
  const settings = { ...DEFAULT_PLAN_SEATING_OPTIONS, ...options };
  checkPlanSize(problem.pupils.length, 'seating', settings.timeLimit);
  const model = compileGroupModel(problem);
  const conflicts = seatingConflicts(model, layout);
  const { notices } = groupConflicts(model, [2]);
  if (conflicts.length > 0) return { infeasible: true, conflicts, notices };
  const rng = createRng(settings.seed);
  const started = performance.now();
  const initial = initialSeating(model, layout, rng, settings.seed);
  const evaluate = evaluator(model, layout);
  const desks = desksOf(layout);
  let at = initial.at;
  let current = evaluate(at);
  let lambda = 10;
  let best = current.violations === 0 ? Int32Array.from(at) : null;
  let bestScore = best ? current.score : -Infinity;
  let iterations = 0;
  let seatLevel = !initial.exact;
  let exact = initial.exact;
  const value = (e: { score: number; violations: number }) => e.score - lambda * e.violations;
  const swapSeats = (x: number, y: number) => {
    const t = at[x]!;
    at[x] = at[y]!;
    at[y] = t;
  };
  const swapDesks = (p: number[], q: number[]) => p.forEach((s, k) => swapSeats(s, q[k]!));
  for (; iterations < settings.maxIterations; iterations++) {
    if ((iterations & 15) === 0 && performance.now() - started > settings.timeLimit) break;
    // Best of a sample of moves: desk swaps (keeping desk-mates) or, when needed, seat swaps.
    let bestMove: (() => void) | null = null;
    let bestValue = -Infinity;
    const tries = 60;
    for (let t = 0; t < tries; t++) {
      let move: () => void;
      if (!seatLevel) {
        const p = desks[randomInt(rng, desks.length)]!;
        const q = desks[randomInt(rng, desks.length)]!;
        if (p === q) continue;
        move = () => swapDesks(p, q);
      } else {
        const x = randomInt(rng, at.length);
        const y = randomInt(rng, at.length);
        if (x === y || (at[x]! < 0 && at[y]! < 0)) continue;
        move = () => swapSeats(x, y);
      }
      move();
      const v = value(evaluate(at));
      move();
      if (v > bestValue) {
        bestValue = v;
        bestMove = move;
      }
    }
    if (!bestMove) continue;
    if (bestValue >= value(current) - 1e-9 || rng() < 0.05) {
      bestMove();
      current = evaluate(at);
    }
    if (current.violations === 0 && current.score > bestScore) {
      bestScore = current.score;
      best = Int32Array.from(at);
    }
    if (current.violations > 0) lambda = Math.min(lambda * 1.05, 1e4);
    if (!seatLevel && iterations > settings.maxIterations / 3 && !best) {
      seatLevel = true;
      exact = false;
    }
  }
  const stats = { iterations, restarts: 0, elapsedMs: performance.now() - started, exactDeskMates: exact && best !== null };
  if (!best) {
    const attempt = scoreSeatingWithModel(model, layout, [...at].map((i) => (i >= 0 ? model.pupils[i]!.id : null)));
    return {
      infeasible: true,
      conflicts: [{ code: 'NO_PLAN_FOUND', pupils: [], sensitive: false, message: message('CONFLICT_NO_SEATING_FOUND', {}) },
        ...attempt.violations.map((v): PlanConflict => ({ code: 'NO_PLAN_FOUND', pupils: v.pupils, message: v.message, sensitive: v.sensitive }))],
      notices,
    };
  }
  const seats = [...best].map((i) => (i >= 0 ? model.pupils[i]!.id : null));
  const evaluation = scoreSeatingWithModel(model, layout, seats);
  return { infeasible: false, seats, score: evaluation.score, evaluation, notices, stats };
}
