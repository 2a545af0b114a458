import { describe, expect, it } from 'vitest';
import type { ClassSummary } from './class-summary.ts';
import { sortSummaries } from './sort-summaries.ts';

function row(name: string, isolated: number, change: number | null, waveDate = '2026-09-15') {
  const summary: ClassSummary = {
    waveDate,
    figures: { pupils: 20, respondents: 18, responseRate: 0.9, isolated, noMutualFriend: isolated },
    underFollowUp: isolated,
    evaluationsDue: 0,
    change: change === null ? null : { previousDate: '2026-03-01', responseRate: 0, isolated: change, noMutualFriend: 0 },
  };
  return { name, summary };
}

const rows = [row('10A', 2, 1), row('7B', 4, null, '2026-10-01'), row('7A', 2, -3), row('8C', 0, 0)];
const names = (sorted: readonly { name: string }[]) => sorted.map((r) => r.name);

describe('sortSummaries(rows, column, direction)', () => {
  it('sorts class names with numbers as numbers', () => {
    expect(names(sortSummaries(rows, 'name'))).toEqual(['7A', '7B', '8C', '10A']);
    expect(names(sortSummaries(rows, 'name', 'descending'))).toEqual(['10A', '8C', '7B', '7A']);
  });

  it('sorts by a figure, ties by class name in either direction', () => {
    expect(names(sortSummaries(rows, 'isolated', 'descending'))).toEqual(['7B', '7A', '10A', '8C']);
    expect(names(sortSummaries(rows, 'isolated'))).toEqual(['8C', '7A', '10A', '7B']);
  });

  it('puts classes without a previous wave last when sorting by change, in both directions', () => {
    expect(names(sortSummaries(rows, 'change'))).toEqual(['7A', '8C', '10A', '7B']);
    expect(names(sortSummaries(rows, 'change', 'descending'))).toEqual(['10A', '8C', '7A', '7B']);
  });

  it('sorts by wave date and leaves its input as it was', () => {
    const before = names(rows);
    expect(names(sortSummaries(rows, 'waveDate', 'descending'))[0]).toBe('7B');
    expect(names(rows)).toEqual(before);
  });
});
