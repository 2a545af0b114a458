/**
 * GroupTallies: the counts behind a group assignment, kept up to date pupil by pupil. Per pupil and group:
 * the summed pair weight towards the group's members, and how many of them are apart partners, together
 * partners, admissible nominees and previous partners. Per group: its size and the counts behind the balance
 * rules (genders, support and powerful pupils, level sum and count, pupils per previous class).
 * Pupil-by-group tables are indexed `pupil * groupCount + group`.
 */
import type { GroupModel } from './group-model.ts';
import { pairTies } from './pair-ties.ts';

/** The counts behind a group assignment (pair sums per pupil and group, rule counts per group), updated one pupil at a time with `add`. */
export class GroupTallies {
  /** The compiled problem (group-model.ts). */
  readonly model: GroupModel;
  /** Number of groups. */
  readonly groupCount: number;
  /** Per pupil, their group. */
  readonly groupOf: Int32Array;
  /** Per group, its number of pupils. */
  readonly size: Int32Array;
  /** Per pupil and group, the summed pair weight from the pupil to the group's other members. */
  readonly pairWeight: Float64Array;
  /** Per pupil and group, the group's other members the pupil must be kept apart from. */
  readonly apartCount: Int32Array;
  /** Per pupil and group, the group's other members the pupil must be together with. */
  readonly togetherCount: Int32Array;
  /** Per pupil and group, the pupil's admissible nominees in the group. */
  readonly nomineeCount: Int32Array;
  /** Per pupil and group, the pupil's previous partners in the group (rotation). */
  readonly previousPartnerCount: Int32Array;
  /** Per group and gender (`group * genders + gender`), the pupils of that gender. */
  readonly genderCount: Int32Array;
  /** Per group, its support pupils. */
  readonly supportCount: Int32Array;
  /** Per group, its powerful pupils. */
  readonly powerfulCount: Int32Array;
  /** Classes: per group, the sum of its pupils' levels. */
  readonly levelSum: Float64Array;
  /** Classes: per group, its pupils with a level. */
  readonly levelCount: Int32Array;
  /** Classes: per group and previous class (`group * previousClasses + class`), the pupils from that class. */
  readonly previousClassCount: Int32Array;
  /** Per pupil, 1 for a support pupil. */
  readonly isSupport: Uint8Array;
  /** Per pupil, 1 for a powerful pupil. */
  readonly isPowerful: Uint8Array;
  /** Per pupil, the pupils with any pair entry towards them (pair-ties.ts): the only rows their move changes. */
  readonly ties: readonly Int32Array[];

  /** Tallies of the assignment `groupOf` (copied) into `groupCount` groups. */
  constructor(model: GroupModel, groupOf: Int32Array, groupCount: number) {
    const { n } = model;
    this.model = model;
    this.groupCount = groupCount;
    this.groupOf = Int32Array.from(groupOf);
    this.size = new Int32Array(groupCount);
    this.pairWeight = new Float64Array(n * groupCount);
    this.apartCount = new Int32Array(n * groupCount);
    this.togetherCount = new Int32Array(n * groupCount);
    this.nomineeCount = new Int32Array(n * groupCount);
    this.previousPartnerCount = new Int32Array(n * groupCount);
    this.genderCount = new Int32Array(groupCount * Math.max(model.genders.length, 1));
    this.supportCount = new Int32Array(groupCount);
    this.powerfulCount = new Int32Array(groupCount);
    this.levelSum = new Float64Array(groupCount);
    this.levelCount = new Int32Array(groupCount);
    this.previousClassCount = new Int32Array(groupCount * Math.max(model.previousClasses.length, 1));
    this.ties = pairTies(model);
    this.isSupport = Uint8Array.from(model.pupils, (p) => (p.support ? 1 : 0));
    this.isPowerful = Uint8Array.from(model.pupils, (p) => (p.powerful ? 1 : 0));
    for (let pupil = 0; pupil < n; pupil++) this.add(pupil, this.groupOf[pupil]!, 1);
  }

  /** Counts `pupil` in `group` (sign 1) or takes them out of it (sign −1); `groupOf` is left to the caller. */
  add(pupil: number, group: number, sign: number): void {
    const { n, weight, apart, together, admissible, previous, genderOf } = this.model;
    const groupCount = this.groupCount;
    const ties = this.ties[pupil]!;
    for (let t = 0; t < ties.length; t++) {
      const other = ties[t]!;
      const row = other * n + pupil;
      const cell = other * groupCount + group;
      this.pairWeight[cell]! += sign * weight[row]!;
      if (apart[row]) this.apartCount[cell]! += sign;
      if (together[row]) this.togetherCount[cell]! += sign;
      if (admissible[row]) this.nomineeCount[cell]! += sign;
      if (previous[row]) this.previousPartnerCount[cell]! += sign;
    }
    this.size[group]! += sign;
    const genders = this.model.genders.length;
    if (genderOf[pupil]! >= 0) this.genderCount[group * genders + genderOf[pupil]!]! += sign;
    this.supportCount[group]! += sign * this.isSupport[pupil]!;
    this.powerfulCount[group]! += sign * this.isPowerful[pupil]!;
    const level = this.model.level[pupil]!;
    if (!Number.isNaN(level)) {
      this.levelSum[group]! += sign * level;
      this.levelCount[group]! += sign;
    }
    const previousClass = this.model.previousClassOf[pupil]!;
    if (previousClass >= 0) this.previousClassCount[group * this.model.previousClasses.length + previousClass]! += sign;
  }

  /** Whether `pupil` has an admissible nominee in their group. */
  readonly isCovered = (pupil: number): boolean => this.nomineeCount[pupil * this.groupCount + this.groupOf[pupil]!]! > 0;
}
