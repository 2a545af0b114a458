import { describe, expect, it } from 'vitest';
import { createRoomLayout } from '@sociogram/core';
import { seatingLines } from './seating-lines.ts';

describe('seatingLines(layout, seats, name, lang)', () => {
  it('lists each row with desk-mates together and empty seats marked', () => {
    const layout = createRoomLayout({ kind: 'pairs', rows: 2, desksPerRow: 2 });
    const seats = ['A', 'B', 'C', null, 'D', 'E', null, null];
    expect(seatingLines(layout, seats, (id) => `Elev ${id}`, 'nb')).toEqual([
      { area: 'Rad 1', desks: ['Elev A, Elev B', 'Elev C, –'] },
      { area: 'Rad 2', desks: ['Elev D, Elev E', '–, –'] },
    ]);
  });

  it('gives each island table its own line', () => {
    const layout = createRoomLayout({ kind: 'islands', tables: 2, seatsPerTable: 4 });
    const lines = seatingLines(layout, ['A', 'B', 'C', 'D', 'E', 'F', 'G', null], (id) => id, 'en');
    expect(lines).toEqual([{ area: 'Table 1', desks: ['A, B, C, D'] }, { area: 'Table 2', desks: ['E, F, G, –'] }]);
  });
});
