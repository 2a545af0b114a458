/**
 * Simulated annealing for large cohorts (Kirkpatrick, Gelatt & Vecchi 1983). Each move takes a random
 * pupil i towards the class of someone they chose and, usually, swaps them with the member of that class
 * whose ties pull hardest towards i's class (else a random member, or no one when the sizes allow a plain
 * move). A move is kept when it does not lower score − λ·violations − ρ·repeated pairs − a fixed cost for
 * breaking any rule at all, else with probability e^(Δ/T). T cools geometrically from 5 to 0.4 with the
 * run's progress (the larger of the share of steps and of time used), so the same seed and step budget give
 * the same plan on any machine; λ rises while the plan breaks rules and falls back while it meets them.
 * Locked pupils never move. Returns the best plan that meets every rule, else the least violated one. One
 * step is `sampleMoves` moves.
 */
import { createRng, randomInt } from '../random/create-rng.ts';
import type { GroupModel } from './group-model.ts';
import { GroupState } from './group-state.ts';
import type { TabuOptions, TabuResult } from './tabu-search.ts';

const START_TEMPERATURE = 5;
const END_TEMPERATURE = 0.4;
/** Share of moves towards the class of one of i's chosen pupils (else a random class). */
const TOWARDS_FRIEND = 0.8;
/** Share of swaps with the member of the target class most drawn to i's class (else a random member). */
const DRAWN_PARTNER = 0.8;
const MIN_LAMBDA = 6;
/**
 * Cost of going from a plan that meets every rule to one that breaks any: level balance is measured in
 * fractions, so λ alone would let a plan sit just outside a rule for almost nothing.
 */
const RULE_BROKEN = 4;

export function anneal(model: GroupModel, sizes: readonly number[], start: Int32Array, options: TabuOptions & { readonly sampleMoves: number }): TabuResult {
  const rng = createRng(options.seed);
  const { n } = model;
  const m = sizes.length;
  const state = new GroupState(model, start, m, Math.max(...sizes));
  const started = performance.now();
  const movable = [...Array(n).keys()].filter((i) => model.lock[i]! < 0);
  const chosen = Array.from({ length: n }, (_, i) => [...Array(n).keys()].filter((j) => j !== i && model.weight[i * n + j]! > 0));
  const members: number[][] = Array.from({ length: m }, () => []);
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[p] = members[state.group[p]!]!.push(p) - 1;
  const relocate = (p: number, from: number, to: number) => {
    const list = members[from]!;
    const last = list.pop()!;
    if (last !== p) {
      list[position[p]!] = last;
      position[last] = position[p]!;
    }
    position[p] = members[to]!.push(p) - 1;
    version[from]!++;
    version[to]!++;
  };
  /**
   * The unlocked member of b whose ties pull hardest towards a (scanned from a random place: ties at random).
   * It depends only on who is in a and b, so it is kept per pair of classes until either changes.
   */
  const version = new Int32Array(m);
  const cached = new Int32Array(m * m).fill(-1);
  const cachedAt = new Int32Array(m * m * 2).fill(-1);
  const drawnTo = (a: number, b: number) => {
    const key = a * m + b;
    if (cachedAt[2 * key] === version[a] && cachedAt[2 * key + 1] === version[b]) return cached[key]!;
    const inB = members[b]!;
    const size = inB.length;
    let x = randomInt(rng, size);
    let partner = -1;
    let most = -Infinity;
    for (let left = size; left > 0; left--, x = x + 1 === size ? 0 : x + 1) {
      const k = inB[x]!;
      if (model.lock[k]! >= 0) continue;
      const pull = state.pull(k, a) - state.pull(k, b);
      if (pull > most) {
        most = pull;
        partner = k;
      }
    }
    cached[key] = partner;
    cachedAt[2 * key] = version[a]!;
    cachedAt[2 * key + 1] = version[b]!;
    return partner;
  };
  const change = new Float64Array(3);
  const rho = options.rotationWeight;
  const totalMoves = options.maxIterations * options.sampleMoves;
  let lambda = MIN_LAMBDA;
  let temperature = START_TEMPERATURE;
  let best = state.violations < 1e-9 ? Int32Array.from(state.group) : null;
  let bestValue = best ? state.score - rho * state.repeated : -Infinity;
  let leastViolations = state.violations;
  let leastViolated = Int32Array.from(state.group);
  let infeasibleChecks = 0;
  let moves = 0;
  for (; ; moves++) {
    if ((moves & 1023) === 0) {
      const progress = Math.max(moves / totalMoves, (performance.now() - started) / options.timeLimit);
      if (progress >= 1 || (options.target !== undefined && bestValue >= options.target - 1e-9)) break;
      temperature = START_TEMPERATURE * Math.pow(END_TEMPERATURE / START_TEMPERATURE, progress);
      if (state.violations < 1e-9) {
        infeasibleChecks = 0;
        lambda = Math.max(lambda / 1.1, MIN_LAMBDA);
      } else if (++infeasibleChecks % 4 === 0) lambda = Math.min(lambda * 1.5, 1e4);
    }
    const i = movable[randomInt(rng, movable.length)]!;
    const a = state.group[i]!;
    const friends = chosen[i]!;
    const b = friends.length > 0 && rng() < TOWARDS_FRIEND ? state.group[friends[randomInt(rng, friends.length)]!]! : randomInt(rng, m);
    if (b === a) continue;
    let j = -1;
    if (state.size[b] !== state.size[a]! - 1 || rng() < 0.5) {
      j = rng() < DRAWN_PARTNER ? drawnTo(a, b) : members[b]![randomInt(rng, members[b]!.length)]!;
      if (j < 0 || model.lock[j]! >= 0) continue;
    }
    // Metropolis with one draw u: a plan that meets every rule can only gain the score part, so a move whose
    // score part already fails u is rejected without weighing the rules.
    const u = rng();
    const feasible = state.violations < 1e-9;
    const scorePart = state.scoreDelta(i, b, j);
    if (feasible && rho === 0 && scorePart < 0 && u >= Math.exp(scorePart / temperature)) continue;
    state.delta(i, b, j, change, scorePart);
    const broken = (state.violations + change[1]! > 1e-9 ? 1 : 0) - (feasible ? 0 : 1);
    const gain = change[0]! - lambda * change[1]! - rho * change[2]! - RULE_BROKEN * broken;
    if (gain < 0 && u >= Math.exp(gain / temperature)) continue;
    state.apply(i, b, j, change);
    relocate(i, a, b);
    if (j >= 0) relocate(j, b, a);
    if (state.violations < 1e-9) {
      const value = state.score - rho * state.repeated;
      if (value > bestValue + 1e-9) {
        bestValue = value;
        best = Int32Array.from(state.group);
        options.onImprove?.(performance.now() - started, state.score);
      }
    } else if (state.violations < leastViolations) {
      leastViolations = state.violations;
      leastViolated = Int32Array.from(state.group);
    }
  }
  const finalGroup = best ?? leastViolated;
  const check = new GroupState(model, finalGroup, m, Math.max(...sizes));
  return { group: finalGroup, score: check.score, violations: check.violations, repeated: check.repeated, iterations: Math.floor(moves / options.sampleMoves), restarts: 0, elapsedMs: performance.now() - started };
}
