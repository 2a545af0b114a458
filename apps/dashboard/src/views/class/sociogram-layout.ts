/**
 * Positions for the sociogram, names included. Two layouts:
 * - force: a seeded d3-force layout (the same class gives the same picture every time), friends near friends;
 * - target (Northway 1940): rings by choices received, the most chosen in the middle (bands in TARGET_BANDS,
 *   docs/methods.md), girls and boys in their own halves when asked.
 * Every pupil is a box — the mark with its badge, and the name under it — and d3-force keeps the boxes apart
 * (forceRectCollide), then a separation pass removes any overlap left, so no name covers another name or
 * another pupil's mark. The frame (viewBox) is fitted to what is drawn, so nothing is cut off.
 * Pure functions over copies — d3-force mutates the nodes it is given.
 */
import { forceLink, forceManyBody, forceRadial, forceSimulation, forceX, forceY } from 'd3';
import { createRng, type PupilGender, type Survey } from '@sociogram/core';
import { forceRectCollide, separate, type BoxNode, type Extent } from './rect-collide.ts';

export interface SociogramEdge {
  readonly source: string;
  readonly target: string;
  /** Both chose each other (drawn once, emphasised). */
  readonly mutual: boolean;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Geometry of a mark and its name (user units; the picture scales as a whole). */
export const MARK = Object.freeze({
  /** Radius of the mark (circle, triangle, square all fit it). */
  radius: 10,
  /** Radius of the ring drawn round a pupil with a state (isolated, no mutual friend). */
  ring: 14,
  /** Half the side of the square a mark takes with its ring and its letter badge. */
  half: 19,
  /** Font size of names, and the height of a name's box. */
  fontSize: 13,
  labelHeight: 16,
  /** Gap between the mark's box and the name under it. */
  labelGap: 0,
});

/** Bands of the target sociogram by classmates choosing the pupil, innermost first (docs/methods.md). */
export const TARGET_BANDS: readonly { readonly min: number; readonly max: number | null }[] = Object.freeze([
  { min: 5, max: null },
  { min: 3, max: 4 },
  { min: 1, max: 2 },
  { min: 0, max: 0 },
]);

export function targetBand(received: number): number {
  return TARGET_BANDS.findIndex((b) => received >= b.min && (b.max === null || received <= b.max));
}

export interface LayoutPupil {
  readonly id: string;
  /** The name drawn under the mark. */
  readonly label: string;
  readonly gender: PupilGender;
}

export interface PlacedPupil {
  readonly id: string;
  /** Centre of the mark. */
  readonly x: number;
  readonly y: number;
  /** The name's box (text centred in it). */
  readonly label: Box;
  /** The mark with its ring and badge. */
  readonly mark: Box;
}

export interface Ring {
  readonly radius: number;
  readonly band: number;
  /** Where the band's caption is written. */
  readonly caption: Box;
}

export interface SociogramLayout {
  readonly pupils: ReadonlyMap<string, PlacedPupil>;
  readonly viewBox: Box;
  /** Target layout: the rings, innermost first, and the centre. */
  readonly rings: readonly Ring[];
  readonly centre: Point | null;
  /** Target layout split by gender: x of the dividing line. */
  readonly divide: number | null;
}

export interface LayoutOptions {
  readonly seed?: number;
  /** Width of a text at the name font size; in the browser measured on a canvas. */
  readonly measure?: (text: string) => number;
  /** Font size of names (projector mode draws them larger); their boxes grow with it. */
  readonly fontSize?: number;
  /**
   * Force layout: width ÷ height of the frame the picture is shown in (a screen ≈ 1.6, the A4 meeting sheet
   * ≈ 1.1). A picture much narrower than its frame is laid out again, flatter, and the one whose names come
   * out larger in the frame is kept.
   */
  readonly frame?: number;
  /** Target layout: the caption of each band, innermost first. */
  readonly bandCaptions?: readonly string[];
  /** Target layout: girls in the left half, boys in the right. */
  readonly splitByGender?: boolean;
}

/** A width estimate for names at 13 px in a sans-serif font, on the generous side (tests, and no canvas). */
export function estimateWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[ .,'’ilIj|]/.test(ch) ? 4 : /[mwMWÆæŒœ]/.test(ch) ? 12 : /[A-ZÅØ]/.test(ch) ? 9.5 : 7.5;
  return width;
}

/** Edges of the chosen questions, a mutual pair once. */
export function sociogramEdges(survey: Survey, questionIds: readonly string[]): SociogramEdge[] {
  const wanted = new Set(questionIds);
  const pairs = new Set(survey.nominations.filter((n) => wanted.has(n.question)).map((n) => `${n.from}\u0000${n.to}`));
  const edges: SociogramEdge[] = [];
  for (const key of pairs) {
    const [source, target] = key.split('\u0000') as [string, string];
    const mutual = pairs.has(`${target}\u0000${source}`);
    if (mutual && source > target) continue;
    edges.push({ source, target, mutual });
  }
  return edges;
}

/** Distinct classmates choosing each pupil in the drawn edges. */
export function receivedCounts(ids: readonly string[], edges: readonly SociogramEdge[]): Map<string, number> {
  const out = new Map(ids.map((id) => [id, 0]));
  for (const e of edges) {
    out.set(e.target, (out.get(e.target) ?? 0) + 1);
    if (e.mutual) out.set(e.source, (out.get(e.source) ?? 0) + 1);
  }
  return out;
}

type Node = BoxNode & { id: string; x: number; y: number; width: number };

/** The name's font size, the height of its box and how its width is measured, from the options. */
function nameFont(options: LayoutOptions): { measure: (text: string) => number; labelHeight: number } {
  const size = options.fontSize ?? MARK.fontSize;
  return {
    measure: options.measure ?? ((text) => (estimateWidth(text) * size) / MARK.fontSize),
    labelHeight: Math.ceil((MARK.labelHeight * size) / MARK.fontSize),
  };
}

function nodesFor(pupils: readonly LayoutPupil[], measure: (text: string) => number, labelHeight: number): Node[] {
  return pupils.map((p) => {
    const width = Math.ceil(measure(p.label)) + 4;
    const half = Math.max(MARK.half, width / 2);
    const extent: Extent = { left: half, right: half, top: MARK.half, bottom: MARK.half + MARK.labelGap + labelHeight };
    return { id: p.id, x: 0, y: 0, width, extent };
  });
}

const area = (n: Node) => (n.extent.left + n.extent.right + 4) * (n.extent.top + n.extent.bottom + 4);

function place(nodes: readonly Node[], extra: Box[], rings: Ring[], centre: Point | null, divide: number | null): SociogramLayout {
  const pupils = new Map<string, PlacedPupil>();
  const boxes: Box[] = [...extra];
  for (const n of nodes) {
    const mark = { x: n.x - MARK.half, y: n.y - MARK.half, width: 2 * MARK.half, height: 2 * MARK.half };
    const label = { x: n.x - n.width / 2, y: n.y + MARK.half + MARK.labelGap, width: n.width, height: n.extent.bottom - MARK.half - MARK.labelGap };
    pupils.set(n.id, { id: n.id, x: n.x, y: n.y, mark, label });
    boxes.push(mark, label);
  }
  for (const r of rings) boxes.push({ x: centre!.x - r.radius, y: centre!.y - r.radius, width: 2 * r.radius, height: 2 * r.radius });
  const margin = 6;
  const x0 = Math.min(...boxes.map((b) => b.x)) - margin;
  const y0 = Math.min(...boxes.map((b) => b.y)) - margin;
  const x1 = Math.max(...boxes.map((b) => b.x + b.width)) + margin;
  const y1 = Math.max(...boxes.map((b) => b.y + b.height)) + margin;
  return { pupils, viewBox: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, rings, centre, divide };
}

/**
 * Room kept between pupils' boxes in the force layout: enough for a tie to pass between two names rather than
 * through one (route-ties.ts bends it there).
 */
const FORCE_PADDING = 14;

/** Pull to the middle column and to the middle line (x, y): the second is for a picture too narrow for its frame. */
const PULLS: readonly (readonly [number, number])[] = [[0.04, 0.16], [0.02, 0.3]];

/**
 * Classes larger than this are not drawn: 300 simulation ticks over thousands of labelled nodes would block the
 * page for seconds, and the picture would be unreadable. The view shows the class figures instead.
 */
export const SOCIOGRAM_PUPIL_LIMIT = 200;

export function forceLayout(pupils: readonly LayoutPupil[], edges: readonly SociogramEdge[], options: LayoutOptions = {}): SociogramLayout {
  const frame = options.frame ?? 1.6;
  // How large the picture is drawn in a frame `frame` wide and 1 high.
  const fit = (l: SociogramLayout) => Math.min(frame / l.viewBox.width, 1 / l.viewBox.height);
  let best = forceAttempt(pupils, edges, options, PULLS[0]!);
  if (best.viewBox.width / best.viewBox.height < frame * 0.8) {
    const flatter = forceAttempt(pupils, edges, options, PULLS[1]!);
    if (fit(flatter) > fit(best)) best = flatter;
  }
  return best;
}

function forceAttempt(pupils: readonly LayoutPupil[], edges: readonly SociogramEdge[], options: LayoutOptions, [pullX, pullY]: readonly [number, number]): SociogramLayout {
  const font = nameFont(options);
  const nodes = nodesFor(pupils, font.measure, font.labelHeight);
  const size = Math.sqrt(nodes.reduce((s, n) => s + area(n), 0) * 3);
  nodes.forEach((n, i) => {
    n.x = (size / 3) * Math.cos((2 * Math.PI * i) / nodes.length);
    n.y = (size / 3) * Math.sin((2 * Math.PI * i) / nodes.length);
  });
  const links = edges.map((e) => ({ source: e.source, target: e.target, strength: e.mutual ? 0.7 : 0.2 }));
  forceSimulation(nodes)
    .randomSource(createRng(options.seed ?? 1))
    .force('link', forceLink<Node, (typeof links)[number]>(links).id((d) => d.id).distance(size / 8).strength((l) => l.strength))
    .force('charge', forceManyBody().strength(-size / 4))
    .force('collide', forceRectCollide<Node>(FORCE_PADDING, 0.7))
    // Stronger pull to the middle line than to the middle column: a landscape picture, like the screen.
    .force('x', forceX(0).strength(pullX))
    .force('y', forceY(0).strength(pullY))
    .stop()
    .tick(300);
  separate(nodes, FORCE_PADDING);
  return place(nodes, [], [], null, null);
}

export function targetLayout(
  pupils: readonly LayoutPupil[],
  received: ReadonlyMap<string, number>,
  options: LayoutOptions = {},
): SociogramLayout {
  // Rings sized from the pupils' boxes; when the boxes cannot all be parted inside their bands, wider rings.
  let result: { layout: SociogramLayout; left: number } | null = null;
  for (let scale = 1, attempt = 0; attempt < 16; attempt++, scale *= 1.08) {
    result = targetAttempt(pupils, received, options, scale);
    if (result.left === 0) break;
  }
  return result!.layout;
}

function targetAttempt(
  pupils: readonly LayoutPupil[],
  received: ReadonlyMap<string, number>,
  options: LayoutOptions,
  scale: number,
): { layout: SociogramLayout; left: number } {
  const { measure, labelHeight } = nameFont(options);
  const nodes = nodesFor(pupils, measure, labelHeight);
  const band = new Map(pupils.map((p) => [p.id, targetBand(received.get(p.id) ?? 0)]));
  const gender = new Map(pupils.map((p) => [p.id, p.gender]));
  const split = Boolean(options.splitByGender);
  const height = MARK.half * 2 + labelHeight;
  // Each band gets room for its pupils' boxes with slack; never thinner than a box and a half.
  const radii: number[] = [];
  TARGET_BANDS.forEach((_, k) => {
    const members = nodes.filter((n) => band.get(n.id) === k);
    const need = members.reduce((s, n) => s + area(n), 0) * 1.3;
    const inner = k === 0 ? 0 : radii[k - 1]!;
    const minimum = members.length > 0 ? height * 1.25 : height * 0.6;
    radii.push(Math.max(Math.sqrt(inner * inner + (need * scale * scale) / Math.PI), inner + minimum));
  });
  const captions = options.bandCaptions ?? TARGET_BANDS.map((b) => (b.max === null ? `${b.min}+` : b.min === b.max ? `${b.min}` : `${b.min}–${b.max}`));
  const fixed: Node[] = captions.map((text, k) => {
    const width = Math.ceil(measure(text)) + 6;
    return { id: `\u0000ring${k}`, x: 0, y: -radii[k]! + 10, width, fixed: true, extent: { left: width / 2, right: width / 2, top: 9, bottom: 9 } };
  });
  // Start on each band's middle circle, ordered girls, others, boys (or split into halves).
  TARGET_BANDS.forEach((_, k) => {
    const order = { girl: 0, other: 1, unknown: 1, boy: 2 } as const;
    const members = nodes.filter((n) => band.get(n.id) === k).sort((a, b) => order[gender.get(a.id)!] - order[gender.get(b.id)!]);
    const middle = k === 0 && members.length === 1 ? 0 : ((k === 0 ? 0 : radii[k - 1]!) + radii[k]!) / 2;
    const sides = { girl: members.filter((n) => gender.get(n.id) === 'girl'), boy: members.filter((n) => gender.get(n.id) === 'boy') };
    members.forEach((n, i) => {
      let angle: number;
      if (split && gender.get(n.id) === 'girl') angle = Math.PI / 2 + (Math.PI * (sides.girl.indexOf(n) + 0.5)) / sides.girl.length;
      else if (split && gender.get(n.id) === 'boy') angle = -Math.PI / 2 + (Math.PI * (sides.boy.indexOf(n) + 0.5)) / sides.boy.length;
      else angle = (2 * Math.PI * (i + 0.5)) / members.length + Math.PI / 2 + k * 0.3;
      // Alternate nearer the inner and the outer edge, so a crowded band starts as two rows.
      const thickness = k === 0 ? radii[0]! : radii[k]! - radii[k - 1]!;
      const r = members.length > 6 && middle > 0 ? middle + (i % 2 === 0 ? -1 : 1) * thickness * 0.2 : middle;
      n.x = r * Math.cos(angle);
      n.y = r * Math.sin(angle);
    });
  });
  const all = [...nodes, ...fixed];
  const keepInBand = () => {
    for (const n of nodes) {
      const k = band.get(n.id)!;
      const inner = k === 0 ? 0 : radii[k - 1]! + MARK.half + 4;
      const outer = Math.max(inner, radii[k]! - MARK.half - 4);
      const d = Math.hypot(n.x, n.y) || 1e-6;
      const want = Math.min(outer, Math.max(inner, d));
      n.x *= want / d;
      n.y *= want / d;
      if (split && gender.get(n.id) === 'girl') n.x = Math.min(n.x, -n.extent.right - 2);
      if (split && gender.get(n.id) === 'boy') n.x = Math.max(n.x, n.extent.left + 2);
    }
  };
  forceSimulation(all)
    .randomSource(createRng(options.seed ?? 1))
    .force('band', forceRadial<Node>((n) => (n.fixed ? 0 : band.get(n.id) === 0 ? 0 : ((radii[band.get(n.id)! - 1] ?? 0) + radii[band.get(n.id)!]!) / 2)).strength((n) => (n.fixed ? 0 : 0.15)))
    .force('collide', forceRectCollide<Node>(6, 0.7))
    .force('keep', () => keepInBand())
    .stop()
    .tick(200);
  fixed.forEach((f, k) => {
    f.x = 0;
    f.y = -radii[k]! + 10;
  });
  const left = separate(all, 5, keepInBand);
  const rings: Ring[] = radii.map((radius, k) => ({ radius, band: k, caption: { x: -fixed[k]!.width / 2, y: fixed[k]!.y - 9, width: fixed[k]!.width, height: 18 } }));
  return { layout: place(nodes, rings.map((r) => r.caption), rings, { x: 0, y: 0 }, split ? 0 : null), left };
}

/** Where a line from `from` to `to` meets the edge of a mark of radius `gap` round `to`. */
export function towards(from: Point, to: Point, gap: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: to.x - (dx / length) * gap, y: to.y - (dy / length) * gap };
}

/** Boxes that overlap: a name over another name or over another pupil's mark (the geometric test). */
export function labelOverlaps(layout: SociogramLayout): [string, string][] {
  const hit = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const list = [...layout.pupils.values()];
  const out: [string, string][] = [];
  for (const a of list) {
    for (const b of list) {
      if (a === b) continue;
      if ((a.id < b.id && hit(a.label, b.label)) || hit(a.label, b.mark)) out.push([a.id, b.id]);
    }
  }
  return out;
}
