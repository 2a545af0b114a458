/**
 * Tabu search for group assignment (Glover 1989) with strategic oscillation (Glover & Hao 2011):
 * each step makes the best non-tabu swap of two pupils or move of one pupil between groups whose sizes
 * differ by one, scored as score − λ·violations − ρ·repeated pairs; λ rises while the search is infeasible
 * and falls while it is feasible, so it can cross infeasible regions. A pupil may not return to the group it
 * left for a random tenure; a move that beats the best feasible plan is always allowed. After a long stall it
 * restarts from the best plan with a random perturbation. Locked pupils never move. Large cohorts are
 * searched by annealing instead (anneal.ts), because every step here scans all moves.
 */
import { largest } from './extent.ts';
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
  let state = new GroupState(model, start, m, largest(sizes));
  const started = performance.now();
  const movable = [...Array(n).keys()].filter((i) => model.lock[i]! < 0);
  const tabuUntil = new Int32Array(n * m);
  const change = new Float64Array(3);
  const bestChange = new Float64Array(3);
  const objective = (score: number, violations: number, repeated: number, lambda: number) => score - lambda * violations - options.rotationWeight * repeated;

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
  /** Random part of the tabu tenure: about a third of the pupils, at most 30. */
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
    // Every step weighs all n² swaps (about 0.4 s at 1,000 pupils), so the clock is read at every step.
    if (performance.now() - started >= options.timeLimit) break;
    bestMove.i = -1;
    bestMoveValue = -Infinity;
    ties = 0;
    current = objective(state.score, state.violations, state.repeated, lambda);
    for (let x = 0; x < movable.length; x++) {
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
      const restart = new GroupState(model, from, m, largest(sizes));
      for (let k = 0; k < Math.max(2, Math.floor(movable.length / 4)); k++) {
        const p = movable[randomInt(rng, movable.length)]!;
        const q = movable[randomInt(rng, movable.length)]!;
        if (restart.group[p] === restart.group[q]) continue;
        restart.delta(p, restart.group[q]!, q, change);
        restart.apply(p, restart.group[q]!, q, change);
      }
      state = restart;
      tabuUntil.fill(0);
      sinceImprovement = 0;
      restarts++;
    }
  }
  const finalGroup = best ?? leastViolated;
  const check = new GroupState(model, finalGroup, m, largest(sizes));
  return { group: finalGroup, score: check.score, violations: check.violations, repeated: best ? bestRepeated : check.repeated, iterations: iteration, restarts, elapsedMs: performance.now() - started };
}
