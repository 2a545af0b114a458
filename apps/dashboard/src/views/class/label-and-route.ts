/**
 * The names and ties of a laid-out sociogram, in three passes: names moved off the straight ties
 * (placeLabels), ties routed round names and marks (routeTies), then the names those curves still cross moved
 * once more — also to places shifted to one side — and the ties routed again. Each pass only moves a name to a
 * free place, so no name ever covers another name or mark.
 */
import { placeLabels } from './place-labels.ts';
import { curvePoints, routeTies, tieKey, type TieRoute } from './route-ties.ts';
import type { SociogramEdge, SociogramLayout } from './sociogram-layout.ts';

export function labelAndRoute(layout: SociogramLayout, edges: readonly SociogramEdge[]): { layout: SociogramLayout; routes: Map<string, TieRoute> } {
  const first = placeLabels(layout, edges);
  const routes = routeTies(first, edges);
  const second = placeLabels(first, edges, (e) => curvePoints(routes.get(tieKey(e))!));
  return { layout: second, routes: routeTies(second, edges) };
}
