/**
 * sortSummaries(rows, column, direction): the school overview's rows ordered by one column, ties broken by the
 * class name (locale-aware, numbers in names compared as numbers: "7B" before "10A"); a class with one wave has
 * no change and sorts after every class with one, in both directions.
 */
import type { ClassSummary } from './class-summary.ts';

/** A column of the school overview that `sortSummaries` can order by. */
export type SummaryColumn = 'name' | 'waveDate' | 'responseRate' | 'isolated' | 'noMutualFriend' | 'underFollowUp' | 'evaluationsDue' | 'change';
/** Sort order of `sortSummaries`. */
export type SortDirection = 'ascending' | 'descending';

/** Every `SummaryColumn`, in the overview's column order. */
export const SUMMARY_COLUMNS: readonly SummaryColumn[] = Object.freeze(['name', 'waveDate', 'responseRate', 'isolated', 'noMutualFriend', 'underFollowUp', 'evaluationsDue', 'change']);

/** A school overview row: the class's name and its `ClassSummary`. */
export interface NamedSummary {
  readonly name: string;
  readonly summary: ClassSummary;
}

const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

/** The value a column sorts by; `change` sorts by the change in isolated pupils, then without a mutual friend. */
function key(row: NamedSummary, column: SummaryColumn): number | string | null {
  const s = row.summary;
  switch (column) {
    case 'name': return row.name;
    case 'waveDate': return s.waveDate;
    case 'responseRate': return s.figures.responseRate;
    case 'isolated': return s.figures.isolated;
    case 'noMutualFriend': return s.figures.noMutualFriend;
    case 'underFollowUp': return s.underFollowUp;
    case 'evaluationsDue': return s.evaluationsDue;
    case 'change': return s.change ? s.change.isolated * 1000 + s.change.noMutualFriend : null;
  }
}

/**
 * The rows ordered by `column` (`'ascending'` by default), ties by class name with numbers compared as numbers;
 * classes without a change sort last when sorting by `change`. Returns a new array.
 */
export function sortSummaries<T extends NamedSummary>(rows: readonly T[], column: SummaryColumn, direction: SortDirection = 'ascending'): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a, column), y = key(b, column);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number);
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.name, b.name);
  });
}
