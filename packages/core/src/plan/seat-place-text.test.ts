import { describe, expect, it } from 'vitest';
import { createRoomLayout } from './room-layout.ts';
import { areaText, seatText } from './seat-place-text.ts';

describe('seatText(place) and areaText(place)', () => {
  it('name a seat the way a teacher would, in both languages', () => {
    const pairs = createRoomLayout({ kind: 'pairs', rows: 2, desksPerRow: 3 }).seats;
    expect(seatText(pairs[9]!.place)).toEqual({ nb: 'Rad 2, pult 2, plass 2', en: 'Row 2, desk 2, seat 2' });
    const islands = createRoomLayout({ kind: 'islands', tables: 3, seatsPerTable: 4 }).seats;
    expect(seatText(islands[5]!.place).en).toBe('Table 2, seat 2');
    const singles = createRoomLayout({ kind: 'singles', rows: 2, seatsPerRow: 3 }).seats;
    expect(seatText(singles[4]!.place).nb).toBe('Rad 2, plass 2');
    const u = createRoomLayout({ kind: 'u-shape', desksPerSide: 2, desksAtBack: 1 }).seats.map((s) => seatText(s.place).nb);
    expect(u).toContain('Høyre side, pult 2, plass 1');
    expect(u).toContain('Bakerst, pult 1, plass 2');
  });

  it('name an area without its desk and seat', () => {
    expect(areaText({ area: 'table', number: 4 })).toEqual({ nb: 'Bord 4', en: 'Table 4' });
    expect(areaText({ area: 'left' })).toEqual({ nb: 'Venstre side', en: 'Left side' });
  });
});
