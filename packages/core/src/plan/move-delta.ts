/**
 * MoveDelta: the effect of one move — a pupil to another group, or two pupils of different groups
 * swapped — on the pair score, the hard-rule violations and the repeated pairs, in O(1) from a GroupTallies,
 * without making the move. Coverage of chosen friends is left to MoveCoverageChange.
 */
import type { GroupRuleExcess } from './group-rule-excess.ts';
import type { GroupTallies } from './group-tallies.ts';

/** Evaluates a move or swap on a GroupTallies without coverage: `beforeCoverage` and `pairChange`. */
export class MoveDelta {
  private readonly tallies: GroupTallies;
  private readonly rules: GroupRuleExcess;

  /** Moves within `tallies`, judged by `rules`. */
  constructor(tallies: GroupTallies, rules: GroupRuleExcess) {
    this.tallies = tallies;
    this.rules = rules;
  }

  /**
   * Effect of moving `pupil` to `toGroup` and (when `partner` ≥ 0) `partner` from `toGroup` to the pupil's
   * group, without coverage: [Δscore, Δviolations, Δrepeated] in `out`.
   */
  beforeCoverage(pupil: number, toGroup: number, partner: number, out: Float64Array): void {
    const tallies = this.tallies;
    const rules = this.rules;
    const model = tallies.model;
    const { n, genderOf } = model;
    const { groupCount, apartCount, togetherCount, previousPartnerCount, isSupport, isPowerful } = tallies;
    const fromGroup = tallies.groupOf[pupil]!;
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
      const fromSize = tallies.size[fromGroup]!;
      const toSize = tallies.size[toGroup]!;
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
    const { groupCount, pairWeight, model } = this.tallies;
    const fromGroup = this.tallies.groupOf[pupil]!;
    let dScore = pairWeight[pupil * groupCount + toGroup]! - pairWeight[pupil * groupCount + fromGroup]!;
    if (partner >= 0) dScore += pairWeight[partner * groupCount + fromGroup]! - pairWeight[partner * groupCount + toGroup]! - 2 * model.weight[pupil * model.n + partner]!;
    return dScore;
  }
}
