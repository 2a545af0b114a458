import { describe, expect, it } from 'vitest';
import { createRoomLayout } from '@sociogram/core';
import { Locale } from '../../lib/i18n/locale.svelte.ts';
import { seatName } from './seat-name.ts';
import { seatingLines } from './seating-lines.ts';

const nb = new Locale('nb').t;
const en = new Locale('en').t;

describe('seatName(place, t)', () => {
  it('names a seat the way a teacher would, in both languages', () => {
    const pairs = createRoomLayout({ kind: 'pairs', rows: 2, desksPerRow: 3 }).seats;
    expect(seatName(pairs[9]!.place, nb)).toBe('Rad 2, pult 2, plass 2');
    expect(seatName(pairs[9]!.place, en)).toBe('Row 2, desk 2, seat 2');
    const islands = createRoomLayout({ kind: 'islands', tables: 3, seatsPerTable: 4 }).seats;
    expect(seatName(islands[5]!.place, en)).toBe('Table 2, seat 2');
    const u = createRoomLayout({ kind: 'u-shape', desksPerSide: 2, desksAtBack: 1 }).seats;
    expect(u.map((s) => seatName(s.place, nb))).toContain('Høyre side, pult 2, plass 1');
    expect(u.map((s) => seatName(s.place, nb))).toContain('Bakerst, pult 1, plass 2');
  });
});

describe('seatingLines(layout, seats, name, t)', () => {
  it('lists each row with desk-mates together and empty seats marked', () => {
    const layout = createRoomLayout({ kind: 'pairs', rows: 2, desksPerRow: 2 });
    const seats = ['A', 'B', 'C', null, 'D', 'E', null, null];
    expect(seatingLines(layout, seats, (id) => `Elev ${id}`, nb)).toEqual([
      { area: 'Rad 1', desks: ['Elev A, Elev B', 'Elev C, –'] },
      { area: 'Rad 2', desks: ['Elev D, Elev E', '–, –'] },
    ]);
  });

  it('gives each island table its own line', () => {
    const layout = createRoomLayout({ kind: 'islands', tables: 2, seatsPerTable: 4 });
    const lines = seatingLines(layout, ['A', 'B', 'C', 'D', 'E', 'F', 'G', null], (id) => id, en);
    expect(lines).toEqual([{ area: 'Table 1', desks: ['A, B, C, D'] }, { area: 'Table 2', desks: ['E, F, G, –'] }]);
  });
});
