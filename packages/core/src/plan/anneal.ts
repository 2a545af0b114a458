/**
 * Simulated annealing for large cohorts (Kirkpatrick, Gelatt & Vecchi 1983). Each move takes a random
 * pupil i towards the class of someone they chose and, usually, swaps them with the member of that class
 * whose ties pull hardest towards i's class (else a random member, or no one when the sizes allow a plain
 * move). Given blocks of pupils (best-division.ts: the pieces of the best division of the cohort by score
 * alone), one move in a hundred swaps a whole block instead: the pupils of i's class in i's block go to
 * another class and whole blocks of the same size come back — a step single swaps could only make through
 * many worse plans. A move is kept when it does not
 * lower score − λ·violations − ρ·repeated pairs − a fixed cost for breaking any rule at all, else with
 * probability e^(Δ/T). T cools geometrically from 5 to 0.4 with the run's progress (the larger of the share
 * of steps and of time used), so the same seed and step budget give the same plan on any machine; λ rises
 * while the plan breaks rules and falls back while it meets them. Locked pupils never move. Returns the best
 * plan that meets every rule, else the least violated one. From 30 % of the run on, every 5 % of it, a search
 * that has drifted below the best plan goes back to it. One step is `sampleMoves` moves.
 */
import { largest } from './extent.ts';
import { createRng, randomInt } from '../random/create-rng.ts';
import { blocksOfSize } from './blocks-of-size.ts';
import type { GroupModel } from './group-model.ts';
import { GroupState } from './group-state.ts';
import { COVERAGE_BONUS } from './score-groups.ts';
import type { TabuOptions, TabuResult } from './tabu-search.ts';

const START_TEMPERATURE = 5;
const END_TEMPERATURE = 0.4;
/** Share of moves towards the class of one of i's chosen pupils (else a random class). */
const TOWARDS_FRIEND = 0.8;
/** Share of swaps with the member of the target class most drawn to i's class (else a random member). */
const DRAWN_PARTNER = 0.8;
/** Share of moves that swap a whole block, and of those, the share towards the class of someone a member chose. */
const BLOCK_SWAP = 0.01;
const BLOCK_TOWARDS_FRIEND = 0.9;
/** λ, the points each violation costs, never falls below this. */
const MIN_LAMBDA = 12;
/**
 * Cost of going from a plan that meets every rule to one that breaks any: level balance is measured in
 * fractions, so λ alone would let a plan sit just outside a rule for almost nothing.
 */
const RULE_BROKEN = 4;
/**
 * From this share of the run on, at every further RETURN_EVERY of it, a search that has drifted below the best
 * plan (or into breaking rules) goes back to that plan, so the cooler part of the run searches around the best
 * plan so far.
 */
const RETURN_FROM = 0.3;
const RETURN_EVERY = 0.05;

export interface AnnealOptions extends TabuOptions {
  /** Moves per step. */
  readonly sampleMoves: number;
  /** A block number per pupil (bestDivision); without it, no block swaps. */
  readonly blocks?: Int32Array;
}

export function anneal(model: GroupModel, sizes: readonly number[], start: Int32Array, options: AnnealOptions): TabuResult {
  const rng = createRng(options.seed);
  const { n } = model;
  const m = sizes.length;
  const maxSize = largest(sizes);
  let state = new GroupState(model, start, m, maxSize);
  const started = performance.now();
  const movable = [...Array(n).keys()].filter((i) => model.lock[i]! < 0);
  const chosen = Array.from({ length: n }, (_, i) => [...Array(n).keys()].filter((j) => j !== i && model.weight[i * n + j]! > 0));
  const members: number[][] = Array.from({ length: m }, () => []);
  const position = new Int32Array(n);
  const placeMembers = () => {
    for (const list of members) list.length = 0;
    for (let p = 0; p < n; p++) position[p] = members[state.group[p]!]!.push(p) - 1;
  };
  placeMembers();
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
  /** What the search keeps the best of: the plan's score less ρ per repeated pair. */
  const value = () => state.score - rho * state.repeated;
  let bestValue = best ? value() : -Infinity;
  let leastViolations = state.violations;
  let leastViolated = Int32Array.from(state.group);
  let infeasibleChecks = 0;
  let nextReturn = RETURN_FROM;
  const returnTo = (group: Int32Array) => {
    state = new GroupState(model, group, m, maxSize);
    placeMembers();
    for (let c = 0; c < m; c++) version[c]!++;
    lambda = MIN_LAMBDA;
    infeasibleChecks = 0;
  };
  let moves = 0;
  /** Applies the move `delta` has just put in `change`. */
  const swap = (i: number, b: number, j: number) => {
    const a = state.group[i]!;
    state.apply(i, b, j, change);
    relocate(i, a, b);
    if (j >= 0) relocate(j, b, a);
  };
  const keepIfBest = () => {
    if (state.violations < 1e-9) {
      const now = value();
      if (now > bestValue + 1e-9) {
        bestValue = now;
        best = Int32Array.from(state.group);
        options.onImprove?.(performance.now() - started, state.score);
      }
    } else if (state.violations < leastViolations) {
      leastViolations = state.violations;
      leastViolated = Int32Array.from(state.group);
    }
  };
  /** 1 when a move adding `violations` breaks a rule in a plan that met them all, −1 when it mends the last. */
  const broken = (feasible: boolean, violations: number) => (state.violations + violations > 1e-9 ? 1 : 0) - (feasible ? 0 : 1);
  /** A move's worth to the search: its score change less λ per added violation, ρ per repeated pair and any rule broken. */
  const weigh = (score: number, violations: number, repeated: number, feasible: boolean) => score - lambda * violations - rho * repeated - RULE_BROKEN * broken(feasible, violations);
  const locked = (p: number) => model.lock[p]! >= 0;
  /** Swaps i's block in its class with whole blocks of the same size from another class, kept as one move. */
  const swapBlock = (blockOf: Int32Array) => {
    const i = movable[randomInt(rng, movable.length)]!;
    const a = state.group[i]!;
    const block = members[a]!.filter((p) => blockOf[p] === blockOf[i]);
    if (block.some(locked)) return;
    let b = a;
    if (rng() < BLOCK_TOWARDS_FRIEND) {
      const friends = chosen[block[randomInt(rng, block.length)]!]!;
      for (let tries = 0; tries < 3 && friends.length > 0 && b === a; tries++) b = state.group[friends[randomInt(rng, friends.length)]!]!;
    }
    if (b === a) b = randomInt(rng, m);
    if (b === a) return;
    const back = blocksOfSize(members[b]!, blockOf, block.length, (p) => locked(p) || blockOf[p] === blockOf[i], randomInt(rng, 4096), (others) => balanceDistance(model, block, others));
    if (!back) return;
    // Weighed before it is made: most block swaps are turned down, and only those taken are applied.
    state.blockDelta(block, b, back, change);
    const gain = weigh(change[0]!, change[1]!, change[2]!, state.violations < 1e-9);
    if (gain < 0 && rng() >= Math.exp(gain / temperature)) return;
    for (let h = 0; h < block.length; h++) {
      state.delta(block[h]!, b, back[h]!, change);
      swap(block[h]!, b, back[h]!);
    }
    keepIfBest();
  };
  for (; ; moves++) {
    if ((moves & 1023) === 0) {
      const progress = Math.max(moves / totalMoves, (performance.now() - started) / options.timeLimit);
      if (progress >= 1 || (options.target !== undefined && bestValue >= options.target - 1e-9)) break;
      if (progress >= nextReturn) {
        while (nextReturn <= progress) nextReturn += RETURN_EVERY;
        if (best && (state.violations > 1e-9 || value() < bestValue - 1e-9)) returnTo(best);
      }
      temperature = START_TEMPERATURE * Math.pow(END_TEMPERATURE / START_TEMPERATURE, progress);
      if (state.violations < 1e-9) {
        infeasibleChecks = 0;
        lambda = Math.max(lambda / 1.1, MIN_LAMBDA);
      } else if (++infeasibleChecks % 4 === 0) lambda = Math.min(lambda * 1.5, 1e4);
    }
    if (options.blocks && rng() < BLOCK_SWAP) {
      swapBlock(options.blocks);
      continue;
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
    // Metropolis with one draw u, against ever tighter bounds on the move's value: its pair part plus the most
    // coverage could add and the most rules it could mend (all that are broken, rho = 0); then with the rules
    // weighed too. A move whose bound already fails u is turned down with no more work.
    const u = rng();
    const feasible = state.violations < 1e-9;
    const covers = state.coverageGainBound(i, j);
    if (rho === 0) {
      const mended = feasible ? 0 : lambda * state.violations + RULE_BROKEN;
      const most = state.pairDelta(i, b, j) + COVERAGE_BONUS * covers + mended + 1e-9;
      if (most < 0 && u >= Math.exp(most / temperature)) continue;
    }
    state.deltaBeforeCoverage(i, b, j, change);
    const fewestViolations = change[1]! - state.mustCoverGainBound(i, j);
    const most = weigh(change[0]! + COVERAGE_BONUS * covers, fewestViolations, change[2]!, feasible);
    if (most < 0 && u >= Math.exp(most / temperature)) continue;
    state.addCoverageDelta(i, b, j, change);
    const gain = weigh(change[0]!, change[1]!, change[2]!, feasible);
    if (gain < 0 && u >= Math.exp(gain / temperature)) continue;
    swap(i, b, j);
    keepIfBest();
  }
  const finalGroup = best ?? leastViolated;
  const check = new GroupState(model, finalGroup, m, maxSize);
  return { group: finalGroup, score: check.score, violations: check.violations, repeated: check.repeated, iterations: Math.floor(moves / options.sampleMoves), restarts: 0, elapsedMs: performance.now() - started };
}

/**
 * How far two sets of pupils are apart on the balance rules: half the summed differences in each gender's
 * count, half the difference in level sums, and the differences in support and powerful pupils. Block swaps
 * take back the fitting blocks nearest to the block sent, so that fewer of them break a balance rule.
 */
function balanceDistance(model: GroupModel, one: readonly number[], other: readonly number[]): number {
  const G = model.genders.length;
  const genders = new Int32Array(Math.max(G, 1));
  let level = 0;
  let support = 0;
  let powerful = 0;
  for (const [list, sign] of [[one, 1], [other, -1]] as const) {
    for (const p of list) {
      if (model.genderOf[p]! >= 0) genders[model.genderOf[p]!]! += sign;
      if (!Number.isNaN(model.level[p]!)) level += sign * model.level[p]!;
      if (model.pupils[p]!.support) support += sign;
      if (model.pupils[p]!.powerful) powerful += sign;
    }
  }
  let distance = Math.abs(level) / 2 + Math.abs(support) + Math.abs(powerful);
  for (let g = 0; g < G; g++) distance += Math.abs(genders[g]!) / 2;
  return distance;
}
