/**
 * BlockDelta: the effect of moving a block of pupils from one group to another and as many pupils back —
 * pair score, coverage, hard-rule violations and repeated pairs — without making the move. Equal to the sum
 * of the effects of the swaps (movers[h], backMovers[h]) made one after another.
 */
import type { GroupRuleExcess } from './group-rule-excess.ts';
import type { GroupTallies } from './group-tallies.ts';
import { COVERAGE_BONUS } from './score-groups.ts';

/** Evaluates block moves between two groups of a GroupTallies (`evaluate`). */
export class BlockDelta {
  private readonly tallies: GroupTallies;
  private readonly rules: GroupRuleExcess;
  /** Per pupil, +mark when moving to the target group and −mark when moving back in the current evaluation. */
  private readonly moverMark: Int32Array;
  private mark = 0;
  /** Per pupil, the evaluation whose coverage count last looked at them. */
  private readonly coverageSeenIn: Int32Array;
  private coverageRound = 0;
  /** Change in covered pupils and in must-cover pupils without cover, during one evaluation. */
  private covered = 0;
  private uncovered = 0;
  /** Change per gender in the movers' group and in the target group. */
  private readonly genderToSource: Int32Array;
  private readonly genderToTarget: Int32Array;
  /** Net pupils per previous class going to the target group. */
  private readonly previousClassMoves: Int32Array;

  /** Block moves within `tallies`, judged by `rules`. */
  constructor(tallies: GroupTallies, rules: GroupRuleExcess) {
    const { model } = tallies;
    this.tallies = tallies;
    this.rules = rules;
    this.moverMark = new Int32Array(model.n);
    this.coverageSeenIn = new Int32Array(model.n);
    this.genderToSource = new Int32Array(Math.max(model.genders.length, 1));
    this.genderToTarget = new Int32Array(Math.max(model.genders.length, 1));
    this.previousClassMoves = new Int32Array(Math.max(model.previousClasses.length, 1));
  }

  /**
   * Effect of moving `movers`, all in one group, to `toGroup` and as many `backMovers`, all in `toGroup`, to
   * theirs: [Δscore, Δviolations, Δrepeated] in `result`.
   */
  evaluate(movers: readonly number[], toGroup: number, backMovers: readonly number[], result: Float64Array): void {
    const tallies = this.tallies;
    const rules = this.rules;
    const model = tallies.model;
    const { n, weight, apart, together, previous, genderOf, level, previousClassOf } = model;
    const { groupCount, pairWeight, apartCount, togetherCount, previousPartnerCount, isSupport, isPowerful } = tallies;
    const moverMark = this.moverMark;
    const fromGroup = tallies.groupOf[movers[0]!]!;
    const mark = ++this.mark;
    for (let x = 0; x < movers.length; x++) moverMark[movers[x]!] = mark;
    for (let x = 0; x < backMovers.length; x++) moverMark[backMovers[x]!] = -mark;
    // Pair sums (unordered) of weight, apart, together and previous pairs within a group: a mover's pairs
    // with everyone in its new group but those leaving it, and its pairs with the movers that stay beside it.
    let dPairs = 0;
    let dApart = 0;
    let dTogether = 0;
    let dRepeated = 0;
    for (let side = 0; side < 2; side++) {
      const list = side === 0 ? movers : backMovers;
      const to = side === 0 ? toGroup : fromGroup;
      const from = side === 0 ? fromGroup : toGroup;
      const ownMark = side === 0 ? mark : -mark;
      for (let x = 0; x < list.length; x++) {
        const mover = list[x]!;
        const cellTo = mover * groupCount + to;
        const cellFrom = mover * groupCount + from;
        dPairs += pairWeight[cellTo]! - pairWeight[cellFrom]!;
        dApart += apartCount[cellTo]! - apartCount[cellFrom]!;
        dTogether += togetherCount[cellTo]! - togetherCount[cellFrom]!;
        dRepeated += previousPartnerCount[cellTo]! - previousPartnerCount[cellFrom]!;
        const ties = tallies.ties[mover]!;
        for (let t = 0; t < ties.length; t++) {
          const other = ties[t]!;
          const sign = moverMark[other] === ownMark ? 1 : side === 0 && moverMark[other] === -mark ? -2 : 0;
          if (sign === 0) continue;
          const row = mover * n + other;
          dPairs += sign * weight[row]!;
          dApart += sign * apart[row]!;
          dTogether += sign * together[row]!;
          dRepeated += sign * previous[row]!;
        }
      }
    }
    // Coverage of the movers and of everyone who chose one of them.
    this.covered = 0;
    this.uncovered = 0;
    const round = ++this.coverageRound;
    for (let side = 0; side < 2; side++) {
      const list = side === 0 ? movers : backMovers;
      for (let x = 0; x < list.length; x++) {
        const mover = list[x]!;
        this.countCoverage(mover, fromGroup, toGroup, mark, round);
        const choosers = model.admissibleBy[mover]!;
        for (let k = 0; k < choosers.length; k++) this.countCoverage(choosers[k]!, fromGroup, toGroup, mark, round);
      }
    }
    // Balance rules of both groups (their sizes stay).
    const genders = model.genders.length;
    const toTarget = this.genderToTarget;
    const toSource = this.genderToSource;
    toTarget.fill(0, 0, Math.max(genders, 1));
    toSource.fill(0, 0, Math.max(genders, 1));
    let support = 0;
    let powerful = 0;
    let levelSum = 0;
    let levelCount = 0;
    const previousClassMoves = this.previousClassMoves;
    for (let side = 0; side < 2; side++) {
      const list = side === 0 ? movers : backMovers;
      const sign = side === 0 ? 1 : -1;
      for (let x = 0; x < list.length; x++) {
        const mover = list[x]!;
        if (genderOf[mover]! >= 0) {
          toTarget[genderOf[mover]!]! += sign;
          toSource[genderOf[mover]!]! -= sign;
        }
        support += sign * isSupport[mover]!;
        powerful += sign * isPowerful[mover]!;
        if (!Number.isNaN(level[mover]!)) {
          levelSum += sign * level[mover]!;
          levelCount += sign;
        }
        if (previousClassOf[mover]! >= 0) previousClassMoves[previousClassOf[mover]!]! += sign;
      }
    }
    let dBalance = 0;
    if (genders > 0) {
      dBalance += rules.genderExcess(fromGroup, tallies.size[fromGroup]!, toSource) - rules.genderExcess(fromGroup, tallies.size[fromGroup]!);
      dBalance += rules.genderExcess(toGroup, tallies.size[toGroup]!, toTarget) - rules.genderExcess(toGroup, tallies.size[toGroup]!);
    }
    dBalance = rules.withCapsAndLevel(dBalance, fromGroup, toGroup, support, powerful, levelSum, levelCount);
    for (let side = 0; side < 2; side++) {
      const list = side === 0 ? movers : backMovers;
      for (let x = 0; x < list.length; x++) {
        const previousClass = previousClassOf[list[x]!]!;
        if (previousClass < 0 || previousClassMoves[previousClass] === 0) continue;
        dBalance += rules.previousClassChange(fromGroup, toGroup, previousClass, previousClassMoves[previousClass]!);
        previousClassMoves[previousClass] = 0;
      }
    }
    result[0] = dPairs + COVERAGE_BONUS * this.covered;
    result[1] = dApart - dTogether + dBalance + this.uncovered;
    result[2] = dRepeated;
  }

  /** The coverage change of pupil `k` (once per round); movers are marked ±mark (to the target group / back). */
  private countCoverage(k: number, fromGroup: number, toGroup: number, mark: number, round: number): void {
    if (this.coverageSeenIn[k] === round) return;
    this.coverageSeenIn[k] = round;
    const { model, groupOf } = this.tallies;
    const nominees = model.admissibleOf[k]!;
    if (nominees.length === 0) return;
    const moverMark = this.moverMark;
    const groupOfK = moverMark[k] === mark ? toGroup : moverMark[k] === -mark ? fromGroup : groupOf[k]!;
    let coveredAfter = false;
    for (let t = 0; t < nominees.length && !coveredAfter; t++) {
      const nominee = nominees[t]!;
      coveredAfter = (moverMark[nominee] === mark ? toGroup : moverMark[nominee] === -mark ? fromGroup : groupOf[nominee]!) === groupOfK;
    }
    if (coveredAfter === this.tallies.isCovered(k)) return;
    this.covered += coveredAfter ? 1 : -1;
    if (model.mustCover[k]) this.uncovered += coveredAfter ? -1 : 1;
  }
}
