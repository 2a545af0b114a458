/**
 * Maximum-weight matching in a general graph: Edmonds' blossom algorithm with dual variables, O(n³).
 *
 * Source: Joris van Rantwijk's `mwmatching.py` (public domain, http://jorisvr.nl/maximummatching.html),
 * after Z. Galil, "Efficient algorithms for finding maximum matching in graphs", ACM Computing Surveys 1986.
 * Vendored from the JavaScript port `edmonds-blossom` 1.0.0 (https://github.com/mattkrick/EdmondsBlossom,
 * unmaintained) under its licence:
 *
 *   The MIT License (MIT)
 *   Copyright (c) 2015 mattkrick
 *
 *   Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
 *   associated documentation files (the "Software"), to deal in the Software without restriction, including
 *   without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 *   copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
 *   following conditions:
 *
 *   The above copyright notice and this permission notice shall be included in all copies or substantial
 *   portions of the Software.
 *
 *   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
 *   LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
 *   EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
 *   IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR
 *   THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 *
 * Changes from the port: TypeScript with declared variables (the port relied on implicit globals, which throw
 * in strict mode, i.e. in every bundle); two index tests restored to the original's (a child blossom numbered
 * n is a blossom, not a vertex, in `blossomLeaves` and `augmentBlossom`); unused variables and debug
 * comments removed; `blossomLeaves` walks a stack instead of recursing and spreading (`push(...leaves)`).
 * `expandBlossom` and `augmentBlossom` still recurse into nested blossoms, at most n/2 deep: with the seating
 * planner's limit of 300 pupils (plan-size.ts), 150 frames.
 */
import { smallest } from './extent.ts';

/** An edge `[i, j, weight]` between vertices `i` and `j` (0-based). */
export type WeightedEdge = readonly [number, number, number];

/**
 * The maximum-weight matching of `edges`: `mate[v]` is the vertex matched to `v`, or −1. With
 * `maxCardinality`, the maximum-weight matching among those of maximum cardinality.
 */
export function maxWeightMatching(edges: readonly WeightedEdge[], maxCardinality = false): number[] {
  if (edges.length === 0) return [];
  return new Blossom(edges, maxCardinality).solve();
}

const filled = <T>(length: number, value: T): T[] => Array.from({ length }, () => value);
const lists = (length: number): number[][] => Array.from({ length }, () => []);
/** `list[index]`, counting from the end when the index is negative (Python's list[-1]). */
const at = (list: readonly number[], index: number): number => list[index < 0 ? list.length + index : index]!;

class Blossom {
  private readonly nEdge: number;
  private readonly nVertex: number;
  /** endpoint[p]: the vertex at end p of edge ⌊p/2⌋. */
  private readonly endpoint: number[];
  /** neighbend[v]: the edge ends p whose other end is v's neighbour. */
  private readonly neighbend: number[][];
  /** mate[v]: the remote end p of v's matched edge, or −1 (turned into vertices at the end). */
  private readonly mate: number[];
  private label: number[];
  private readonly labelEnd: number[];
  private readonly inBlossom: number[];
  private readonly blossomParent: number[];
  private readonly blossomChilds: number[][];
  private readonly blossomBase: number[];
  private readonly blossomEndPs: number[][];
  private bestEdge: number[];
  private blossomBestEdges: number[][];
  private readonly unusedBlossoms: number[];
  private readonly dualVar: number[];
  private allowEdge: boolean[];
  private queue: number[];

  constructor(private readonly edges: readonly WeightedEdge[], private readonly maxCardinality: boolean) {
    this.nEdge = edges.length;
    let nVertex = 0;
    let maxWeight = 0;
    for (const [i, j, weight] of edges) {
      nVertex = Math.max(nVertex, i + 1, j + 1);
      maxWeight = Math.max(maxWeight, weight);
    }
    this.nVertex = nVertex;
    const n = nVertex;
    this.endpoint = Array.from({ length: 2 * this.nEdge }, (_, p) => edges[p >> 1]![p % 2]!);
    this.neighbend = lists(n);
    edges.forEach(([i, j], k) => {
      this.neighbend[i]!.push(2 * k + 1);
      this.neighbend[j]!.push(2 * k);
    });
    this.mate = filled(n, -1);
    this.label = filled(2 * n, 0);
    this.labelEnd = filled(2 * n, -1);
    this.inBlossom = Array.from({ length: n }, (_, v) => v);
    this.blossomParent = filled(2 * n, -1);
    this.blossomChilds = lists(2 * n);
    this.blossomBase = [...Array.from({ length: n }, (_, v) => v), ...filled(n, -1)];
    this.blossomEndPs = lists(2 * n);
    this.bestEdge = filled(2 * n, -1);
    this.blossomBestEdges = lists(2 * n);
    this.unusedBlossoms = Array.from({ length: n }, (_, k) => n + k);
    this.dualVar = [...filled(n, maxWeight), ...filled(n, 0)];
    this.allowEdge = filled(this.nEdge, false);
    this.queue = [];
  }

  solve(): number[] {
    const n = this.nVertex;
    for (let stage = 0; stage < n; stage++) {
      this.label = filled(2 * n, 0);
      this.bestEdge = filled(2 * n, -1);
      this.blossomBestEdges = lists(2 * n);
      this.allowEdge = filled(this.nEdge, false);
      this.queue = [];
      for (let v = 0; v < n; v++) {
        if (this.mate[v] === -1 && this.label[this.inBlossom[v]!] === 0) this.assignLabel(v, 1, -1);
      }
      let augmented = false;
      for (;;) {
        while (this.queue.length > 0 && !augmented) {
          const v = this.queue.pop()!;
          for (const p of this.neighbend[v]!) {
            const k = p >> 1;
            const w = this.endpoint[p]!;
            if (this.inBlossom[v] === this.inBlossom[w]) continue;
            let kSlack = 0;
            if (!this.allowEdge[k]) {
              kSlack = this.slack(k);
              if (kSlack <= 0) this.allowEdge[k] = true;
            }
            if (this.allowEdge[k]) {
              if (this.label[this.inBlossom[w]!] === 0) {
                this.assignLabel(w, 2, p ^ 1);
              } else if (this.label[this.inBlossom[w]!] === 1) {
                const base = this.scanBlossom(v, w);
                if (base >= 0) {
                  this.addBlossom(base, k);
                } else {
                  this.augmentMatching(k);
                  augmented = true;
                  break;
                }
              } else if (this.label[w] === 0) {
                this.label[w] = 2;
                this.labelEnd[w] = p ^ 1;
              }
            } else if (this.label[this.inBlossom[w]!] === 1) {
              const b = this.inBlossom[v]!;
              if (this.bestEdge[b] === -1 || kSlack < this.slack(this.bestEdge[b]!)) this.bestEdge[b] = k;
            } else if (this.label[w] === 0) {
              if (this.bestEdge[w] === -1 || kSlack < this.slack(this.bestEdge[w]!)) this.bestEdge[w] = k;
            }
          }
        }
        if (augmented) break;

        // No augmenting path: change the dual variables by the largest allowed delta.
        let deltaType = -1;
        let delta = 0;
        let deltaEdge = -1;
        let deltaBlossom = -1;
        if (!this.maxCardinality) {
          deltaType = 1;
          delta = smallest(this.dualVar.slice(0, n));
        }
        for (let v = 0; v < n; v++) {
          if (this.label[this.inBlossom[v]!] === 0 && this.bestEdge[v] !== -1) {
            const d = this.slack(this.bestEdge[v]!);
            if (deltaType === -1 || d < delta) {
              delta = d;
              deltaType = 2;
              deltaEdge = this.bestEdge[v]!;
            }
          }
        }
        for (let b = 0; b < 2 * n; b++) {
          if (this.blossomParent[b] === -1 && this.label[b] === 1 && this.bestEdge[b] !== -1) {
            const d = this.slack(this.bestEdge[b]!) / 2;
            if (deltaType === -1 || d < delta) {
              delta = d;
              deltaType = 3;
              deltaEdge = this.bestEdge[b]!;
            }
          }
        }
        for (let b = n; b < 2 * n; b++) {
          if (this.blossomBase[b]! >= 0 && this.blossomParent[b] === -1 && this.label[b] === 2 && (deltaType === -1 || this.dualVar[b]! < delta)) {
            delta = this.dualVar[b]!;
            deltaType = 4;
            deltaBlossom = b;
          }
        }
        if (deltaType === -1) {
          // Maximum cardinality reached: one last delta to reach optimum weight.
          deltaType = 1;
          delta = Math.max(0, smallest(this.dualVar.slice(0, n)));
        }
        for (let v = 0; v < n; v++) {
          const label = this.label[this.inBlossom[v]!];
          if (label === 1) this.dualVar[v]! -= delta;
          else if (label === 2) this.dualVar[v]! += delta;
        }
        for (let b = n; b < 2 * n; b++) {
          if (this.blossomBase[b]! >= 0 && this.blossomParent[b] === -1) {
            if (this.label[b] === 1) this.dualVar[b]! += delta;
            else if (this.label[b] === 2) this.dualVar[b]! -= delta;
          }
        }
        if (deltaType === 1) break;
        if (deltaType === 2) {
          this.allowEdge[deltaEdge] = true;
          let [i, j] = this.edges[deltaEdge]!;
          if (this.label[this.inBlossom[i]!] === 0) [i, j] = [j, i];
          this.queue.push(i);
        } else if (deltaType === 3) {
          this.allowEdge[deltaEdge] = true;
          this.queue.push(this.edges[deltaEdge]![0]);
        } else if (deltaType === 4) {
          this.expandBlossom(deltaBlossom, false);
        }
      }
      if (!augmented) break;
      for (let b = n; b < 2 * n; b++) {
        if (this.blossomParent[b] === -1 && this.blossomBase[b]! >= 0 && this.label[b] === 1 && this.dualVar[b] === 0) this.expandBlossom(b, true);
      }
    }
    return this.mate.map((p) => (p >= 0 ? this.endpoint[p]! : -1));
  }

  private slack(k: number): number {
    const [i, j, weight] = this.edges[k]!;
    return this.dualVar[i]! + this.dualVar[j]! - 2 * weight;
  }

  /** The vertices inside blossom b, in the order of the original's recursion (here a stack: no recursion, no spread). */
  private blossomLeaves(b: number): number[] {
    if (b < this.nVertex) return [b];
    const leaves: number[] = [];
    const stack: number[] = [b];
    while (stack.length > 0) {
      const top = stack.pop()!;
      if (top < this.nVertex) {
        leaves.push(top);
        continue;
      }
      const children = this.blossomChilds[top]!;
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
    }
    return leaves;
  }

  private assignLabel(w: number, t: number, p: number): void {
    const b = this.inBlossom[w]!;
    this.label[w] = this.label[b] = t;
    this.labelEnd[w] = this.labelEnd[b] = p;
    this.bestEdge[w] = this.bestEdge[b] = -1;
    if (t === 1) {
      for (const leaf of this.blossomLeaves(b)) this.queue.push(leaf);
    } else if (t === 2) {
      const base = this.blossomBase[b]!;
      this.assignLabel(this.endpoint[this.mate[base]!]!, 1, this.mate[base]! ^ 1);
    }
  }

  /** The base of a new blossom found from v and w, or −1 when they lead to an augmenting path. */
  private scanBlossom(v: number, w: number): number {
    const path: number[] = [];
    let base = -1;
    while (v !== -1 || w !== -1) {
      let b = this.inBlossom[v]!;
      if (this.label[b]! & 4) {
        base = this.blossomBase[b]!;
        break;
      }
      path.push(b);
      this.label[b] = 5;
      if (this.labelEnd[b] === -1) {
        v = -1;
      } else {
        v = this.endpoint[this.labelEnd[b]!]!;
        b = this.inBlossom[v]!;
        v = this.endpoint[this.labelEnd[b]!]!;
      }
      if (w !== -1) [v, w] = [w, v];
    }
    for (const b of path) this.label[b] = 1;
    return base;
  }

  private addBlossom(base: number, k: number): void {
    let [v, w] = this.edges[k]!;
    const bb = this.inBlossom[base]!;
    let bv = this.inBlossom[v]!;
    let bw = this.inBlossom[w]!;
    const b = this.unusedBlossoms.pop()!;
    this.blossomBase[b] = base;
    this.blossomParent[b] = -1;
    this.blossomParent[bb] = b;
    const path: number[] = (this.blossomChilds[b] = []);
    const endPs: number[] = (this.blossomEndPs[b] = []);
    while (bv !== bb) {
      this.blossomParent[bv] = b;
      path.push(bv);
      endPs.push(this.labelEnd[bv]!);
      v = this.endpoint[this.labelEnd[bv]!]!;
      bv = this.inBlossom[v]!;
    }
    path.push(bb);
    path.reverse();
    endPs.reverse();
    endPs.push(2 * k);
    while (bw !== bb) {
      this.blossomParent[bw] = b;
      path.push(bw);
      endPs.push(this.labelEnd[bw]! ^ 1);
      w = this.endpoint[this.labelEnd[bw]!]!;
      bw = this.inBlossom[w]!;
    }
    this.label[b] = 1;
    this.labelEnd[b] = this.labelEnd[bb]!;
    this.dualVar[b] = 0;
    for (const leaf of this.blossomLeaves(b)) {
      if (this.label[this.inBlossom[leaf]!] === 2) this.queue.push(leaf);
      this.inBlossom[leaf] = b;
    }
    const bestEdgeTo = filled(2 * this.nVertex, -1);
    for (const child of path) {
      const nbLists = this.blossomBestEdges[child]!.length === 0
        ? this.blossomLeaves(child).map((leaf) => this.neighbend[leaf]!.map((p) => p >> 1))
        : [this.blossomBestEdges[child]!];
      for (const nbList of nbLists) {
        for (const edge of nbList) {
          let [i, j] = this.edges[edge]!;
          if (this.inBlossom[j] === b) [i, j] = [j, i];
          const bj = this.inBlossom[j]!;
          if (bj !== b && this.label[bj] === 1 && (bestEdgeTo[bj] === -1 || this.slack(edge) < this.slack(bestEdgeTo[bj]!))) bestEdgeTo[bj] = edge;
        }
      }
      this.blossomBestEdges[child] = [];
      this.bestEdge[child] = -1;
    }
    this.blossomBestEdges[b] = bestEdgeTo.filter((edge) => edge !== -1);
    this.bestEdge[b] = -1;
    for (const edge of this.blossomBestEdges[b]!) {
      if (this.bestEdge[b] === -1 || this.slack(edge) < this.slack(this.bestEdge[b]!)) this.bestEdge[b] = edge;
    }
  }

  private expandBlossom(b: number, endStage: boolean): void {
    for (const s of this.blossomChilds[b]!) {
      this.blossomParent[s] = -1;
      if (s < this.nVertex) this.inBlossom[s] = s;
      else if (endStage && this.dualVar[s] === 0) this.expandBlossom(s, endStage);
      else for (const leaf of this.blossomLeaves(s)) this.inBlossom[leaf] = s;
    }
    if (!endStage && this.label[b] === 2) {
      const childs = this.blossomChilds[b]!;
      const endPs = this.blossomEndPs[b]!;
      const entryChild = this.inBlossom[this.endpoint[this.labelEnd[b]! ^ 1]!]!;
      let j = childs.indexOf(entryChild);
      let jStep: number;
      let endpTrick: number;
      if (j & 1) {
        j -= childs.length;
        jStep = 1;
        endpTrick = 0;
      } else {
        jStep = -1;
        endpTrick = 1;
      }
      let p = this.labelEnd[b]!;
      while (j !== 0) {
        this.label[this.endpoint[p ^ 1]!] = 0;
        this.label[this.endpoint[at(endPs, j - endpTrick) ^ endpTrick ^ 1]!] = 0;
        this.assignLabel(this.endpoint[p ^ 1]!, 2, p);
        this.allowEdge[at(endPs, j - endpTrick) >> 1] = true;
        j += jStep;
        p = at(endPs, j - endpTrick) ^ endpTrick;
        this.allowEdge[p >> 1] = true;
        j += jStep;
      }
      let bv = at(childs, j);
      this.label[this.endpoint[p ^ 1]!] = this.label[bv] = 2;
      this.labelEnd[this.endpoint[p ^ 1]!] = this.labelEnd[bv] = p;
      this.bestEdge[bv] = -1;
      j += jStep;
      while (at(childs, j) !== entryChild) {
        bv = at(childs, j);
        if (this.label[bv] === 1) {
          j += jStep;
          continue;
        }
        let v = -1;
        for (const leaf of this.blossomLeaves(bv)) {
          v = leaf;
          if (this.label[leaf] !== 0) break;
        }
        if (this.label[v] !== 0) {
          this.label[v] = 0;
          this.label[this.endpoint[this.mate[this.blossomBase[bv]!]!]!] = 0;
          this.assignLabel(v, 2, this.labelEnd[v]!);
        }
        j += jStep;
      }
    }
    this.label[b] = this.labelEnd[b] = -1;
    this.blossomEndPs[b] = this.blossomChilds[b] = [];
    this.blossomBase[b] = -1;
    this.blossomBestEdges[b] = [];
    this.bestEdge[b] = -1;
    this.unusedBlossoms.push(b);
  }

  private augmentBlossom(b: number, v: number): void {
    let t = v;
    while (this.blossomParent[t] !== b) t = this.blossomParent[t]!;
    if (t >= this.nVertex) this.augmentBlossom(t, v);
    const i = this.blossomChilds[b]!.indexOf(t);
    let j = i;
    let jStep: number;
    let endpTrick: number;
    if (i & 1) {
      j -= this.blossomChilds[b]!.length;
      jStep = 1;
      endpTrick = 0;
    } else {
      jStep = -1;
      endpTrick = 1;
    }
    while (j !== 0) {
      j += jStep;
      t = at(this.blossomChilds[b]!, j);
      const p = at(this.blossomEndPs[b]!, j - endpTrick) ^ endpTrick;
      if (t >= this.nVertex) this.augmentBlossom(t, this.endpoint[p]!);
      j += jStep;
      t = at(this.blossomChilds[b]!, j);
      if (t >= this.nVertex) this.augmentBlossom(t, this.endpoint[p ^ 1]!);
      this.mate[this.endpoint[p]!] = p ^ 1;
      this.mate[this.endpoint[p ^ 1]!] = p;
    }
    const childs = this.blossomChilds[b]!;
    const endPs = this.blossomEndPs[b]!;
    this.blossomChilds[b] = [...childs.slice(i), ...childs.slice(0, i)];
    this.blossomEndPs[b] = [...endPs.slice(i), ...endPs.slice(0, i)];
    this.blossomBase[b] = this.blossomBase[this.blossomChilds[b]![0]!]!;
  }

  private augmentMatching(k: number): void {
    const [v, w] = this.edges[k]!;
    for (const [start, end] of [[v, 2 * k + 1], [w, 2 * k]] as const) {
      let s: number = start;
      let p: number = end;
      for (;;) {
        const bs = this.inBlossom[s]!;
        if (bs >= this.nVertex) this.augmentBlossom(bs, s);
        this.mate[s] = p;
        if (this.labelEnd[bs] === -1) break;
        const t = this.endpoint[this.labelEnd[bs]!]!;
        const bt = this.inBlossom[t]!;
        s = this.endpoint[this.labelEnd[bt]!]!;
        const j = this.endpoint[this.labelEnd[bt]! ^ 1]!;
        if (bt >= this.nVertex) this.augmentBlossom(bt, j);
        this.mate[j] = this.labelEnd[bt]!;
        p = this.labelEnd[bt]! ^ 1;
      }
    }
  }
}
