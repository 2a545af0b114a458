/**
 * The label-placement pass: after the layout, each name may move from under its mark to above it, or to its
 * right or left, when that takes it off the ties drawn through it — but only to a place that covers no other
 * name, no other pupil's mark and no ring caption. Greedy, in class order, twice; ties prefer "below".
 */
import { MARK, type Box, type Point, type PlacedPupil, type SociogramEdge, type SociogramLayout } from './sociogram-layout.ts';

type Mutable = { -readonly [K in keyof PlacedPupil]: PlacedPupil[K] };

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether the segment p→q passes through box b (Liang–Barsky clipping). */
export function segmentHitsBox(p: { x: number; y: number }, q: { x: number; y: number }, b: Box): boolean {
  let t0 = 0, t1 = 1;
  const dx = q.x - p.x, dy = q.y - p.y;
  const edges: [number, number][] = [[-dx, p.x - b.x], [dx, b.x + b.width - p.x], [-dy, p.y - b.y], [dy, b.y + b.height - p.y]];
  for (const [pp, qq] of edges) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const r = qq / pp;
      if (pp < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function reach(points: readonly Point[]): Box {
  const xs = points.map((q) => q.x), ys = points.map((q) => q.y);
  const x = Math.min(...xs), y = Math.min(...ys);
  // A line along an axis still has a box that overlaps what it crosses.
  return { x: x - 0.01, y: y - 0.01, width: Math.max(...xs) - x + 0.02, height: Math.max(...ys) - y + 0.02 };
}

function candidates(p: Mutable, shifted: boolean): Box[] {
  const { width, height } = p.label;
  const h = MARK.half;
  const sides = [
    { x: p.x - width / 2, y: p.y + h + MARK.labelGap, width, height },
    { x: p.x - width / 2, y: p.y - h - height, width, height },
    { x: p.x + h + 1, y: p.y - height / 2, width, height },
    { x: p.x - h - 1 - width, y: p.y - height / 2, width, height },
  ];
  if (!shifted) return sides;
  // Below or above, shifted to one side until its end is over or under the mark's middle.
  const shift = Math.max(0, width / 2 - h);
  return [...sides, ...[p.y + h + MARK.labelGap, p.y - h - height].flatMap((y) => [-shift, shift].map((dx) => ({ x: p.x - width / 2 + dx, y, width, height })))];
}

/** Ties drawn through names (a tie through its own pupil's name counts too). */
export function tiesThroughNames(layout: SociogramLayout, edges: readonly SociogramEdge[]): number {
  let count = 0;
  for (const p of layout.pupils.values()) for (const e of edges) if (segmentHitsBox(layout.pupils.get(e.source)!, layout.pupils.get(e.target)!, p.label)) count++;
  return count;
}

/**
 * With `lines` (each tie as the points it is drawn through, e.g. its routed curve), only the names those lines
 * still cross are moved, and also to places shifted to one side above or below the mark.
 */
export function placeLabels(layout: SociogramLayout, edges: readonly SociogramEdge[], lines?: (edge: SociogramEdge) => readonly Point[]): SociogramLayout {
  const pupils = new Map([...layout.pupils].map(([id, p]): [string, Mutable] => [id, { ...p }]));
  const captions = layout.rings.map((r) => r.caption);
  // Each drawn line with the box round it, so a name far from a line is passed over at once.
  const drawn = lines ? edges.map(lines).map((points) => ({ points, reach: reach(points) })) : null;
  const crosses = (line: { points: readonly Point[]; reach: Box }, box: Box) =>
    overlaps(line.reach, box) && line.points.some((q, i) => i > 0 && segmentHitsBox(line.points[i - 1]!, q, box));
  const through = (box: Box) =>
    drawn ? drawn.filter((line) => crosses(line, box)).length : edges.filter((e) => segmentHitsBox(pupils.get(e.source)!, pupils.get(e.target)!, box)).length;
  for (let round = 0; round < 2; round++) {
    for (const p of pupils.values()) {
      let best = p.label;
      let bestScore = through(p.label) + (p.label.y > p.y ? 0 : 0.5);
      if (drawn && bestScore < 1) continue;
      candidates(p, drawn !== null).forEach((box, k) => {
        const free = [...pupils.values()].every((o) => o === p || (!overlaps(box, o.label) && !overlaps(box, o.mark))) && captions.every((c) => !overlaps(box, c));
        const score = through(box) + (k === 0 ? 0 : 0.5);
        if (free && score < bestScore) [best, bestScore] = [box, score];
      });
      p.label = best;
    }
  }
  const boxes = [...[...pupils.values()].flatMap((p) => [p.label, p.mark]), ...captions];
  if (layout.centre) for (const r of layout.rings) boxes.push({ x: layout.centre.x - r.radius, y: layout.centre.y - r.radius, width: 2 * r.radius, height: 2 * r.radius });
  const margin = 6;
  const x0 = Math.min(...boxes.map((b) => b.x)) - margin;
  const y0 = Math.min(...boxes.map((b) => b.y)) - margin;
  const x1 = Math.max(...boxes.map((b) => b.x + b.width)) + margin;
  const y1 = Math.max(...boxes.map((b) => b.y + b.height)) + margin;
  return { ...layout, pupils, viewBox: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } };
}
