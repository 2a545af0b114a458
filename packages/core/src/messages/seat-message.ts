/** A seat's place in the room as a message: "Rad 2, pult 3, plass 1" / "Row 2, desk 3, seat 1", or its area alone. */
import type { SeatPlace } from '../plan/room-layout.ts';
import type { Message } from './message-facts.ts';

/** The whole place: area, desk (where there is one) and seat. */
export function seatMessage(place: SeatPlace): Message {
  return { code: 'SEAT_PLACE', facts: { area: place.area, number: place.number ?? null, desk: place.desk ?? null, seat: place.seat } };
}

/** The row, table or side of the room: "Rad 2" / "Row 2", "Venstre side" / "Left side". */
export function areaMessage(place: Pick<SeatPlace, 'area' | 'number'>): Message {
  return { code: 'SEAT_AREA', facts: { area: place.area, number: place.number ?? null } };
}
