/**
 * Where each seat of a room is drawn, in the room's own units: the front (board) at the top, desks as they
 * stand — desk pairs and tables whole, islands as tables with seats on two sides, a U of desk pairs. Pure, so
 * the classroom sheet, the teacher sheet and their tests share one geometry; an SVG viewBox scales it to the
 * page or the screen without ever moving a seat away from its desk-mate.
 */
import type { RoomLayout } from '@sociogram/core';

export const SEAT_W = 18;
export const SEAT_H = 7;
const DESK_GAP = 3;
const ROW_GAP = 5;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface RoomGeometry {
  readonly width: number;
  readonly height: number;
  /** One box per seat, in the layout's seat order. */
  readonly seats: readonly Box[];
  /** One box per desk or table, around its seats. */
  readonly desks: readonly (Box & { readonly desk: string })[];
}

function seatBoxes(layout: RoomLayout): Box[] {
  const seats = layout.seats;
  const boxes: Box[] = new Array(seats.length);
  const at = (i: number, x: number, y: number) => (boxes[i] = { x, y, w: SEAT_W, h: SEAT_H });
  if (layout.kind === 'islands') {
    const perTable = Math.max(...seats.map((s) => s.place.seat));
    const top = Math.ceil(perTable / 2);
    const tableW = top * SEAT_W + 2 * DESK_GAP;
    seats.forEach((s, i) => {
      const col = Math.floor(s.x / 10); // createRoomLayout spaces tables 10 apart in x
      const k = s.place.seat - 1;
      const side = k < top ? 0 : 1;
      at(i, col * tableW + (k - side * top) * SEAT_W, s.row * (2 * SEAT_H + ROW_GAP + 2) + side * SEAT_H);
    });
  } else if (layout.kind === 'u-shape') {
    const back = seats.filter((s) => s.place.area === 'back');
    const backDesks = back.length / 2;
    const sideW = 2 * SEAT_W + DESK_GAP * 2;
    const rightX = sideW + Math.max(backDesks * (2 * SEAT_W + DESK_GAP), 2 * SEAT_W) + DESK_GAP;
    const rows = Math.max(0, ...seats.filter((s) => s.place.area !== 'back').map((s) => s.row)) + 1;
    seats.forEach((s, i) => {
      const seat = s.place.seat - 1;
      const desk = (s.place.desk ?? 1) - 1;
      if (s.place.area === 'left') at(i, seat * SEAT_W, desk * (SEAT_H + DESK_GAP));
      else if (s.place.area === 'right') at(i, rightX + seat * SEAT_W, desk * (SEAT_H + DESK_GAP));
      else at(i, sideW + desk * (2 * SEAT_W + DESK_GAP) + seat * SEAT_W, rows * (SEAT_H + DESK_GAP) + DESK_GAP);
    });
  } else {
    // Rows of desks: seats side by side, a gap between desks.
    const rows = [...new Set(seats.map((s) => s.row))].sort((a, b) => a - b);
    for (const row of rows) {
      const inRow = seats.map((s, i) => ({ s, i })).filter(({ s }) => s.row === row).sort((a, b) => a.s.x - b.s.x);
      let x = 0;
      inRow.forEach(({ s, i }, k) => {
        if (k > 0 && inRow[k - 1]!.s.desk !== s.desk) x += DESK_GAP;
        at(i, x, row * (SEAT_H + ROW_GAP));
        x += SEAT_W;
      });
    }
  }
  return boxes;
}

export function roomGeometry(layout: RoomLayout): RoomGeometry {
  const seats = seatBoxes(layout);
  const byDesk = new Map<string, Box[]>();
  layout.seats.forEach((s, i) => byDesk.set(s.desk, [...(byDesk.get(s.desk) ?? []), seats[i]!]));
  const desks = [...byDesk].map(([desk, boxes]) => {
    const x = Math.min(...boxes.map((b) => b.x));
    const y = Math.min(...boxes.map((b) => b.y));
    return { desk, x, y, w: Math.max(...boxes.map((b) => b.x + b.w)) - x, h: Math.max(...boxes.map((b) => b.y + b.h)) - y };
  });
  return {
    width: Math.max(0, ...seats.map((b) => b.x + b.w)),
    height: Math.max(0, ...seats.map((b) => b.y + b.h)),
    seats,
    desks,
  };
}
