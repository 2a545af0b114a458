/**
 * Tabu search for group assignment (Glover 1989) with strategic oscillation (Glover & Hao 2011):
 * each step makes the best non-tabu swap of two pupils or move of one pupil between groups whose sizes
 * differ by one, scored as score − λ·violations − ρ·repeated pairs; λ rises while the search is infeasible
 * and falls while it is feasible, so it can cross infeasible regions. A pupil may not return to the group it
 * left for a random tenure; a move that beats the best feasible plan is always allowed. After a long stall it
 * restarts from the best plan with a random perturbation. Locked pupils never move. Large cohorts search a
 * sampled candidate list instead of every move: half the samples start from a pupil whose ties pull them
 * towards another group, most move a pupil towards a group where they have a tie.
 */
import { createRng, randomInt, type Rng } from '../random/create-rng.ts';
import type { GroupModel } from './group-model.ts';
import { GroupState } from './group-state.ts';

export interface TabuOptions {
  readonly seed: number;
  /** Stop after this many milliseconds … */
  readonly timeLimit: number;
  /** … or this many steps, whichever comes first (steps make a run reproducible on any machine). */
  readonly maxIterations: number;
  /** Weight of each pair from the previous plan that shares a group again (rotation; 0 = off). */
  readonly rotationWeight: number;
  /** Evaluate at most this many random moves per step when the full neighbourhood is larger (large cohorts). */
  readonly sampleMoves?: number;
  /** Stop early once this score is reached feasibly (benchmarks: time to optimum). */
  readonly target?: number;
  /** Called when a new best feasible plan is found (ms since start, score). */
  readonly onImprove?: (elapsedMs: number, score: number) => void;
}

export interface TabuResult {
  readonly group: Int32Array;
  readonly score: number;
  readonly violations: number;
  readonly repeated: number;
  readonly iterations: number;
  readonly restarts: number;
  readonly elapsedMs: number;
}

/** A random start: lock groups first, then everyone else in random order into the free places. */
export function randomAssignment(model: GroupModel, sizes: readonly number[], rng: Rng): Int32Array {
  const group = new Int32Array(model.n).fill(-1);
  const free = [...sizes];
  const lockGroup = new Map<number, number>();
  for (let i = 0; i < model.n; i++) {
    const lock = model.lock[i]!;
    if (lock < 0) continue;
    if (!lockGroup.has(lock)) lockGroup.set(lock, lockGroup.size % sizes.length);
    const g = lockGroup.get(lock)!;
    group[i] = g;
    free[g]!--;
  }
  const rest = [...Array(model.n).keys()].filter((i) => group[i] === -1);
  for (let k = rest.length - 1; k > 0; k--) {
    const r = randomInt(rng, k + 1);
    [rest[k], rest[r]] = [rest[r]!, rest[k]!];
  }
  let g = 0;
  for (const i of rest) {
    while (free[g]! <= 0) g = (g + 1) % sizes.length;
    group[i] = g;
    free[g]!--;
  }
  return group;
}

export function tabuSearch(model: GroupModel, sizes: readonly number[], start: Int32Array, options: TabuOptions): TabuResult {
  const rng = createRng(options.seed);
  const { n } = model;
  const m = sizes.length;
  let state = new GroupState(model, start, m, Math.max(...sizes));
  const started = performance.now();
  const movable = [...Array(n).keys()].filter((i) => model.lock[i]! < 0);
  /** Pupils each pupil has a positive or negative tie with (guides sampled moves in large cohorts). */
  const linked = Array.from({ length: n }, (_, i) => [...Array(n).keys()].filter((j) => j !== i && (model.weight[i * n + j] !== 0 || model.apart[i * n + j] !== 0)));
  const tabuUntil = new Int32Array(n * m);
  /** Sampled neighbourhoods: pupils with stronger ties to another group than to their own, this step. */
  const improvable: number[] = [];
  /** Sampled neighbourhoods: the members of each group and each pupil's index there, kept up to date. */
  const members: number[][] = Array.from({ length: m }, () => []);
  const position = new Int32Array(n);
  const indexMembers = () => {
    for (const list of members) list.length = 0;
    for (let p = 0; p < n; p++) position[p] = members[state.group[p]!]!.push(p) - 1;
  };
  const leave = (p: number, g: number) => {
    const list = members[g]!;
    const last = list.pop()!;
    if (last !== p) {
      list[position[p]!] = last;
      position[last] = position[p]!;
    }
  };
  const join = (p: number, g: number) => {
    position[p] = members[g]!.push(p) - 1;
  };
  const change = new Float64Array(3);
  const bestChange = new Float64Array(3);
  const objective = (score: number, violations: number, repeated: number, lambda: number) => score - lambda * violations - options.rotationWeight * repeated;

  const sampled = options.sampleMoves !== undefined && (movable.length * movable.length) / 2 > options.sampleMoves;
  if (sampled) indexMembers();
  let lambda = 8;
  let best = state.violations === 0 ? Int32Array.from(state.group) : null;
  let bestValue = best ? state.score - options.rotationWeight * state.repeated : -Infinity;
  let bestScore = best ? state.score : -Infinity;
  let bestRepeated = state.repeated;
  let leastViolations = state.violations;
  let leastViolated = Int32Array.from(state.group);
  let sinceImprovement = 0;
  let feasibleStreak = 0;
  let infeasibleStreak = 0;
  let restarts = 0;
  let iteration = 0;
  const stall = 200 + 20 * n;
  /** Random part of the tabu tenure: about a third of the class, at most 30 for large cohorts. */
  const tenure = Math.min(30, Math.max(4, Math.floor(n / 3)));
  const reached = () => options.target !== undefined && best !== null && bestScore >= options.target - 1e-9;

  const bestMove = { i: -1, b: -1, j: -1 };
  let bestMoveValue = -Infinity;
  let ties = 0;
  let current = 0;
  const consider = (i: number, b: number, j: number) => {
    state.delta(i, b, j, change);
    const value = objective(state.score + change[0]!, state.violations + change[1]!, state.repeated + change[2]!, lambda) - current;
    const tabu = tabuUntil[i * m + b]! > iteration || (j >= 0 && tabuUntil[j * m + state.group[i]!]! > iteration);
    const feasibleAfter = state.violations + change[1]! < 1e-9;
    const aspiration = feasibleAfter && state.score + change[0]! - options.rotationWeight * (state.repeated + change[2]!) > bestValue + 1e-9;
    if (tabu && !aspiration) return;
    if (value > bestMoveValue + 1e-9) {
      bestMoveValue = value;
      bestMove.i = i;
      bestMove.b = b;
      bestMove.j = j;
      bestChange.set(change);
      ties = 1;
    } else if (Math.abs(value - bestMoveValue) <= 1e-9 && randomInt(rng, ++ties) === 0) {
      bestMove.i = i;
      bestMove.b = b;
      bestMove.j = j;
      bestChange.set(change);
    }
  };
  for (; iteration < options.maxIterations && !reached(); iteration++) {
    if ((iteration & 31) === 0 && performance.now() - started >= options.timeLimit) break;
    bestMove.i = -1;
    bestMoveValue = -Infinity;
    ties = 0;
    current = objective(state.score, state.violations, state.repeated, lambda);
    if (sampled) {
      // Candidate list: half the moves start from a pupil who has stronger ties in another group than in
      // their own; moves go mostly towards a group where the pupil has a tie, else any group.
      improvable.length = 0;
      for (const i of movable) {
        const own = state.pull(i, state.group[i]!);
        for (let h = 0; h < m; h++) {
          if (state.pull(i, h) > own) {
            improvable.push(i);
            break;
          }
        }
      }
      for (let t = 0; t < options.sampleMoves!; t++) {
        const i = improvable.length > 0 && rng() < 0.5 ? improvable[randomInt(rng, improvable.length)]! : movable[randomInt(rng, movable.length)]!;
        const a = state.group[i]!;
        const ties = linked[i]!;
        const b = ties.length > 0 && rng() < 0.8 ? state.group[ties[randomInt(rng, ties.length)]!]! : randomInt(rng, m);
        if (b === a) continue;
        if (state.size[b] === state.size[a]! - 1) consider(i, b, -1);
        const inB = members[b]!;
        const j = inB.length > 0 ? inB[randomInt(rng, inB.length)]! : -1;
        if (j >= 0 && model.lock[j]! < 0) consider(i, b, j);
      }
    } else for (let x = 0; x < movable.length; x++) {
      const i = movable[x]!;
      const a = state.group[i]!;
      for (let y = x + 1; y < movable.length; y++) {
        const j = movable[y]!;
        if (state.group[j] !== a) consider(i, state.group[j]!, j);
      }
      for (let b = 0; b < m; b++) if (b !== a && state.size[b] === state.size[a]! - 1) consider(i, b, -1);
    }
    if (bestMove.i < 0) break;
    const { i, b, j } = bestMove;
    const a = state.group[i]!;
    state.apply(i, b, j, bestChange);
    if (sampled) {
      leave(i, a);
      join(i, b);
      if (j >= 0) {
        leave(j, b);
        join(j, a);
      }
    }
    tabuUntil[i * m + a] = iteration + 4 + randomInt(rng, tenure);
    if (j >= 0) tabuUntil[j * m + b] = iteration + 4 + randomInt(rng, tenure);

    if (state.violations < 1e-9) {
      feasibleStreak++;
      infeasibleStreak = 0;
      const value = state.score - options.rotationWeight * state.repeated;
      if (value > bestValue + 1e-9) {
        bestValue = value;
        bestScore = state.score;
        bestRepeated = state.repeated;
        best = Int32Array.from(state.group);
        sinceImprovement = 0;
        options.onImprove?.(performance.now() - started, state.score);
      } else sinceImprovement++;
    } else {
      infeasibleStreak++;
      feasibleStreak = 0;
      sinceImprovement++;
      if (state.violations < leastViolations) {
        leastViolations = state.violations;
        leastViolated = Int32Array.from(state.group);
      }
    }
    if (infeasibleStreak > 0 && infeasibleStreak % 8 === 0) lambda = Math.min(lambda * 1.5, 1e4);
    if (feasibleStreak > 0 && feasibleStreak % 8 === 0) lambda = Math.max(lambda / 1.5, 0.5);
    if (sinceImprovement > stall) {
      // Restart from the best plan (or the least violated) with a random shake.
      const from = best ?? leastViolated;
      const restart = new GroupState(model, from, m, Math.max(...sizes));
      for (let k = 0; k < Math.max(2, Math.floor(movable.length / 4)); k++) {
        const p = movable[randomInt(rng, movable.length)]!;
        const q = movable[randomInt(rng, movable.length)]!;
        if (restart.group[p] === restart.group[q]) continue;
        restart.delta(p, restart.group[q]!, q, change);
        restart.apply(p, restart.group[q]!, q, change);
      }
      state = restart;
      if (sampled) indexMembers();
      tabuUntil.fill(0);
      sinceImprovement = 0;
      restarts++;
    }
  }
  const finalGroup = best ?? leastViolated;
  const check = new GroupState(model, finalGroup, m, Math.max(...sizes));
  return { group: finalGroup, score: check.score, violations: check.violations, repeated: best ? bestRepeated : check.repeated, iterations: iteration, restarts, elapsedMs: performance.now() - started };
}
