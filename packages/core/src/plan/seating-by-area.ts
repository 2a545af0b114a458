/**
 * A seating plan read the way a room is: by row, table or side of a U (front first, as the layout lists
 * them), each with its desks in order and the pupils at each desk (null for an empty seat).
 */
import type { RoomLayout, SeatPlace } from './room-layout.ts';

/** One row, table or side of the room with the pupils at each of its desks. */
export interface SeatingArea {
  /** The area's place without desk and seat: `{area: 'row', number: 2}`, `{area: 'left'}`. */
  readonly place: Pick<SeatPlace, 'area' | 'number'>;
  readonly desks: readonly (readonly (string | null)[])[];
}

/**
 * A seating plan (`seats`, one pupil id or null per seat of `layout`) by row, table or side of the room, front first,
 * each with its desks in order.
 */
export function seatingByArea(layout: RoomLayout, seats: readonly (string | null)[]): SeatingArea[] {
  const areas = new Map<string, { place: Pick<SeatPlace, 'area' | 'number'>; desks: Map<string, (string | null)[]> }>();
  layout.seats.forEach((seat, index) => {
    const key = `${seat.place.area} ${seat.place.number ?? ''}`;
    const area = areas.get(key) ?? areas.set(key, { place: { area: seat.place.area, ...(seat.place.number === undefined ? {} : { number: seat.place.number }) }, desks: new Map() }).get(key)!;
    area.desks.set(seat.desk, [...(area.desks.get(seat.desk) ?? []), seats[index] ?? null]);
  });
  return [...areas.values()].map(({ place, desks }) => ({ place, desks: [...desks.values()] }));
}
