/**
 * A seat's place in words, in bokmål and English — "Rad 2, pult 3, plass 1" / "Row 2, desk 3, seat 1",
 * "Bord 4, plass 2", "Venstre side, pult 1, plass 2" — for the dashboard and the command line alike.
 */
import type { SeatPlace } from './room-layout.ts';

type Text = { readonly nb: string; readonly en: string };

const AREA: Readonly<Record<SeatPlace['area'], Text>> = {
  row: { nb: 'Rad', en: 'Row' },
  table: { nb: 'Bord', en: 'Table' },
  left: { nb: 'Venstre side', en: 'Left side' },
  right: { nb: 'Høyre side', en: 'Right side' },
  back: { nb: 'Bakerst', en: 'Back' },
};
const DESK: Text = { nb: 'pult', en: 'desk' };
const SEAT: Text = { nb: 'plass', en: 'seat' };

/** The row, table or side of the room: "Rad 2" / "Row 2", "Venstre side" / "Left side". */
export function areaText(place: Pick<SeatPlace, 'area' | 'number'>): Text {
  const number = place.number === undefined ? '' : ` ${place.number}`;
  return { nb: `${AREA[place.area].nb}${number}`, en: `${AREA[place.area].en}${number}` };
}

/** The whole place: area, desk (where there is one) and seat. */
export function seatText(place: SeatPlace): Text {
  const words = (lang: keyof Text) => [areaText(place)[lang], ...(place.desk === undefined ? [] : [`${DESK[lang]} ${place.desk}`]), `${SEAT[lang]} ${place.seat}`].join(', ');
  return { nb: words('nb'), en: words('en') };
}
