/**
 * Positions for the sociogram: a seeded d3-force layout (the same class gives the same picture every time)
 * and a target layout with rings by nominations received, the most chosen in the centre. Pure functions
 * over copies — d3-force mutates the nodes it is given.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';
import { createRng, type Survey } from '@sociogram/core';

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

export function forceLayout(ids: readonly string[], edges: readonly SociogramEdge[], size: number, seed = 1): Map<string, Point> {
  const nodes: (SimulationNodeDatum & { id: string })[] = ids.map((id, i) => ({
    id,
    x: size / 2 + (size / 3) * Math.cos((2 * Math.PI * i) / ids.length),
    y: size / 2 + (size / 3) * Math.sin((2 * Math.PI * i) / ids.length),
  }));
  const links = edges.map((e) => ({ source: e.source, target: e.target, strength: e.mutual ? 0.7 : 0.25 }));
  const simulation = forceSimulation(nodes)
    .randomSource(createRng(seed))
    .force('link', forceLink<(typeof nodes)[number], (typeof links)[number]>(links).id((d) => d.id).distance(size / 7).strength((l) => l.strength))
    .force('charge', forceManyBody().strength(-size / 3))
    .force('collide', forceCollide(size / 20))
    .force('x', forceX(size / 2).strength(0.06))
    .force('y', forceY(size / 2).strength(0.06))
    .force('center', forceCenter(size / 2, size / 2))
    .stop();
  simulation.tick(300);
  const margin = size * 0.07;
  const clamp = (v: number) => Math.min(size - margin, Math.max(margin, v));
  return new Map(nodes.map((n) => [n.id, { x: clamp(n.x!), y: clamp(n.y!) }]));
}

export function targetLayout(ids: readonly string[], received: ReadonlyMap<string, number>, size: number): Map<string, Point> {
  const levels = [...new Set(ids.map((id) => received.get(id) ?? 0))].sort((a, b) => b - a);
  const step = (size * 0.44) / Math.max(levels.length - 1, 1);
  const out = new Map<string, Point>();
  levels.forEach((level, ring) => {
    const members = ids.filter((id) => (received.get(id) ?? 0) === level);
    const radius = levels.length === 1 ? size * 0.3 : ring * step + (ring === 0 && members.length > 1 ? step * 0.4 : 0);
    members.forEach((id, k) => {
      const angle = (2 * Math.PI * k) / members.length - Math.PI / 2 + ring * 0.35;
      out.set(id, { x: size / 2 + radius * Math.cos(angle), y: size / 2 + radius * Math.sin(angle) });
    });
  });
  return out;
}
