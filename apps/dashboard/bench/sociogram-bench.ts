/**
 * `pnpm bench` (dashboard part, also alone: `pnpm --filter @sociogram/dashboard bench sociogram`): for each
 * fixture class and layout, the ties drawn through a name (another pupil's name or a ring caption / one of
 * the tie's own two pupils' names) and through another pupil's mark — with straight lines and after
 * routeTies — and the time the layout, and the names and ties (labelAndRoute), take (median of 5, Node).
 */
import { readFileSync } from 'node:fs';
import { importSurvey, pupilGender, type Survey } from '@sociogram/core';
import { labelAndRoute } from '../src/views/class/label-and-route.ts';
import { placeLabels } from '../src/views/class/place-labels.ts';
import { tieCrossings, tieKey, type TieRoute } from '../src/views/class/route-ties.ts';
import { forceLayout, receivedCounts, sociogramEdges, targetLayout, type LayoutPupil, type SociogramLayout } from '../src/views/class/sociogram-layout.ts';

const fixtures = new URL('../../../fixtures/', import.meta.url);
const read = (path: string) => new Uint8Array(readFileSync(new URL(path, fixtures)));
const load = (edges: string, roster: string) => importSurvey(read(edges), { file: 'export.csv', roster: read(roster), rosterFile: 'roster.csv' }).survey;

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

export function sociogramBench(): string {
  const classes: [string, Survey][] = [
    ['demo 7B', load('demo/klasse-7b.csv', 'demo/klasse-7b-roster.csv')],
    ['class of 35', load('class-35/klasse-35.csv', 'class-35/klasse-35-roster.csv')],
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((g): [string, Survey] => [`Moreno grade ${g}`, load(`moreno-1934/grade${g}/edges.csv`, `moreno-1934/grade${g}/roster.csv`)]),
  ];
  const rows = [
    '                                         ties through names (other/own)   through marks     median ms',
    '  class            layout   pupils ties  straight → routed                straight → routed layout  names+ties',
  ];
  const format = (c: { labels: number; own: number; marks: number }) => `${c.labels}/${c.own}`;
  for (const [name, survey] of classes) {
    const pupils: LayoutPupil[] = survey.pupils.map((p) => ({ id: p.id, label: p.name, gender: pupilGender(p) }));
    const edges = sociogramEdges(survey, survey.questions.filter((q) => q.kind === 'positive').map((q) => q.id));
    const received = receivedCounts(pupils.map((p) => p.id), edges);
    for (const layout of ['force', 'target'] as const) {
      const times: number[] = [];
      const routing: number[] = [];
      let raw: SociogramLayout | null = null;
      let drawn: { layout: SociogramLayout; routes: Map<string, TieRoute> } | null = null;
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        raw = layout === 'force' ? forceLayout(pupils, edges) : targetLayout(pupils, received);
        const laidOut = performance.now();
        drawn = labelAndRoute(raw, edges);
        times.push(laidOut - started);
        routing.push(performance.now() - laidOut);
      }
      // Straight lines, names moved off them (the picture before routing) against the picture as drawn.
      const picture = placeLabels(raw!, edges);
      const straight = new Map(edges.map((e) => {
        const a = picture.pupils.get(e.source)!, b = picture.pupils.get(e.target)!;
        return [tieKey(e), { from: a, control: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, to: b }];
      }));
      const before = tieCrossings(picture, edges, straight);
      const after = tieCrossings(drawn!.layout, edges, drawn!.routes);
      rows.push(`  ${name.padEnd(16)} ${layout.padEnd(8)} ${String(pupils.length).padStart(6)} ${String(edges.length).padStart(4)}  ${`${format(before)} → ${format(after)}`.padEnd(32)} ${`${before.marks} → ${after.marks}`.padEnd(17)} ${median(times).toFixed(0).padStart(6)} ${median(routing).toFixed(0).padStart(8)}`);
    }
  }
  return rows.join('\n');
}
