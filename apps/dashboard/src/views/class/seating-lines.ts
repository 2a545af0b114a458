/**
 * A seating plan as a few lines of text for the meeting sheet, one per row, table or side of the room:
 * "Rad 1: Ola, Kari · Per, Åse" — desk-mates together, desks in order from the teacher's left.
 */
import { seatingByArea, type RoomLayout } from '@sociogram/core';
import { areaMessage, formatMessage, type MessageLang } from '@sociogram/core/messages';

export interface SeatingLine {
  readonly area: string;
  readonly desks: readonly string[];
}

export function seatingLines(layout: RoomLayout, seats: readonly (string | null)[], name: (id: string) => string, lang: MessageLang): SeatingLine[] {
  return seatingByArea(layout, seats).map(({ place, desks }) => ({
    area: formatMessage(areaMessage(place), lang),
    desks: desks.map((desk) => desk.map((id) => (id ? name(id) : '–')).join(', ')),
  }));
}
