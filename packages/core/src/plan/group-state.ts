/**
 * GroupState: a group assignment under local search, with its score, violations and repeated pairs kept up
 * to date. Every move's effect is computed from the tallies (group-tallies.ts) in O(1) (move-delta.ts)
 * plus the pupils whose coverage it touches (move-coverage-change.ts); block moves in block-delta.ts; the
 * balance rules in group-rule-excess.ts (planning.md: the default score and hard rules).
 */
import { BlockDelta } from './block-delta.ts';
import type { Evaluation } from './evaluation.ts';
import type { GroupModel } from './group-model.ts';
import { GroupRuleExcess } from './group-rule-excess.ts';
import { GroupTallies } from './group-tallies.ts';
import { MoveCoverageChange } from './move-coverage-change.ts';
import { MoveDelta } from './move-delta.ts';
import { COVERAGE_BONUS } from './score-groups.ts';
import { UncoveredCounts } from './uncovered-counts.ts';

export type { Evaluation } from './evaluation.ts';

/** A group assignment with its evaluation kept up to date: evaluate moves (`delta`, `blockDelta`), make them (`apply`). */
export class GroupState {
  /** The compiled problem (group-model.ts). */
  readonly model: GroupModel;
  /** Number of groups. */
  readonly groupCount: number;
  /** Per pupil, their group (read only: change it with `apply`). */
  readonly group: Int32Array;
  /** Per group, its number of pupils. */
  readonly size: Int32Array;
  /** Most support (powerful) pupils a group may have without a violation. */
  readonly supportCap: number;
  readonly powerfulCap: number;
  /** The default score (pairs + coverage) of the current assignment. */
  score = 0;
  /** Weighted count of hard-rule violations of the current assignment. */
  violations = 0;
  /** Previous pairs together again in the current assignment. */
  repeated = 0;
  private readonly tallies: GroupTallies;
  private readonly rules: GroupRuleExcess;
  private readonly moves: MoveDelta;
  private readonly coverage: MoveCoverageChange;
  private readonly blocks: BlockDelta;
  /** Bounds on the cover a move can add (uncovered-counts.ts). */
  private readonly uncovered: UncoveredCounts;

  /** The state of assignment `group` (copied) into `groupCount` groups of at most `maxSize` pupils. */
  constructor(model: GroupModel, group: Int32Array, groupCount: number, maxSize: number) {
    this.model = model;
    this.groupCount = groupCount;
    this.tallies = new GroupTallies(model, group, groupCount);
    this.group = this.tallies.groupOf;
    this.size = this.tallies.size;
    this.rules = new GroupRuleExcess(this.tallies, maxSize);
    this.supportCap = this.rules.supportCap;
    this.powerfulCap = this.rules.powerfulCap;
    this.moves = new MoveDelta(this.tallies, this.rules);
    this.coverage = new MoveCoverageChange(this.tallies);
    this.blocks = new BlockDelta(this.tallies, this.rules);
    this.uncovered = new UncoveredCounts(model, this.tallies.isCovered);
    this.recompute();
  }

  /** Full recomputation of score and violations from the tallies. */
  recompute(): Evaluation {
    const { n, admissibleOf, mustCover } = this.model;
    const { groupCount, pairWeight, apartCount, togetherCount, previousPartnerCount, supportCount, powerfulCount } = this.tallies;
    const rules = this.rules;
    let pairs = 0;
    let apartPairs = 0;
    let togetherSame = 0;
    let togetherTotal = 0;
    let covered = 0;
    let uncovered = 0;
    let repeated = 0;
    for (let pupil = 0; pupil < n; pupil++) {
      const own = pupil * groupCount + this.group[pupil]!;
      pairs += pairWeight[own]!;
      apartPairs += apartCount[own]!;
      togetherSame += togetherCount[own]!;
      repeated += previousPartnerCount[own]!;
      for (let group = 0; group < groupCount; group++) togetherTotal += togetherCount[pupil * groupCount + group]!;
      const isCovered = this.tallies.isCovered(pupil);
      if (admissibleOf[pupil]!.length > 0 && isCovered) covered++;
      if (mustCover[pupil] && !isCovered) uncovered++;
    }
    let balance = 0;
    for (let group = 0; group < groupCount; group++) {
      balance += rules.genderExcess(group, this.size[group]!) + rules.capExcess(supportCount[group]!, powerfulCount[group]!) + rules.levelExcess(group, 0, 0);
      for (let previousClass = 0; previousClass < this.model.previousClasses.length; previousClass++) balance += rules.previousClassExcess(group, previousClass);
    }
    this.score = pairs / 2 + COVERAGE_BONUS * covered;
    this.violations = apartPairs / 2 + (togetherTotal - togetherSame) / 2 + balance + uncovered;
    this.repeated = repeated / 2;
    return { score: this.score, violations: this.violations, repeated: this.repeated };
  }

  /**
   * Effect of moving `pupil` to `toGroup` and (when `partner` ≥ 0) `partner` from `toGroup` to the pupil's
   * group. Returns [Δscore, Δviolations, Δrepeated] in `out`.
   */
  delta(pupil: number, toGroup: number, partner: number, out: Float64Array): void {
    this.moves.beforeCoverage(pupil, toGroup, partner, out);
    this.addCoverageDelta(pupil, toGroup, partner, out);
  }

  /**
   * `delta` without the coverage of chosen friends: O(1). The coverage can then add at most
   * `COVERAGE_BONUS · coverageGainBound(pupil, partner)` to Δscore and take at most
   * `mustCoverGainBound(pupil, partner)` from Δviolations, so a move whose bound already falls short is turned
   * down without `addCoverageDelta`.
   */
  deltaBeforeCoverage(pupil: number, toGroup: number, partner: number, out: Float64Array): void {
    this.moves.beforeCoverage(pupil, toGroup, partner, out);
  }

  /** The change in the summed pair weights within groups: `delta`'s Δscore without coverage, in O(1). */
  pairDelta(pupil: number, toGroup: number, partner: number): number {
    return this.moves.pairChange(pupil, toGroup, partner);
  }

  /** Completes `deltaBeforeCoverage`'s `out` for the same move with its change in coverage. */
  addCoverageDelta(pupil: number, toGroup: number, partner: number, out: Float64Array): void {
    this.coverage.measure(pupil, toGroup, partner);
    out[0]! += COVERAGE_BONUS * this.coverage.covered;
    out[1]! += this.coverage.uncovered;
  }

  /** The most pupils a move of `pupil` (and `partner` ≥ 0) can newly cover: those of them, and of who chose them, without cover. */
  coverageGainBound(pupil: number, partner: number): number {
    return this.uncovered.gain(pupil, partner);
  }

  /** As `coverageGainBound`, counting only the pupils who must be covered. */
  mustCoverGainBound(pupil: number, partner: number): number {
    return this.uncovered.mustGain(pupil, partner);
  }

  /**
   * Effect of moving the pupils `movers`, all in one group, to `toGroup` and as many pupils `backMovers`, all
   * in `toGroup`, to theirs — without making the move. Returns [Δscore, Δviolations, Δrepeated] in `result`,
   * equal to the sum of the effects of the swaps (movers[h], backMovers[h]) made one after another.
   */
  blockDelta(movers: readonly number[], toGroup: number, backMovers: readonly number[], result: Float64Array): void {
    this.blocks.evaluate(movers, toGroup, backMovers, result);
  }

  /** Sum of `pupil`'s tie weights to the members of `group` (excluding the pupil). */
  pull(pupil: number, group: number): number {
    return this.tallies.pairWeight[pupil * this.groupCount + group]!;
  }

  /** Applies the move evaluated by `delta` (partner −1: a plain move) with its effect `change`. */
  apply(pupil: number, toGroup: number, partner: number, change: Float64Array): void {
    const tallies = this.tallies;
    const fromGroup = this.group[pupil]!;
    tallies.add(pupil, fromGroup, -1);
    if (partner >= 0) tallies.add(partner, toGroup, -1);
    this.group[pupil] = toGroup;
    tallies.add(pupil, toGroup, 1);
    if (partner >= 0) {
      this.group[partner] = fromGroup;
      tallies.add(partner, fromGroup, 1);
    }
    this.uncovered.update(pupil);
    if (partner >= 0) this.uncovered.update(partner);
    this.score += change[0]!;
    this.violations += change[1]!;
    this.repeated += change[2]!;
  }
}
