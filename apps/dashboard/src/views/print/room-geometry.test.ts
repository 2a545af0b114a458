import { createRoomLayout, type RoomLayoutSpec } from '@sociogram/core';
import { describe, expect, it } from 'vitest';
import { roomGeometry, SEAT_H, SEAT_W } from './room-geometry.ts';

const SPECS: RoomLayoutSpec[] = [
  { kind: 'pairs', rows: 5, desksPerRow: 3 },
  { kind: 'singles', rows: 4, seatsPerRow: 6 },
  { kind: 'islands', tables: 5, seatsPerTable: 5, tablesPerRow: 3 },
  { kind: 'u-shape', desksPerSide: 4, desksAtBack: 3 },
];

const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('roomGeometry(layout)', () => {
  it.each(SPECS.map((s) => [s.kind, s] as const))('%s: no two seats overlap, every seat lies inside its desk and the room', (_, spec) => {
    const layout = createRoomLayout(spec);
    const g = roomGeometry(layout);
    expect(g.seats).toHaveLength(layout.seats.length);
    for (let i = 0; i < g.seats.length; i++) for (let j = i + 1; j < g.seats.length; j++) expect(overlap(g.seats[i]!, g.seats[j]!), `${i} ${j}`).toBe(false);
    layout.seats.forEach((seat, i) => {
      const box = g.seats[i]!;
      const desk = g.desks.find((d) => d.desk === seat.desk)!;
      expect(box.x >= desk.x && box.y >= desk.y && box.x + box.w <= desk.x + desk.w && box.y + box.h <= desk.y + desk.h).toBe(true);
      expect(box.x + box.w <= g.width && box.y + box.h <= g.height).toBe(true);
    });
    // Desks never overlap each other either.
    for (let i = 0; i < g.desks.length; i++) for (let j = i + 1; j < g.desks.length; j++) expect(overlap(g.desks[i]!, g.desks[j]!)).toBe(false);
  });

  it('desk-mates of a pair sit side by side on one line, touching', () => {
    for (const spec of [SPECS[0]!, SPECS[3]!]) {
      const layout = createRoomLayout(spec);
      const g = roomGeometry(layout);
      layout.seats.forEach((seat, i) => {
        if (seat.place.seat !== 1) return;
        const mate = layout.seats.findIndex((s) => s.desk === seat.desk && s.place.seat === 2);
        expect(g.seats[mate]!.y).toBe(g.seats[i]!.y);
        expect(g.seats[mate]!.x).toBe(g.seats[i]!.x + SEAT_W);
      });
    }
  });

  it('row 1 is at the front (top) and every later row lies further back', () => {
    const layout = createRoomLayout(SPECS[0]!);
    const g = roomGeometry(layout);
    layout.seats.forEach((seat, i) => expect(g.seats[i]!.y).toBe(seat.row * (SEAT_H + 5)));
  });

  it('an island table holds its seats on two facing sides', () => {
    const layout = createRoomLayout({ kind: 'islands', tables: 1, seatsPerTable: 6 });
    const ys = new Set(roomGeometry(layout).seats.map((b) => b.y));
    expect([...ys].sort((a, b) => a - b)).toEqual([0, SEAT_H]);
  });
});
