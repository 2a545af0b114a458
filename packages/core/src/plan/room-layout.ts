/**
 * Classroom layouts: rows of desk pairs, rows of single desks, islands (tables of 4–6) and a U of desk pairs.
 * A layout is a list of seats, each with its row (0 = front, by the board), its x position in the row and its
 * desk or table. Adjacency (planning.md): desk-mates (same desk or table) 1; directly in front or behind
 * (same x, neighbouring row, another desk) 0.5; otherwise 0.
 */
import { InvalidOptionError } from '../survey/invalid-option-error.ts';

/** A classroom to lay out: rows of desk pairs, rows of single desks, islands (tables) or a U of desk pairs. */
export type RoomLayoutSpec =
  | { readonly kind: 'pairs'; readonly rows: number; readonly desksPerRow: number }
  | { readonly kind: 'singles'; readonly rows: number; readonly seatsPerRow: number }
  | { readonly kind: 'islands'; readonly tables: number; readonly seatsPerTable: number; readonly tablesPerRow?: number }
  | { readonly kind: 'u-shape'; readonly desksPerSide: number; readonly desksAtBack: number };

/**
 * Where a seat is, in the words a teacher uses: row 2, desk 3, seat 1; table 4, seat 2; the left side of
 * the U, desk 1, seat 2. Numbers count from 1, from the front and from the teacher's left.
 */
export interface SeatPlace {
  readonly area: 'row' | 'table' | 'left' | 'right' | 'back';
  /** The row or table number; absent for the sides and the back of a U. */
  readonly number?: number;
  /** The desk within the row or side; absent for single desks and tables. */
  readonly desk?: number;
  readonly seat: number;
}

/** One seat: its id, row (0 = front), x position in the row, desk or table, and its place in a teacher's words. */
export interface Seat {
  readonly id: string;
  readonly row: number;
  readonly x: number;
  readonly desk: string;
  readonly place: SeatPlace;
}

/** A classroom as a list of seats, front first. */
export interface RoomLayout {
  readonly kind: RoomLayoutSpec['kind'];
  readonly seats: readonly Seat[];
}

export const DESK_MATE_WEIGHT = 1;
export const FRONT_BEHIND_WEIGHT = 0.5;
/** Pupils marked `front` sit in these rows. */
export const FRONT_ROWS = 2;

const whole = (value: number, name: string, min: number, max: number) => {
  if (!Number.isInteger(value) || value < min || value > max) throw new InvalidOptionError(name, `must be a whole number from ${min} to ${max}`);
};

/** The seats of a classroom described by `spec`. Throws `InvalidOptionError` for sizes out of range. */
export function createRoomLayout(spec: RoomLayoutSpec): RoomLayout {
  const seats: Seat[] = [];
  switch (spec.kind) {
    case 'pairs':
      whole(spec.rows, 'rows', 1, 20);
      whole(spec.desksPerRow, 'desksPerRow', 1, 10);
      for (let r = 0; r < spec.rows; r++) {
        for (let d = 0; d < spec.desksPerRow; d++) {
          for (let s = 0; s < 2; s++) seats.push({ id: `r${r + 1}d${d + 1}${'ab'[s]}`, row: r, x: d * 3 + s, desk: `r${r + 1}d${d + 1}`, place: { area: 'row', number: r + 1, desk: d + 1, seat: s + 1 } });
        }
      }
      break;
    case 'singles':
      whole(spec.rows, 'rows', 1, 20);
      whole(spec.seatsPerRow, 'seatsPerRow', 1, 20);
      for (let r = 0; r < spec.rows; r++) for (let s = 0; s < spec.seatsPerRow; s++) seats.push({ id: `r${r + 1}s${s + 1}`, row: r, x: s, desk: `r${r + 1}s${s + 1}`, place: { area: 'row', number: r + 1, seat: s + 1 } });
      break;
    case 'islands': {
      whole(spec.tables, 'tables', 1, 20);
      whole(spec.seatsPerTable, 'seatsPerTable', 4, 6);
      const perRow = spec.tablesPerRow ?? 3;
      whole(perRow, 'tablesPerRow', 1, 10);
      for (let t = 0; t < spec.tables; t++) {
        for (let s = 0; s < spec.seatsPerTable; s++) seats.push({ id: `t${t + 1}s${s + 1}`, row: Math.floor(t / perRow), x: (t % perRow) * 10 + s, desk: `t${t + 1}`, place: { area: 'table', number: t + 1, seat: s + 1 } });
      }
      break;
    }
    case 'u-shape': {
      whole(spec.desksPerSide, 'desksPerSide', 1, 10);
      whole(spec.desksAtBack, 'desksAtBack', 0, 10);
      // Left and right sides run from the front (row 0) backwards; the back joins them.
      for (let d = 0; d < spec.desksPerSide; d++) {
        for (let s = 0; s < 2; s++) seats.push({ id: `l${d + 1}${'ab'[s]}`, row: d, x: s, desk: `l${d + 1}`, place: { area: 'left', desk: d + 1, seat: s + 1 } });
        for (let s = 0; s < 2; s++) seats.push({ id: `h${d + 1}${'ab'[s]}`, row: d, x: 100 + s, desk: `h${d + 1}`, place: { area: 'right', desk: d + 1, seat: s + 1 } });
      }
      for (let d = 0; d < spec.desksAtBack; d++) {
        for (let s = 0; s < 2; s++) seats.push({ id: `b${d + 1}${'ab'[s]}`, row: spec.desksPerSide, x: 10 + d * 3 + s, desk: `b${d + 1}`, place: { area: 'back', desk: d + 1, seat: s + 1 } });
      }
      break;
    }
    default:
      throw new InvalidOptionError('layout.kind', 'must be pairs, singles, islands or u-shape');
  }
  return { kind: spec.kind, seats };
}

/** Adjacency weight between two seats. */
export function seatAdjacency(a: Seat, b: Seat): number {
  if (a.id === b.id) return 0;
  if (a.desk === b.desk) return DESK_MATE_WEIGHT;
  if (a.x === b.x && Math.abs(a.row - b.row) === 1) return FRONT_BEHIND_WEIGHT;
  return 0;
}

/** For each seat, its adjacent seats and their weights. */
export function seatNeighbours(layout: RoomLayout): { seat: number; weight: number }[][] {
  return layout.seats.map((a) => layout.seats.map((b, j) => ({ seat: j, weight: seatAdjacency(a, b) })).filter((e) => e.weight > 0));
}
