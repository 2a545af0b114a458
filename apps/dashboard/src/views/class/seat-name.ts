/** A seat's place in words: "Rad 2, pult 3, plass 1", "Table 4, seat 2", "Venstre side, pult 1, plass 2". */
import type { SeatPlace } from '@sociogram/core';
import type { Locale } from '../../lib/i18n/locale.svelte.ts';

export function seatName(place: SeatPlace, t: Locale['t']): string {
  return [areaName(place, t), ...(place.desk === undefined ? [] : [t('seat.desk', { n: place.desk })]), t('seat.seat', { n: place.seat })].join(', ');
}

/** The row, table or side of the room a seat is in: "Rad 2", "Table 4", "Venstre side". */
export function areaName(place: Pick<SeatPlace, 'area' | 'number'>, t: Locale['t']): string {
  return place.area === 'row' ? t('seating.row', { n: place.number ?? 0 })
    : place.area === 'table' ? t('seat.table', { n: place.number ?? 0 })
    : t(`seat.${place.area}`);
}
