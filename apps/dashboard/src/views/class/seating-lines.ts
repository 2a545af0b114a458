/**
 * A seating plan as a few lines of text for the meeting sheet, one per row, table or side of the room:
 * "Rad 1: Ola, Kari · Per, Åse" — desk-mates together, desks in order from the teacher's left.
 */
import { areaText, seatingByArea, type RoomLayout } from '@sociogram/core';
import type { CoreLang } from '../../lib/i18n/core-lang.ts';

export interface SeatingLine {
  readonly area: string;
  readonly desks: readonly string[];
}

export function seatingLines(layout: RoomLayout, seats: readonly (string | null)[], name: (id: string) => string, lang: CoreLang): SeatingLine[] {
  return seatingByArea(layout, seats).map(({ place, desks }) => ({
    area: areaText(place)[lang],
    desks: desks.map((desk) => desk.map((id) => (id ? name(id) : '–')).join(', ')),
  }));
}
