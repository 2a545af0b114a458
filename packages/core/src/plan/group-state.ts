/**
 * Incremental state of a group assignment for local search: per pupil and group, the summed pair weight,
 * apart partners, together partners, admissible nominees and previous partners in that group; per group
 * the counts behind the balance rules. Every move's effect on score and violations is computed from these
 * in O(1) plus the pupils whose coverage it touches (planning.md: the default score and hard rules).
 */
import { genderBounds, groupCaps, levelTolerance, type GroupModel } from './group-model.ts';
import { COVERAGE_BONUS } from './score-groups.ts';
import { UncoveredCounts } from './uncovered-counts.ts';

export interface Evaluation {
  /** The default score (pairs + coverage). */
  readonly score: number;
  /** Weighted count of hard-rule violations. */
  readonly violations: number;
  /** Previous pairs together again (rotation). */
  readonly repeated: number;
}

const tiesCache = new WeakMap<GroupModel, readonly Int32Array[]>();

/** Per pupil i, the other pupils x with a weight, apart, together, admissible or previous entry at (x, i). */
function tiesOf(model: GroupModel): readonly Int32Array[] {
  let ties = tiesCache.get(model);
  if (ties) return ties;
  const { n, weight, apart, together, admissible, previous } = model;
  ties = Array.from({ length: n }, (_, i) => {
    const list: number[] = [];
    for (let x = 0; x < n; x++) {
      const row = x * n + i;
      if (x !== i && (weight[row] !== 0 || apart[row] || together[row] || admissible[row] || previous[row])) list.push(x);
    }
    return Int32Array.from(list);
  });
  tiesCache.set(model, ties);
  return ties;
}

export class GroupState {
  readonly model: GroupModel;
  readonly m: number;
  readonly group: Int32Array;
  readonly size: Int32Array;
  private readonly W: Float64Array;
  private readonly AP: Int32Array;
  private readonly TG: Int32Array;
  private readonly NA: Int32Array;
  private readonly PR: Int32Array;
  private readonly GC: Int32Array;
  private readonly SC: Int32Array;
  private readonly PC: Int32Array;
  /** Classes: level sum and count of pupils with a level per group; previous-class counts per group. */
  private readonly LS: Float64Array;
  private readonly LN: Int32Array;
  private readonly PCC: Int32Array;
  private readonly classes: boolean;
  private readonly tolerance: number;
  /** Classes with levels given: the level rule applies; the mean level. */
  private readonly levelRule: boolean;
  private readonly levelMean: number;
  private readonly lo: Int32Array[];
  private readonly hi: Int32Array[];
  readonly supportCap: number;
  readonly powerfulCap: number;
  private readonly stamp: Int32Array;
  /** Per pupil i, the pupils x with any pair entry (x, i): the only rows a move of i changes. */
  private readonly tied: readonly Int32Array[];
  private stampValue = 0;
  /** Per pupil, 1 for a support (powerful) pupil. */
  private readonly supportOf: Uint8Array;
  private readonly powerfulOf: Uint8Array;
  /** Bounds on the cover a move can add (uncovered-counts.ts). */
  private readonly uncovered: UncoveredCounts;
  /** Whether pupil k has an admissible nominee in their group. */
  private readonly isCovered = (k: number): boolean => this.NA[k * this.m + this.group[k]!]! > 0;
  score = 0;
  violations = 0;
  repeated = 0;

  constructor(model: GroupModel, group: Int32Array, m: number, maxSize: number) {
    const { n } = model;
    this.model = model;
    this.m = m;
    this.group = Int32Array.from(group);
    this.size = new Int32Array(m);
    this.W = new Float64Array(n * m);
    this.AP = new Int32Array(n * m);
    this.TG = new Int32Array(n * m);
    this.NA = new Int32Array(n * m);
    this.PR = new Int32Array(n * m);
    const G = model.genders.length;
    this.GC = new Int32Array(m * Math.max(G, 1));
    this.SC = new Int32Array(m);
    this.PC = new Int32Array(m);
    this.lo = [];
    this.hi = [];
    for (let s = 0; s <= maxSize + 1; s++) {
      const b = genderBounds(model, s, m);
      this.lo.push(Int32Array.from(b.lo));
      this.hi.push(Int32Array.from(b.hi));
    }
    const caps = groupCaps(model, m);
    this.supportCap = caps.support;
    this.powerfulCap = caps.powerful;
    this.classes = model.profile === 'classes';
    this.tolerance = levelTolerance(model, m);
    this.levelMean = model.levelMean;
    this.levelRule = this.classes && model.levelMean !== 0;
    this.LS = new Float64Array(m);
    this.LN = new Int32Array(m);
    this.PCC = new Int32Array(m * Math.max(model.previousClasses.length, 1));
    this.stamp = new Int32Array(n);
    this.seenStamp = new Int32Array(n);
    this.previousMoves = new Int32Array(Math.max(model.previousClasses.length, 1));
    this.tied = tiesOf(model);
    this.supportOf = Uint8Array.from(model.pupils, (p) => (p.support ? 1 : 0));
    this.powerfulOf = Uint8Array.from(model.pupils, (p) => (p.powerful ? 1 : 0));
    for (let i = 0; i < n; i++) this.addPupil(i, this.group[i]!);
    this.uncovered = new UncoveredCounts(model, this.isCovered);
    this.recompute();
  }

  private addPupil(i: number, g: number, sign = 1): void {
    const { n, weight, apart, together, admissible, previous, genderOf } = this.model;
    const m = this.m;
    const tied = this.tied[i]!;
    for (let t = 0; t < tied.length; t++) {
      const x = tied[t]!;
      const row = x * n + i;
      this.W[x * m + g]! += sign * weight[row]!;
      if (apart[row]) this.AP[x * m + g]! += sign;
      if (together[row]) this.TG[x * m + g]! += sign;
      if (admissible[row]) this.NA[x * m + g]! += sign;
      if (previous[row]) this.PR[x * m + g]! += sign;
    }
    this.size[g]! += sign;
    const G = this.model.genders.length;
    if (genderOf[i]! >= 0) this.GC[g * G + genderOf[i]!]! += sign;
    this.SC[g]! += sign * this.supportOf[i]!;
    this.PC[g]! += sign * this.powerfulOf[i]!;
    const level = this.model.level[i]!;
    if (!Number.isNaN(level)) {
      this.LS[g]! += sign * level;
      this.LN[g]! += sign;
    }
    const earlierClass = this.model.previousClassOf[i]!;
    if (earlierClass >= 0) this.PCC[g * this.model.previousClasses.length + earlierClass]! += sign;
  }

  /** Classes: how far group g's level sum is outside its tolerance. */
  private levelExcess(g: number, sumDelta: number, countDelta: number): number {
    if (!this.levelRule) return 0;
    return Math.max(0, Math.abs(this.LS[g]! + sumDelta - this.levelMean * (this.LN[g]! + countDelta)) - this.tolerance);
  }

  /** Classes: pupils over the cap from previous class c in group g. */
  private previousExcess(g: number, c: number, delta = 0): number {
    const cap = this.model.previousClassCap;
    if (!this.classes || cap <= 0 || c < 0) return 0;
    return Math.max(0, this.PCC[g * this.model.previousClasses.length + c]! + delta - cap);
  }

  /** Classes: change in the excess over the previous-class cap when d pupils from previous class c go from group a to b. */
  private previousChange(a: number, b: number, c: number, d: number): number {
    return this.previousExcess(a, c, -d) - this.previousExcess(a, c) + this.previousExcess(b, c, d) - this.previousExcess(b, c);
  }

  /**
   * `change` plus the change in the support/powerful cap excess and (classes) level excess of groups a and b
   * when, net, `support` support pupils, `powerful` powerful pupils and `levelCount` pupils with levels
   * summing to `levelSum` go from a to b.
   */
  private addCapsAndLevel(change: number, a: number, b: number, support: number, powerful: number, levelSum: number, levelCount: number): number {
    if (support !== 0 || powerful !== 0) {
      change += this.capExcess(this.SC[a]! - support, this.PC[a]! - powerful) - this.capExcess(this.SC[a]!, this.PC[a]!);
      change += this.capExcess(this.SC[b]! + support, this.PC[b]! + powerful) - this.capExcess(this.SC[b]!, this.PC[b]!);
    }
    if (this.levelRule && (levelSum !== 0 || levelCount !== 0)) {
      change += this.levelExcess(a, -levelSum, -levelCount) - this.levelExcess(a, 0, 0) + this.levelExcess(b, levelSum, levelCount) - this.levelExcess(b, 0, 0);
    }
    return change;
  }

  /** Full recomputation of score and violations from the incremental tables. */
  recompute(): Evaluation {
    const { n, admissibleOf, mustCover } = this.model;
    const m = this.m;
    let pairs = 0;
    let apartPairs = 0;
    let togetherSame = 0;
    let togetherTotal = 0;
    let covered = 0;
    let uncovered = 0;
    let repeated = 0;
    for (let i = 0; i < n; i++) {
      const g = this.group[i]!;
      pairs += this.W[i * m + g]!;
      apartPairs += this.AP[i * m + g]!;
      togetherSame += this.TG[i * m + g]!;
      repeated += this.PR[i * m + g]!;
      for (let h = 0; h < m; h++) togetherTotal += this.TG[i * m + h]!;
      const has = this.isCovered(i);
      if (admissibleOf[i]!.length > 0 && has) covered++;
      if (mustCover[i] && !has) uncovered++;
    }
    let balance = 0;
    for (let g = 0; g < m; g++) {
      balance += this.balanceExcess(g, this.size[g]!) + this.capExcess(this.SC[g]!, this.PC[g]!) + this.levelExcess(g, 0, 0);
      for (let c = 0; c < this.model.previousClasses.length; c++) balance += this.previousExcess(g, c);
    }
    this.score = pairs / 2 + COVERAGE_BONUS * covered;
    this.violations = apartPairs / 2 + (togetherTotal - togetherSame) / 2 + balance + uncovered;
    this.repeated = repeated / 2;
    return { score: this.score, violations: this.violations, repeated: this.repeated };
  }

  private excess(count: number, lo: number, hi: number): number {
    return count > hi ? count - hi : count < lo ? lo - count : 0;
  }

  /** Gender, support and powerful excess of group g if it had the given size. */
  private balanceExcess(g: number, size: number, genderDelta?: Int32Array): number {
    const G = this.model.genders.length;
    let total = 0;
    for (let k = 0; k < G; k++) total += this.excess(this.GC[g * G + k]! + (genderDelta ? genderDelta[k]! : 0), this.lo[size]![k]!, this.hi[size]![k]!);
    return total;
  }

  /**
   * Change in group g's gender excess when its size goes from `size` to `newSize`, one pupil of gender gi
   * joins (sign 1) or leaves (sign −1) and one of gender gj does the opposite (−1: no one).
   */
  private genderChange(g: number, size: number, newSize: number, gi: number, gj: number, sign: number): number {
    const G = this.model.genders.length;
    const lo = this.lo[size]!;
    const hi = this.hi[size]!;
    const newLo = this.lo[newSize]!;
    const newHi = this.hi[newSize]!;
    let change = 0;
    for (let k = 0; k < G; k++) {
      const count = this.GC[g * G + k]!;
      const newCount = count + (k === gi ? sign : 0) - (k === gj ? sign : 0);
      change += this.excess(newCount, newLo[k]!, newHi[k]!) - this.excess(count, lo[k]!, hi[k]!);
    }
    return change;
  }

  private capExcess(support: number, powerful: number): number {
    return Math.max(0, support - this.supportCap) + Math.max(0, powerful - this.powerfulCap);
  }

  private readonly deltaA = new Int32Array(64);
  private readonly deltaB = new Int32Array(64);

  /**
   * Effect of moving pupil i to group b and (when j ≥ 0) pupil j from b to i's group.
   * Returns [Δscore, Δviolations, Δrepeated] in `out`.
   */
  delta(i: number, b: number, j: number, out: Float64Array): void {
    this.deltaBeforeCoverage(i, b, j, out);
    this.addCoverageDelta(i, b, j, out);
  }

  /**
   * `delta` without the coverage of chosen friends: O(1). The coverage can then add at most
   * `COVERAGE_BONUS · coverageGainBound(i, j)` to Δscore and take at most `mustCoverGainBound(i, j)` from
   * Δviolations, so a move whose bound already falls short is turned down without `addCoverageDelta`.
   */
  deltaBeforeCoverage(i: number, b: number, j: number, out: Float64Array): void {
    const model = this.model;
    const { n, pupils, genderOf } = model;
    const m = this.m;
    const a = this.group[i]!;
    const swap = j >= 0;
    const apij = swap ? model.apart[i * n + j]! : 0;
    const tgij = swap ? model.together[i * n + j]! : 0;
    const prij = swap ? model.previous[i * n + j]! : 0;
    let dApart = this.AP[i * m + b]! - apij - this.AP[i * m + a]!;
    let dTogether = this.TG[i * m + b]! - tgij - this.TG[i * m + a]!;
    let dRepeated = this.PR[i * m + b]! - prij - this.PR[i * m + a]!;
    if (swap) {
      dApart += this.AP[j * m + a]! - apij - this.AP[j * m + b]!;
      dTogether += this.TG[j * m + a]! - tgij - this.TG[j * m + b]!;
      dRepeated += this.PR[j * m + a]! - prij - this.PR[j * m + b]!;
    }
    // Balance rules of groups a and b.
    let dBalance = 0;
    const gi = genderOf[i]!;
    const gj = swap ? genderOf[j]! : -1;
    if (model.genders.length > 0 && (!swap || gi !== gj)) {
      const sizeA = this.size[a]!;
      const sizeB = this.size[b]!;
      dBalance += this.genderChange(a, sizeA, swap ? sizeA : sizeA - 1, gi, gj, -1);
      dBalance += this.genderChange(b, sizeB, swap ? sizeB : sizeB + 1, gi, gj, 1);
    }
    const support = this.supportOf[i]! - (swap ? this.supportOf[j]! : 0);
    const powerful = this.powerfulOf[i]! - (swap ? this.powerfulOf[j]! : 0);
    let levelSum = 0;
    let levelCount = 0;
    if (this.classes) {
      const li = model.level[i]!;
      const lj = swap ? model.level[j]! : NaN;
      levelSum = (Number.isNaN(li) ? 0 : li) - (Number.isNaN(lj) ? 0 : lj);
      levelCount = (Number.isNaN(li) ? 0 : 1) - (Number.isNaN(lj) ? 0 : 1);
    }
    dBalance = this.addCapsAndLevel(dBalance, a, b, support, powerful, levelSum, levelCount);
    const ci = model.previousClassOf[i]!;
    const cj = swap ? model.previousClassOf[j]! : -1;
    if (this.classes && ci !== cj) {
      if (ci >= 0) dBalance += this.previousChange(a, b, ci, 1);
      if (cj >= 0) dBalance += this.previousChange(a, b, cj, -1);
    }
    out[0] = this.pairDelta(i, b, j);
    out[1] = dApart - dTogether + dBalance;
    out[2] = dRepeated;
  }

  /** The change in the summed pair weights within groups: `delta`'s Δscore without coverage, in O(1). */
  pairDelta(i: number, b: number, j: number): number {
    const m = this.m;
    const a = this.group[i]!;
    let dScore = this.W[i * m + b]! - this.W[i * m + a]!;
    if (j >= 0) dScore += this.W[j * m + a]! - this.W[j * m + b]! - 2 * this.model.weight[i * this.model.n + j]!;
    return dScore;
  }

  /** Completes `deltaBeforeCoverage`'s `out` for the same move with its change in coverage. */
  addCoverageDelta(i: number, b: number, j: number, out: Float64Array): void {
    this.coverageChange(i, b, j, this.group[i]!);
    out[0]! += COVERAGE_BONUS * this.dCovered;
    out[1]! += this.dUncovered;
  }

  /** The most pupils a move of i (and j ≥ 0) can newly cover: those of them, and of who chose them, without cover. */
  coverageGainBound(i: number, j: number): number {
    return this.uncovered.gain(i, j);
  }

  /** As `coverageGainBound`, counting only the pupils who must be covered. */
  mustCoverGainBound(i: number, j: number): number {
    return this.uncovered.mustGain(i, j);
  }

  /** Coverage change (dCovered, dUncovered) of i, j and every pupil who has i or j as an admissible nominee. */
  private coverageChange(i: number, b: number, j: number, a: number): void {
    const byI = this.model.admissibleBy[i]!;
    this.dCovered = 0;
    this.dUncovered = 0;
    const stamp = ++this.stampValue;
    this.visit(i, i, b, j, a, stamp);
    for (let x = 0; x < byI.length; x++) this.visit(byI[x]!, i, b, j, a, stamp);
    if (j >= 0) {
      const byJ = this.model.admissibleBy[j]!;
      this.visit(j, i, b, j, a, stamp);
      for (let x = 0; x < byJ.length; x++) this.visit(byJ[x]!, i, b, j, a, stamp);
    }
  }

  private dCovered = 0;
  private dUncovered = 0;

  /** Coverage change of pupil k when i moves to b and j (≥ 0) moves from b to a. */
  private visit(k: number, i: number, b: number, j: number, a: number, stamp: number): void {
    if (this.stamp[k] === stamp) return;
    this.stamp[k] = stamp;
    const { n, admissible, admissibleOf, mustCover } = this.model;
    const m = this.m;
    const swap = j >= 0;
    const gk = this.group[k]!;
    const before = this.NA[k * m + gk]!;
    let after: number;
    if (k === i) after = this.NA[i * m + b]! - (swap ? admissible[i * n + j]! : 0);
    else if (swap && k === j) after = this.NA[j * m + a]! - admissible[j * n + i]!;
    else {
      after = before;
      if (gk === a) after += -admissible[k * n + i]! + (swap ? admissible[k * n + j]! : 0);
      else if (gk === b) after += admissible[k * n + i]! - (swap ? admissible[k * n + j]! : 0);
    }
    const isCovered = after > 0;
    if (before > 0 === isCovered) return;
    if (admissibleOf[k]!.length > 0) this.dCovered += isCovered ? 1 : -1;
    if (mustCover[k]) this.dUncovered += isCovered ? -1 : 1;
  }

  /**
   * Effect of moving the pupils `out`, all in one group, to group b and as many pupils `back`, all in b, to
   * theirs — without making the move. Returns [Δscore, Δviolations, Δrepeated] in `result`, equal to the sum
   * of the effects of the swaps (out[h], back[h]) made one after another.
   */
  blockDelta(out: readonly number[], b: number, back: readonly number[], result: Float64Array): void {
    const model = this.model;
    const { n, weight, apart, together, previous, genderOf, level, previousClassOf } = model;
    const m = this.m;
    const a = this.group[out[0]!]!;
    const moved = ++this.stampValue;
    for (let x = 0; x < out.length; x++) this.stamp[out[x]!] = moved;
    for (let x = 0; x < back.length; x++) this.stamp[back[x]!] = -moved;
    // Pair sums (unordered) of weight, apart, together and previous pairs within a group: a mover's pairs
    // with everyone in its new group but those leaving it, and its pairs with the movers that stay beside it.
    let dPairs = 0;
    let dApart = 0;
    let dTogether = 0;
    let dRepeated = 0;
    for (let side = 0; side < 2; side++) {
      const movers = side === 0 ? out : back;
      const to = side === 0 ? b : a;
      const from = side === 0 ? a : b;
      const mine = side === 0 ? moved : -moved;
      for (let x = 0; x < movers.length; x++) {
        const f = movers[x]!;
        dPairs += this.W[f * m + to]! - this.W[f * m + from]!;
        dApart += this.AP[f * m + to]! - this.AP[f * m + from]!;
        dTogether += this.TG[f * m + to]! - this.TG[f * m + from]!;
        dRepeated += this.PR[f * m + to]! - this.PR[f * m + from]!;
        const tied = this.tied[f]!;
        for (let t = 0; t < tied.length; t++) {
          const y = tied[t]!;
          const sign = this.stamp[y] === mine ? 1 : side === 0 && this.stamp[y] === -moved ? -2 : 0;
          if (sign === 0) continue;
          const row = f * n + y;
          dPairs += sign * weight[row]!;
          dApart += sign * apart[row]!;
          dTogether += sign * together[row]!;
          dRepeated += sign * previous[row]!;
        }
      }
    }
    // Coverage of the movers and of everyone who chose one of them.
    this.blockCovered = 0;
    this.blockUncovered = 0;
    const seen = ++this.seenValue;
    for (let side = 0; side < 2; side++) {
      const movers = side === 0 ? out : back;
      for (let x = 0; x < movers.length; x++) {
        const p = movers[x]!;
        this.coverAfterBlock(p, a, b, moved, seen);
        const by = model.admissibleBy[p]!;
        for (let k = 0; k < by.length; k++) this.coverAfterBlock(by[k]!, a, b, moved, seen);
      }
    }
    // Balance rules of groups a and b (their sizes stay).
    const G = model.genders.length;
    const toB = this.deltaB;
    const toA = this.deltaA;
    toB.fill(0, 0, Math.max(G, 1));
    toA.fill(0, 0, Math.max(G, 1));
    let support = 0;
    let powerful = 0;
    let levelSum = 0;
    let levelCount = 0;
    const previousMoves = this.previousMoves;
    for (let side = 0; side < 2; side++) {
      const movers = side === 0 ? out : back;
      const sign = side === 0 ? 1 : -1;
      for (let x = 0; x < movers.length; x++) {
        const p = movers[x]!;
        if (genderOf[p]! >= 0) {
          toB[genderOf[p]!]! += sign;
          toA[genderOf[p]!]! -= sign;
        }
        support += sign * this.supportOf[p]!;
        powerful += sign * this.powerfulOf[p]!;
        if (!Number.isNaN(level[p]!)) {
          levelSum += sign * level[p]!;
          levelCount += sign;
        }
        if (previousClassOf[p]! >= 0) previousMoves[previousClassOf[p]!]! += sign;
      }
    }
    let dBalance = 0;
    if (G > 0) {
      dBalance += this.balanceExcess(a, this.size[a]!, toA) - this.balanceExcess(a, this.size[a]!);
      dBalance += this.balanceExcess(b, this.size[b]!, toB) - this.balanceExcess(b, this.size[b]!);
    }
    dBalance = this.addCapsAndLevel(dBalance, a, b, support, powerful, levelSum, levelCount);
    for (let side = 0; side < 2; side++) {
      const movers = side === 0 ? out : back;
      for (let x = 0; x < movers.length; x++) {
        const c = previousClassOf[movers[x]!]!;
        if (c < 0 || previousMoves[c] === 0) continue;
        const d = previousMoves[c]!;
        dBalance += this.previousChange(a, b, c, d);
        previousMoves[c] = 0;
      }
    }
    result[0] = dPairs + COVERAGE_BONUS * this.blockCovered;
    result[1] = dApart - dTogether + dBalance + this.blockUncovered;
    result[2] = dRepeated;
  }

  /** blockDelta's coverage change of pupil k (once per `seen`); movers are stamped ±moved (to b / to a). */
  private coverAfterBlock(k: number, a: number, b: number, moved: number, seen: number): void {
    if (this.seenStamp[k] === seen) return;
    this.seenStamp[k] = seen;
    const nominees = this.model.admissibleOf[k]!;
    if (nominees.length === 0) return;
    const stamp = this.stamp;
    const gk = stamp[k] === moved ? b : stamp[k] === -moved ? a : this.group[k]!;
    let now = false;
    for (let t = 0; t < nominees.length && !now; t++) {
      const x = nominees[t]!;
      now = (stamp[x] === moved ? b : stamp[x] === -moved ? a : this.group[x]!) === gk;
    }
    if (now === this.isCovered(k)) return;
    this.blockCovered += now ? 1 : -1;
    if (this.model.mustCover[k]) this.blockUncovered += now ? -1 : 1;
  }

  private blockCovered = 0;
  private blockUncovered = 0;
  private seenValue = 0;
  private readonly seenStamp: Int32Array;
  private readonly previousMoves: Int32Array;

  /** Sum of pupil i's tie weights to the members of group g (excluding i). */
  pull(i: number, g: number): number {
    return this.W[i * this.m + g]!;
  }

  /** Applies the move evaluated by `delta` (j = −1: a plain move). */
  apply(i: number, b: number, j: number, change: Float64Array): void {
    const a = this.group[i]!;
    this.addPupil(i, a, -1);
    if (j >= 0) this.addPupil(j, b, -1);
    this.group[i] = b;
    this.addPupil(i, b, 1);
    if (j >= 0) {
      this.group[j] = a;
      this.addPupil(j, a, 1);
    }
    this.uncovered.update(i);
    if (j >= 0) this.uncovered.update(j);
    this.score += change[0]!;
    this.violations += change[1]!;
    this.repeated += change[2]!;
  }
}
