/**
 * detectClassColumn(table, override): finds the column naming each respondent's class in a whole-school or
 * whole-grade export (`Klasse`, `Class`, `Gruppe`, `Basisgruppe`, a transition file's `previousClass` /
 * `Forrige klasse` …), and a grade column (`Trinn`, `Grade`)
 * to put in front of a bare class letter ("7" + "A" → "7A"). A header only counts when its values look like
 * class names: short, no list separators, and at least one class shared by two rows. The user's override
 * always wins: a header names the column (COLUMN_NOT_FOUND when there is none), `null` means "one class".
 */

import { normaliseName } from './normalise-name.ts';
import { resolveColumn } from './resolve-column.ts';
import type { Table } from './table.ts';

/** Folded headers of a class column. A header matches when it equals one or starts with one and a space. */
export const CLASS_HEADERS: readonly string[] = Object.freeze(['klasse', 'class', 'gruppe', 'basisgruppe', 'kontaktgruppe', 'klassenavn', 'class name', 'homeroom', 'group', 'stamgruppe', 'elevens klasse', 'hvilken klasse gar du i', 'which class are you in', 'forrige klasse', 'previousclass', 'previous class']);
/** Folded headers of a grade column, used only together with a class column. */
export const GRADE_HEADERS: readonly string[] = Object.freeze(['trinn', 'klassetrinn', 'arstrinn', 'grade', 'year', 'year group']);

/** Class names longer than this are answers, not class names. */
const MAX_CLASS_NAME_LENGTH = 20;

export interface ClassColumn {
  /** Index of the class column. */
  readonly index: number;
  /** Index of a grade column to prefix bare class letters with; -1 when none. */
  readonly grade: number;
}

function headerIs(header: string, phrases: readonly string[]): boolean {
  const folded = normaliseName(header);
  return folded !== '' && phrases.some((phrase) => folded === phrase || folded.startsWith(`${phrase} `));
}

/** Whether the column's values read as class names. */
function looksLikeClasses(table: Table, index: number): boolean {
  const counts = new Map<string, number>();
  for (const { cells } of table.rows) {
    const value = cells[index] ?? '';
    if (value === '') continue;
    if (value.length > MAX_CLASS_NAME_LENGTH || /[;,\n]/.test(value)) return false;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.values()].some((count) => count > 1);
}

export function detectClassColumn(table: Table, override?: string | null, file?: string): ClassColumn | null {
  if (override === null) return null;
  const grade = table.header.findIndex((cell) => headerIs(cell, GRADE_HEADERS));
  if (override !== undefined) {
    const index = resolveColumn(table.header, 'ignore', override, file);
    return { index, grade: grade === index ? -1 : grade };
  }
  const index = table.header.findIndex((cell, i) => i !== grade && headerIs(cell, CLASS_HEADERS) && looksLikeClasses(table, i));
  return index < 0 ? null : { index, grade };
}

/** The class named in a row: the class cell, with the grade in front when the class is a bare letter. */
export function classOfCells(cells: readonly string[], column: ClassColumn): string {
  const name = (cells[column.index] ?? '').trim();
  const grade = column.grade >= 0 ? (cells[column.grade] ?? '').trim() : '';
  return grade !== '' && name !== '' && !name.startsWith(grade) && /^\p{L}{1,3}$/u.test(name) ? `${grade}${name}` : name;
}

