/**
 * MoveDelta: the effect of one move — a pupil to another group, or two pupils of different groups
 * swapped — on the pair score, the hard-rule violations and the repeated pairs, in O(1) from a GroupTallies,
 * without making the move. Coverage of chosen friends is left to MoveCoverageChange.
 */
import type { GroupModel } from './group-model.ts';
import type { GroupRuleExcess } from './group-rule-excess.ts';
import type { GroupTallies } from './group-tallies.ts';

/** Evaluates a move or swap on a GroupTallies without coverage: `beforeCoverage` and `pairChange`. */
export class MoveDelta {
  private readonly model: GroupModel;
  private readonly rules: GroupRuleExcess;
  /** The tallies' tables, held here for the hot `beforeCoverage` and `pairChange`. */
  private readonly groupCount: number;
  private readonly groupOf: Int32Array;
  private readonly size: Int32Array;
  private readonly pairWeight: Float64Array;
  private readonly apartCount: Int32Array;
  private readonly togetherCount: Int32Array;
  private readonly previousPartnerCount: Int32Array;
  private readonly isSupport: Uint8Array;
  private readonly isPowerful: Uint8Array;

  /** Moves within `tallies`, judged by `rules`. */
  constructor(tallies: GroupTallies, rules: GroupRuleExcess) {
    this.model = tallies.model;
    this.rules = rules;
    this.groupCount = tallies.groupCount;
    this.groupOf = tallies.groupOf;
    this.size = tallies.size;
    this.pairWeight = tallies.pairWeight;
    this.apartCount = tallies.apartCount;
    this.togetherCount = tallies.togetherCount;
    this.previousPartnerCount = tallies.previousPartnerCount;
    this.isSupport = tallies.isSupport;
    this.isPowerful = tallies.isPowerful;
  }

  /**
   * Effect of moving `pupil` to `toGroup` and (when `partner` ≥ 0) `partner` from `toGroup` to the pupil's
   * group, without coverage: [Δscore, Δviolations, Δrepeated] in `out`.
   */
  beforeCoverage(pupil: number, toGroup: number, partner: number, out: Float64Array): void {
    const rules = this.rules;
    const model = this.model;
    const { n, genderOf } = model;
    const { groupCount, apartCount, togetherCount, previousPartnerCount, isSupport, isPowerful } = this;
    const fromGroup = this.groupOf[pupil]!;
    const swap = partner >= 0;
    const apartPair = swap ? model.apart[pupil * n + partner]! : 0;
    const togetherPair = swap ? model.together[pupil * n + partner]! : 0;
    const previousPair = swap ? model.previous[pupil * n + partner]! : 0;
    const pupilTo = pupil * groupCount + toGroup;
    const pupilFrom = pupil * groupCount + fromGroup;
    let dApart = apartCount[pupilTo]! - apartPair - apartCount[pupilFrom]!;
    let dTogether = togetherCount[pupilTo]! - togetherPair - togetherCount[pupilFrom]!;
    let dRepeated = previousPartnerCount[pupilTo]! - previousPair - previousPartnerCount[pupilFrom]!;
    if (swap) {
      const partnerTo = partner * groupCount + fromGroup;
      const partnerFrom = partner * groupCount + toGroup;
      dApart += apartCount[partnerTo]! - apartPair - apartCount[partnerFrom]!;
      dTogether += togetherCount[partnerTo]! - togetherPair - togetherCount[partnerFrom]!;
      dRepeated += previousPartnerCount[partnerTo]! - previousPair - previousPartnerCount[partnerFrom]!;
    }
    // Balance rules of both groups.
    let dBalance = 0;
    const pupilGender = genderOf[pupil]!;
    const partnerGender = swap ? genderOf[partner]! : -1;
    if (model.genders.length > 0 && (!swap || pupilGender !== partnerGender)) {
      const fromSize = this.size[fromGroup]!;
      const toSize = this.size[toGroup]!;
      dBalance += rules.genderChange(fromGroup, fromSize, swap ? fromSize : fromSize - 1, pupilGender, partnerGender, -1);
      dBalance += rules.genderChange(toGroup, toSize, swap ? toSize : toSize + 1, pupilGender, partnerGender, 1);
    }
    const support = isSupport[pupil]! - (swap ? isSupport[partner]! : 0);
    const powerful = isPowerful[pupil]! - (swap ? isPowerful[partner]! : 0);
    let levelSum = 0;
    let levelCount = 0;
    if (rules.forClasses) {
      const pupilLevel = model.level[pupil]!;
      const partnerLevel = swap ? model.level[partner]! : NaN;
      levelSum = (Number.isNaN(pupilLevel) ? 0 : pupilLevel) - (Number.isNaN(partnerLevel) ? 0 : partnerLevel);
      levelCount = (Number.isNaN(pupilLevel) ? 0 : 1) - (Number.isNaN(partnerLevel) ? 0 : 1);
    }
    dBalance = rules.withCapsAndLevel(dBalance, fromGroup, toGroup, support, powerful, levelSum, levelCount);
    const pupilClass = model.previousClassOf[pupil]!;
    const partnerClass = swap ? model.previousClassOf[partner]! : -1;
    if (rules.forClasses && pupilClass !== partnerClass) {
      if (pupilClass >= 0) dBalance += rules.previousClassChange(fromGroup, toGroup, pupilClass, 1);
      if (partnerClass >= 0) dBalance += rules.previousClassChange(fromGroup, toGroup, partnerClass, -1);
    }
    out[0] = this.pairChange(pupil, toGroup, partner);
    out[1] = dApart - dTogether + dBalance;
    out[2] = dRepeated;
  }

  /** The change in the summed pair weights within groups for the same move: Δscore without coverage. */
  pairChange(pupil: number, toGroup: number, partner: number): number {
    const { groupCount, pairWeight, model } = this;
    const fromGroup = this.groupOf[pupil]!;
    let dScore = pairWeight[pupil * groupCount + toGroup]! - pairWeight[pupil * groupCount + fromGroup]!;
    if (partner >= 0) dScore += pairWeight[partner * groupCount + fromGroup]! - pairWeight[partner * groupCount + toGroup]! - 2 * model.weight[pupil * model.n + partner]!;
    return dScore;
  }
}
