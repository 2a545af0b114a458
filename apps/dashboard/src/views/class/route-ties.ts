/**
 * Routes the sociogram's ties round names and marks. Each tie is a quadratic curve from mark centre to mark
 * centre; its control point sits off the middle of the straight line by a bend, and the bend chosen is the
 * smallest of those tried (straight first, then ±1, ±2 … steps) whose curve passes through the fewest name
 * boxes (its own pupils' names and ring captions included; a name counts double) and marks of other pupils. Straight when straight is clear.
 * In the spirit of edge routing in graph drawing (e.g. Dwyer & Nachmanson, "Fast edge-routing for large
 * graphs", GD 2009), kept to one bend per tie so the picture stays calm.
 */
import { MARK, type Box, type Point, type SociogramEdge, type SociogramLayout } from './sociogram-layout.ts';
import { segmentHitsBox } from './place-labels.ts';

/** A tie's curve, centre to centre: from → (control) → to. */
export interface TieRoute {
  readonly from: Point;
  readonly control: Point;
  readonly to: Point;
}

export interface RouteOptions {
  /** Distance between the bends tried (user units). */
  readonly step?: number;
  /** Bends tried on each side of the straight line. */
  readonly steps?: number;
}

export const DEFAULT_ROUTE_OPTIONS = Object.freeze({ step: 9, steps: 20 });

/** Half the side of the square a mark (with its ring) blocks for other pupils' ties. */
const MARK_BLOCK = MARK.ring + 1;

export const tieKey = (e: { source: string; target: string }) => `${e.source}>${e.target}`;

/** Points along the curve, ends included. */
export function curvePoints(route: TieRoute, segments = 20): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments, u = 1 - t;
    out.push({
      x: u * u * route.from.x + 2 * u * t * route.control.x + t * t * route.to.x,
      y: u * u * route.from.y + 2 * u * t * route.control.y + t * t * route.to.y,
    });
  }
  return out;
}

function hits(points: readonly Point[], box: Box): boolean {
  for (let i = 1; i < points.length; i++) if (segmentHitsBox(points[i - 1]!, points[i]!, box)) return true;
  return false;
}

/** The box round a list of points (to skip obstacles the curve cannot reach). */
function bounds(points: readonly Point[]): Box {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of points) [x0, y0, x1, y1] = [Math.min(x0, p.x), Math.min(y0, p.y), Math.max(x1, p.x), Math.max(y1, p.y)];
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

const apart = (a: Box, b: Box) => a.x > b.x + b.width || b.x > a.x + a.width || a.y > b.y + b.height || b.y > a.y + a.height;

/** What a tie between two pupils should keep off: every name and ring caption, and every other pupil's mark. */
function obstacles(layout: SociogramLayout, edge: SociogramEdge): { labels: Box[]; marks: Box[] } {
  const labels: Box[] = layout.rings.map((r) => r.caption);
  const marks: Box[] = [];
  for (const p of layout.pupils.values()) {
    labels.push(p.label);
    if (p.id !== edge.source && p.id !== edge.target) marks.push({ x: p.x - MARK_BLOCK, y: p.y - MARK_BLOCK, width: 2 * MARK_BLOCK, height: 2 * MARK_BLOCK });
  }
  return { labels, marks };
}

function bent(a: Point, b: Point, bend: number): TieRoute {
  const dx = b.x - a.x, dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return { from: a, control: { x: (a.x + b.x) / 2 - (dy / length) * bend, y: (a.y + b.y) / 2 + (dx / length) * bend }, to: b };
}

export function routeTies(layout: SociogramLayout, edges: readonly SociogramEdge[], options: RouteOptions = {}): Map<string, TieRoute> {
  const { step, steps } = { ...DEFAULT_ROUTE_OPTIONS, ...options };
  const routes = new Map<string, TieRoute>();
  for (const edge of edges) {
    const a = layout.pupils.get(edge.source)!, b = layout.pupils.get(edge.target)!;
    const { labels, marks } = obstacles(layout, edge);
    let best: TieRoute | null = null;
    let bestScore = Infinity;
    for (let k = 0; k <= 2 * steps && bestScore > 0; k++) {
      const bend = (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * step;
      const route = bent(a, b, bend);
      const points = curvePoints(route);
      const reach = bounds(points);
      let score = 0;
      // A tie through a name costs more than one past a mark: the name is what must stay readable.
      for (const box of labels) if (score < bestScore && !apart(reach, box) && hits(points, box)) score += 2;
      for (const box of marks) if (score < bestScore && !apart(reach, box) && hits(points, box)) score++;
      if (score < bestScore) [best, bestScore] = [route, score];
    }
    routes.set(tieKey(edge), best!);
  }
  return routes;
}

/**
 * Crossings left: a tie through a name of another pupil or a ring caption (`labels`), through a name of one of
 * its own two pupils (`own`), or through another pupil's mark (`marks`).
 */
export function tieCrossings(layout: SociogramLayout, edges: readonly SociogramEdge[], routes: ReadonlyMap<string, TieRoute>): { labels: number; own: number; marks: number } {
  let labels = 0, marks = 0, own = 0;
  for (const edge of edges) {
    const points = curvePoints(routes.get(tieKey(edge))!);
    const o = obstacles(layout, edge);
    for (const box of o.labels) if (hits(points, box)) void (box === layout.pupils.get(edge.source)!.label || box === layout.pupils.get(edge.target)!.label ? own++ : labels++);
    for (const box of o.marks) if (hits(points, box)) marks++;
  }
  return { labels, own, marks };
}

/** Where the curve should stop: `gap` short of its end, along the tangent there. */
function shorten(end: Point, control: Point, gap: number): Point {
  const dx = end.x - control.x, dy = end.y - control.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: end.x - (dx / length) * gap, y: end.y - (dy / length) * gap };
}

/** The drawn path: the curve with its ends stopped at the marks' edges (an arrow head then meets the edge). */
export function tiePath(route: TieRoute, fromGap: number, toGap: number): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  const from = shorten(route.from, route.control, fromGap);
  const to = shorten(route.to, route.control, toGap);
  const straight = Math.abs((route.control.x - (route.from.x + route.to.x) / 2)) + Math.abs(route.control.y - (route.from.y + route.to.y) / 2) < 0.5;
  return straight ? `M${f(from.x)},${f(from.y)}L${f(to.x)},${f(to.y)}` : `M${f(from.x)},${f(from.y)}Q${f(route.control.x)},${f(route.control.y)} ${f(to.x)},${f(to.y)}`;
}
