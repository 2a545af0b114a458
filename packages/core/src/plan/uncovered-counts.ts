/**
 * UncoveredCounts: per pupil p, how many pupils — p and those who chose p (admissibleBy) — have admissible
 * nominees but none in their group, and how many of those must be covered (vulnerable). Only these pupils
 * can gain cover when p moves, so the counts bound what a move of p can add to coverage (GroupState's
 * `coverageGainBound`). Kept up to date by telling it which pupil moved (`update`).
 */
import type { GroupModel } from './group-model.ts';

export class UncoveredCounts {
  private readonly model: GroupModel;
  private readonly isCovered: (k: number) => boolean;
  /** Per pupil with nominees, whether one is in their group as last told. */
  private readonly covered: Uint8Array;
  private readonly gainable: Int32Array;
  private readonly mustGainable: Int32Array;

  /** `isCovered(k)`: whether pupil k (who has admissible nominees) has one in their group now. */
  constructor(model: GroupModel, isCovered: (k: number) => boolean) {
    this.model = model;
    this.isCovered = isCovered;
    this.covered = new Uint8Array(model.n);
    this.gainable = new Int32Array(model.n);
    this.mustGainable = new Int32Array(model.n);
    for (let k = 0; k < model.n; k++) {
      if (model.admissibleOf[k]!.length === 0) continue;
      if (isCovered(k)) this.covered[k] = 1;
      else this.count(k, 1);
    }
  }

  /** The most pupils a move of i (and j ≥ 0) can newly cover. */
  gain(i: number, j: number): number {
    return this.gainable[i]! + (j >= 0 ? this.gainable[j]! : 0);
  }

  /** As `gain`, counting only the pupils who must be covered. */
  mustGain(i: number, j: number): number {
    return this.mustGainable[i]! + (j >= 0 ? this.mustGainable[j]! : 0);
  }

  /** After p moved: the cover of p and of everyone who chose p, the only pupils whose cover that can change. */
  update(p: number): void {
    this.refresh(p);
    const by = this.model.admissibleBy[p]!;
    for (let x = 0; x < by.length; x++) this.refresh(by[x]!);
  }

  private refresh(k: number): void {
    if (this.model.admissibleOf[k]!.length === 0) return;
    const now = this.isCovered(k) ? 1 : 0;
    if (now === this.covered[k]) return;
    this.covered[k] = now;
    this.count(k, now ? -1 : 1);
  }

  /** Adds sign to the counts of k and of everyone k chose. */
  private count(k: number, sign: number): void {
    const nominees = this.model.admissibleOf[k]!;
    const must = this.model.mustCover[k]!;
    this.gainable[k]! += sign;
    if (must) this.mustGainable[k]! += sign;
    for (let t = 0; t < nominees.length; t++) {
      this.gainable[nominees[t]!]! += sign;
      if (must) this.mustGainable[nominees[t]!]! += sign;
    }
  }
}
