/**
 * Rectangle collision for d3-force, and a final separation pass. d3's own forceCollide treats bodies as
 * circles, which fits a mark but not a name ten times wider than high; here each node carries a box (its
 * mark and the label under it), and overlapping boxes are pushed apart along the axis that overlaps least.
 */
import type { SimulationNodeDatum } from 'd3';

/** A box relative to its node's position: x − left … x + right, y − top … y + bottom. */
export interface Extent {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface BoxNode extends SimulationNodeDatum {
  readonly extent: Extent;
  /** Never moved (e.g. a ring's caption). */
  readonly fixed?: boolean;
}

/** Overlap of two nodes' boxes on each axis, with `padding` between them; ≤ 0 on an axis means apart. */
function overlap(a: BoxNode, b: BoxNode, padding: number): { x: number; y: number; dx: number; dy: number } {
  const ax = a.x!, ay = a.y!, bx = b.x!, by = b.y!;
  const x = Math.min(ax + a.extent.right, bx + b.extent.right) - Math.max(ax - a.extent.left, bx - b.extent.left) + padding;
  const y = Math.min(ay + a.extent.bottom, by + b.extent.bottom) - Math.max(ay - a.extent.top, by - b.extent.top) + padding;
  // Which way b lies from a, by box centres (ties broken so two nodes at one point still part).
  const dx = bx + (b.extent.right - b.extent.left) / 2 - (ax + (a.extent.right - a.extent.left) / 2) || 1e-3;
  const dy = by + (b.extent.bottom - b.extent.top) / 2 - (ay + (a.extent.bottom - a.extent.top) / 2) || 1e-3;
  return { x, y, dx, dy };
}

/** Moves a and b apart by `amount` along one axis, all of it on the one that may move. */
function part(a: BoxNode, b: BoxNode, axis: 'x' | 'y', amount: number, sign: number, velocity: boolean): void {
  const share = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
  const key = velocity ? (axis === 'x' ? 'vx' : 'vy') : axis;
  a[key] = (a[key] ?? 0) - sign * amount * share[0]!;
  b[key] = (b[key] ?? 0) + sign * amount * share[1]!;
}

function resolve(nodes: readonly BoxNode[], padding: number, strength: number, velocity: boolean): number {
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!, b = nodes[j]!;
      if (a.fixed && b.fixed) continue;
      const o = overlap(a, b, padding);
      if (o.x <= 0 || o.y <= 0) continue;
      count++;
      // A fixed box (a ring's caption, at the top of its ring) is passed sideways, along the ring.
      if (o.x < o.y || a.fixed || b.fixed) part(a, b, 'x', o.x * strength, Math.sign(o.dx), velocity);
      else part(a, b, 'y', o.y * strength, Math.sign(o.dy), velocity);
    }
  }
  return count;
}

/** A d3-force force: overlapping boxes push each other apart (through their velocities). */
export function forceRectCollide<N extends BoxNode>(padding = 2, strength = 0.5) {
  let nodes: readonly N[] = [];
  const force = (_alpha: number) => void resolve(nodes, padding, strength, true);
  force.initialize = (n: N[]) => (nodes = n);
  return force;
}

/**
 * Moves boxes apart until none overlaps (or `rounds` run out), calling `constrain` after each round so a
 * node stays where it must (its ring, its half). Returns the overlaps left — 0 when it succeeded.
 */
export function separate(nodes: readonly BoxNode[], padding = 2, constrain: () => void = () => {}, rounds = 800): number {
  for (let round = 0; round < rounds; round++) {
    if (resolve(nodes, padding, 0.6, false) === 0) return 0;
    constrain();
  }
  return resolve(nodes, padding, 0, false);
}
