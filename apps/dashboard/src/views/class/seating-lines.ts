/**
 * A seating plan as a few lines of text for the meeting sheet, one per row, table or side of the room:
 * "Rad 1: Ola, Kari · Per, Åse" — desk-mates together, desks in order from the teacher's left.
 */
import type { RoomLayout } from '@sociogram/core';
import type { Locale } from '../../lib/i18n/locale.svelte.ts';
import { areaName } from './seat-name.ts';

export interface SeatingLine {
  readonly area: string;
  readonly desks: readonly string[];
}

export function seatingLines(layout: RoomLayout, seats: readonly (string | null)[], name: (id: string) => string, t: Locale['t']): SeatingLine[] {
  const areas = new Map<string, Map<string, string[]>>();
  layout.seats.forEach((seat, index) => {
    const area = areaName(seat.place, t);
    const desks = areas.get(area) ?? areas.set(area, new Map()).get(area)!;
    const id = seats[index];
    desks.set(seat.desk, [...(desks.get(seat.desk) ?? []), id ? name(id) : '–']);
  });
  return [...areas].map(([area, desks]) => ({ area, desks: [...desks.values()].map((names) => names.join(', ')) }));
}
