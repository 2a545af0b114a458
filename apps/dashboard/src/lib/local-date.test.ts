import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDate, localDateIn } from './local-date.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('localDate(at)', () => {
  it('is the calendar date where the user is, not in UTC', () => {
    const at = new Date(2026, 8, 15, 0, 30); // 00:30 local time on 15 September
    expect(localDate(at)).toBe('2026-09-15');
  });

  it('defaults to today', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 0, 1, 1, 15));
    expect(localDate()).toBe('2026-01-01');
  });
});

describe('localDateIn(days, at)', () => {
  it('counts calendar days, across months and years', () => {
    expect(localDateIn(14, new Date(2026, 11, 25, 23, 59))).toBe('2027-01-08');
    expect(localDateIn(0, new Date(2026, 2, 29, 0, 5))).toBe('2026-03-29');
  });
});
