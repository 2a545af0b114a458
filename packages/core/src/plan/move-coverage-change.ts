/**
 * MoveCoverageChange: how a move (a pupil to another group, or a swap) changes coverage — how many pupils
 * with admissible nominees have one in their group, and how many who must be covered have none. Only the
 * movers and the pupils who chose them can change, so the cost is their number.
 */
import type { GroupModel } from './group-model.ts';
import type { GroupTallies } from './group-tallies.ts';

/** Measures a move's change in coverage (`measure`, then read `covered` and `uncovered`). */
export class MoveCoverageChange {
  private readonly n: number;
  private readonly groupCount: number;
  /** The tallies' tables and the model's pair tables, held here for the hot `visit`. */
  private readonly groupOf: Int32Array;
  private readonly nomineeCount: Int32Array;
  private readonly admissible: GroupModel['admissible'];
  private readonly admissibleOf: GroupModel['admissibleOf'];
  private readonly admissibleBy: GroupModel['admissibleBy'];
  private readonly mustCover: GroupModel['mustCover'];
  /** Per pupil, the measurement that last looked at them (so each pupil counts once). */
  private readonly visitedIn: Int32Array;
  private measurement = 0;
  /** After `measure`: change in the pupils with admissible nominees who have one in their group. */
  covered = 0;
  /** After `measure`: change in the pupils who must be covered but are not. */
  uncovered = 0;

  /** Coverage changes of moves within `tallies`. */
  constructor(tallies: GroupTallies) {
    const { model } = tallies;
    this.n = model.n;
    this.groupCount = tallies.groupCount;
    this.groupOf = tallies.groupOf;
    this.nomineeCount = tallies.nomineeCount;
    this.admissible = model.admissible;
    this.admissibleOf = model.admissibleOf;
    this.admissibleBy = model.admissibleBy;
    this.mustCover = model.mustCover;
    this.visitedIn = new Int32Array(model.n);
  }

  /** Sets `covered` and `uncovered` for moving `pupil` to `toGroup` and `partner` (≥ 0) from there to the pupil's group. */
  measure(pupil: number, toGroup: number, partner: number): void {
    const fromGroup = this.groupOf[pupil]!;
    const admissibleBy = this.admissibleBy;
    const byPupil = admissibleBy[pupil]!;
    this.covered = 0;
    this.uncovered = 0;
    const measurement = ++this.measurement;
    this.visit(pupil, pupil, toGroup, partner, fromGroup, measurement);
    for (let x = 0; x < byPupil.length; x++) this.visit(byPupil[x]!, pupil, toGroup, partner, fromGroup, measurement);
    if (partner >= 0) {
      const byPartner = admissibleBy[partner]!;
      this.visit(partner, pupil, toGroup, partner, fromGroup, measurement);
      for (let x = 0; x < byPartner.length; x++) this.visit(byPartner[x]!, pupil, toGroup, partner, fromGroup, measurement);
    }
  }

  /** Adds the coverage change of pupil `k` (once per measurement) to `covered` and `uncovered`. */
  private visit(k: number, pupil: number, toGroup: number, partner: number, fromGroup: number, measurement: number): void {
    if (this.visitedIn[k] === measurement) return;
    this.visitedIn[k] = measurement;
    const { n, groupCount, groupOf, nomineeCount, admissible, admissibleOf, mustCover } = this;
    const swap = partner >= 0;
    const groupOfK = groupOf[k]!;
    const before = nomineeCount[k * groupCount + groupOfK]!;
    let after: number;
    if (k === pupil) after = nomineeCount[pupil * groupCount + toGroup]! - (swap ? admissible[pupil * n + partner]! : 0);
    else if (swap && k === partner) after = nomineeCount[partner * groupCount + fromGroup]! - admissible[partner * n + pupil]!;
    else {
      after = before;
      if (groupOfK === fromGroup) after += -admissible[k * n + pupil]! + (swap ? admissible[k * n + partner]! : 0);
      else if (groupOfK === toGroup) after += admissible[k * n + pupil]! - (swap ? admissible[k * n + partner]! : 0);
    }
    const coveredAfter = after > 0;
    if (before > 0 === coveredAfter) return;
    if (admissibleOf[k]!.length > 0) this.covered += coveredAfter ? 1 : -1;
    if (mustCover[k]) this.uncovered += coveredAfter ? -1 : 1;
  }
}
