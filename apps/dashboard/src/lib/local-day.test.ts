import { describe, expect, it } from 'vitest';
import { localDay } from './local-day.ts';

describe('localDay(date)', () => {
  it('is the local calendar day, not the UTC one', () => {
    expect(localDay(new Date(2026, 11, 2, 0, 30))).toBe('2026-12-02');
    expect(localDay(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });
});
