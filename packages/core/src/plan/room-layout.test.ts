import { describe, expect, it } from 'vitest';
import { createRoomLayout, type RoomLayoutSpec } from './room-layout.ts';

const layouts: [string, RoomLayoutSpec, number][] = [
  ['pairs', { kind: 'pairs', rows: 4, desksPerRow: 3 }, 24],
  ['singles', { kind: 'singles', rows: 3, seatsPerRow: 5 }, 15],
  ['islands', { kind: 'islands', tables: 5, seatsPerTable: 5 }, 25],
  ['u-shape', { kind: 'u-shape', desksPerSide: 4, desksAtBack: 3 }, 22],
];

const placeKey = (p: { area: string; number?: number; desk?: number; seat: number }) => `${p.area} ${p.number ?? '-'} ${p.desk ?? '-'} ${p.seat}`;

describe('createRoomLayout(spec)', () => {
  it.each(layouts)('%s: the expected number of seats, each with its own id and its own place', (_, spec, count) => {
    const { seats } = createRoomLayout(spec);
    expect(seats).toHaveLength(count);
    expect(new Set(seats.map((s) => s.id)).size).toBe(count);
    expect(new Set(seats.map((s) => placeKey(s.place))).size).toBe(count);
  });

  it.each(layouts.filter(([kind]) => kind !== 'singles'))('%s: seats at one desk or table share everything in their place but the seat number, 1, 2, …', (_, spec) => {
    const { seats } = createRoomLayout(spec);
    for (const desk of new Set(seats.map((s) => s.desk))) {
      const at = seats.filter((s) => s.desk === desk);
      expect(new Set(at.map((s) => placeKey({ ...s.place, seat: 0 }))).size).toBe(1);
      expect(at.map((s) => s.place.seat)).toEqual(at.map((_, k) => k + 1));
    }
  });

  it('numbers rows and desks from the front and from the left, counting from 1', () => {
    const { seats } = createRoomLayout({ kind: 'pairs', rows: 2, desksPerRow: 2 });
    expect(seats.find((s) => s.row === 1 && s.x === 4)!.place).toEqual({ area: 'row', number: 2, desk: 2, seat: 2 });
    const u = createRoomLayout({ kind: 'u-shape', desksPerSide: 2, desksAtBack: 1 }).seats;
    expect(u.filter((s) => s.place.area === 'back').map((s) => s.row)).toEqual([2, 2]);
    expect(u.filter((s) => s.place.area === 'right')).toHaveLength(4);
    const singles = createRoomLayout({ kind: 'singles', rows: 2, seatsPerRow: 3 }).seats;
    expect(singles.filter((s) => s.row === 1).map((s) => s.place)).toEqual([1, 2, 3].map((seat) => ({ area: 'row', number: 2, seat })));
  });

  it('refuses sizes outside the documented ranges with the option named', () => {
    expect(() => createRoomLayout({ kind: 'islands', tables: 4, seatsPerTable: 7 })).toThrow(/seatsPerTable/);
    expect(() => createRoomLayout({ kind: 'pairs', rows: 0, desksPerRow: 3 })).toThrow(/rows/);
  });
});
