import { describe, expect, it } from 'vitest';
import { createRoomLayout } from './room-layout.ts';
import { seatingByArea } from './seating-by-area.ts';

describe('seatingByArea(layout, seats)', () => {
  it('reads a room of desk pairs row by row, desk-mates together, empty seats as null', () => {
    const layout = createRoomLayout({ kind: 'pairs', rows: 2, desksPerRow: 2 });
    expect(seatingByArea(layout, ['A', 'B', 'C', null, 'D', 'E'])).toEqual([
      { place: { area: 'row', number: 1 }, desks: [['A', 'B'], ['C', null]] },
      { place: { area: 'row', number: 2 }, desks: [['D', 'E'], [null, null]] },
    ]);
  });

  it('gives each island table and each side of a U its own area', () => {
    expect(seatingByArea(createRoomLayout({ kind: 'islands', tables: 2, seatsPerTable: 4 }), []).map((a) => [a.place, a.desks.length])).toEqual([
      [{ area: 'table', number: 1 }, 1],
      [{ area: 'table', number: 2 }, 1],
    ]);
    const u = seatingByArea(createRoomLayout({ kind: 'u-shape', desksPerSide: 2, desksAtBack: 1 }), []);
    expect(u.map((a) => [a.place.area, a.desks.length])).toEqual([['left', 2], ['right', 2], ['back', 1]]);
  });
});
