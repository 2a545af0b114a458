/**
 * GroupRuleExcess: how far groups are outside the balance rules of planning.md — gender bounds for the
 * group's size, caps on support and powerful pupils, and for classes the level tolerance and the cap on
 * pupils from one previous class — read from a GroupTallies, now or after a change.
 */
import { genderBounds, groupCaps, levelTolerance } from './group-model.ts';
import type { GroupTallies } from './group-tallies.ts';

/** How far `count` lies outside [lower, upper]. */
function outside(count: number, lower: number, upper: number): number {
  return count > upper ? count - upper : count < lower ? lower - count : 0;
}

/** The balance rules of a GroupTallies' groups: how far a group is outside them, now or after a change. */
export class GroupRuleExcess {
  private readonly tallies: GroupTallies;
  /** Most support pupils a group may have without a violation. */
  readonly supportCap: number;
  /** Most powerful pupils a group may have without a violation. */
  readonly powerfulCap: number;
  /** Whether the class rules (level, previous class) apply. */
  readonly forClasses: boolean;
  private readonly genders: number;
  /** The tallies' gender counts per group, held here for the hot `genderChange`. */
  private readonly genderCount: Int32Array;
  /** Per group size, the lower and upper bound on each gender's count. */
  private readonly genderLower: Int32Array[] = [];
  private readonly genderUpper: Int32Array[] = [];
  /** Classes with levels given: the level rule applies; the mean level and the tolerance around it. */
  private readonly levelRule: boolean;
  private readonly levelMean: number;
  private readonly levelTolerance: number;

  /** The rules for `tallies`' groups, with gender bounds for every size up to `maxSize + 1`. */
  constructor(tallies: GroupTallies, maxSize: number) {
    const { model, groupCount } = tallies;
    this.tallies = tallies;
    this.genders = model.genders.length;
    this.genderCount = tallies.genderCount;
    for (let size = 0; size <= maxSize + 1; size++) {
      const bounds = genderBounds(model, size, groupCount);
      this.genderLower.push(Int32Array.from(bounds.lo));
      this.genderUpper.push(Int32Array.from(bounds.hi));
    }
    const caps = groupCaps(model, groupCount);
    this.supportCap = caps.support;
    this.powerfulCap = caps.powerful;
    this.forClasses = model.profile === 'classes';
    this.levelTolerance = levelTolerance(model, groupCount);
    this.levelMean = model.levelMean;
    this.levelRule = this.forClasses && model.levelMean !== 0;
  }

  /** Gender excess of `group` if it had `size` pupils and (optionally) its gender counts changed by `genderDelta`. */
  genderExcess(group: number, size: number, genderDelta?: Int32Array): number {
    const genders = this.genders;
    const counts = this.genderCount;
    let total = 0;
    for (let k = 0; k < genders; k++) total += outside(counts[group * genders + k]! + (genderDelta ? genderDelta[k]! : 0), this.genderLower[size]![k]!, this.genderUpper[size]![k]!);
    return total;
  }

  /**
   * Change in `group`'s gender excess when its size goes from `size` to `newSize`, one pupil of gender
   * `joining` joins (sign 1) or leaves (sign −1) and one of gender `leaving` does the opposite (−1: no one).
   */
  genderChange(group: number, size: number, newSize: number, joining: number, leaving: number, sign: number): number {
    const genders = this.genders;
    const counts = this.genderCount;
    const lower = this.genderLower[size]!;
    const upper = this.genderUpper[size]!;
    const newLower = this.genderLower[newSize]!;
    const newUpper = this.genderUpper[newSize]!;
    let change = 0;
    for (let k = 0; k < genders; k++) {
      const count = counts[group * genders + k]!;
      const newCount = count + (k === joining ? sign : 0) - (k === leaving ? sign : 0);
      change += outside(newCount, newLower[k]!, newUpper[k]!) - outside(count, lower[k]!, upper[k]!);
    }
    return change;
  }

  /** Excess of a group with `support` support and `powerful` powerful pupils over their caps. */
  capExcess(support: number, powerful: number): number {
    return Math.max(0, support - this.supportCap) + Math.max(0, powerful - this.powerfulCap);
  }

  /** Classes: how far `group`'s level sum, changed by `sumDelta` over `countDelta` pupils, is outside its tolerance. */
  levelExcess(group: number, sumDelta: number, countDelta: number): number {
    if (!this.levelRule) return 0;
    const { levelSum, levelCount } = this.tallies;
    return Math.max(0, Math.abs(levelSum[group]! + sumDelta - this.levelMean * (levelCount[group]! + countDelta)) - this.levelTolerance);
  }

  /** Classes: pupils over the cap from `previousClass` in `group`, with `delta` more of them. */
  previousClassExcess(group: number, previousClass: number, delta = 0): number {
    const { model, previousClassCount } = this.tallies;
    const cap = model.previousClassCap;
    if (!this.forClasses || cap <= 0 || previousClass < 0) return 0;
    return Math.max(0, previousClassCount[group * model.previousClasses.length + previousClass]! + delta - cap);
  }

  /** Classes: change in the excess over the previous-class cap when `movers` pupils from `previousClass` go from `fromGroup` to `toGroup`. */
  previousClassChange(fromGroup: number, toGroup: number, previousClass: number, movers: number): number {
    return (
      this.previousClassExcess(fromGroup, previousClass, -movers) -
      this.previousClassExcess(fromGroup, previousClass) +
      this.previousClassExcess(toGroup, previousClass, movers) -
      this.previousClassExcess(toGroup, previousClass)
    );
  }

  /**
   * `change` plus the change in the support/powerful cap excess and (classes) level excess of `fromGroup` and
   * `toGroup` when, net, `support` support pupils, `powerful` powerful pupils and `levelCount` pupils with
   * levels summing to `levelSum` go from the one to the other.
   */
  withCapsAndLevel(change: number, fromGroup: number, toGroup: number, support: number, powerful: number, levelSum: number, levelCount: number): number {
    const { supportCount, powerfulCount } = this.tallies;
    if (support !== 0 || powerful !== 0) {
      change += this.capExcess(supportCount[fromGroup]! - support, powerfulCount[fromGroup]! - powerful) - this.capExcess(supportCount[fromGroup]!, powerfulCount[fromGroup]!);
      change += this.capExcess(supportCount[toGroup]! + support, powerfulCount[toGroup]! + powerful) - this.capExcess(supportCount[toGroup]!, powerfulCount[toGroup]!);
    }
    if (this.levelRule && (levelSum !== 0 || levelCount !== 0)) {
      change += this.levelExcess(fromGroup, -levelSum, -levelCount) - this.levelExcess(fromGroup, 0, 0) + this.levelExcess(toGroup, levelSum, levelCount) - this.levelExcess(toGroup, 0, 0);
    }
    return change;
  }
}
