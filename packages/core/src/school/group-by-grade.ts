/**
 * groupByGrade(items, nameOf): classes grouped by grade for a class picker — the grade is the leading number
 * of the class name ("7A", "7 B" → 7; "10A" → 10), groups in ascending grade with names without a leading
 * number last (grade null: "Other"), classes in natural order within a group (7B before 7C, 9A before 10A).
 */
import { compareClassNames } from './compare-class-names.ts';

/** One grade's classes; `grade` null holds the names without a leading number. */
export interface GradeGroup<T> {
  readonly grade: number | null;
  readonly items: readonly T[];
}

/** The grade of a class name: its leading whole number, or null. */
export function gradeOf(name: string): number | null {
  const match = /^\s*(\d+)/.exec(name);
  return match ? Number(match[1]) : null;
}

export function groupByGrade<T>(items: readonly T[], nameOf: (item: T) => string): GradeGroup<T>[] {
  const groups = new Map<number | null, T[]>();
  for (const item of items) {
    const grade = gradeOf(nameOf(item));
    const list = groups.get(grade) ?? [];
    list.push(item);
    groups.set(grade, list);
  }
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([grade, list]) => ({ grade, items: [...list].sort((x, y) => compareClassNames(nameOf(x), nameOf(y))) }));
}
