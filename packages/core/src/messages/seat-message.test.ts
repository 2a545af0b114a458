import { describe, expect, it } from 'vitest';
import { createRoomLayout } from '../plan/room-layout.ts';
import { formatMessage } from './format-message.ts';
import { areaMessage, seatMessage } from './seat-message.ts';

const all = (message: Parameters<typeof formatMessage>[0]) => ({ nb: formatMessage(message, 'nb'), nn: formatMessage(message, 'nn'), en: formatMessage(message, 'en') });

describe('seatMessage(place) and areaMessage(place)', () => {
  it('name a seat the way a teacher would, in every language', () => {
    const pairs = createRoomLayout({ kind: 'pairs', rows: 2, desksPerRow: 3 }).seats;
    expect(all(seatMessage(pairs[9]!.place))).toEqual({ nb: 'Rad 2, pult 2, plass 2', nn: 'Rad 2, pult 2, plass 2', en: 'Row 2, desk 2, seat 2' });
    const islands = createRoomLayout({ kind: 'islands', tables: 3, seatsPerTable: 4 }).seats;
    expect(formatMessage(seatMessage(islands[5]!.place), 'en')).toBe('Table 2, seat 2');
    const singles = createRoomLayout({ kind: 'singles', rows: 2, seatsPerRow: 3 }).seats;
    expect(formatMessage(seatMessage(singles[4]!.place), 'nb')).toBe('Rad 2, plass 2');
    const u = createRoomLayout({ kind: 'u-shape', desksPerSide: 2, desksAtBack: 1 }).seats;
    expect(u.map((s) => formatMessage(seatMessage(s.place), 'nb'))).toEqual(expect.arrayContaining(['Høyre side, pult 2, plass 1', 'Bakerst, pult 1, plass 2']));
    expect(u.map((s) => formatMessage(seatMessage(s.place), 'nn'))).toEqual(expect.arrayContaining(['Høgre side, pult 2, plass 1', 'Bakarst, pult 1, plass 2']));
  });

  it('name an area without its desk and seat', () => {
    expect(all(areaMessage({ area: 'table', number: 4 }))).toEqual({ nb: 'Bord 4', nn: 'Bord 4', en: 'Table 4' });
    expect(all(areaMessage({ area: 'left' }))).toEqual({ nb: 'Venstre side', nn: 'Venstre side', en: 'Left side' });
  });
});
