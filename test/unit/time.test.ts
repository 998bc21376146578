import { describe, expect, it } from 'vitest';
import { daysBetween, isCalendarDay, osloDay, osloTimestamp } from '#shared/time';

describe('osloDay', () => {
  it('uses the Oslo calendar day, not the UTC one', () => {
    expect(osloDay(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(osloDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(osloDay(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});

describe('osloTimestamp', () => {
  it('writes ISO 8601 with the winter and summer offsets', () => {
    expect(osloTimestamp(new Date('2026-11-23T13:05:09Z'))).toBe('2026-11-23T14:05:09+01:00');
    expect(osloTimestamp(new Date('2026-07-01T10:00:00Z'))).toBe('2026-07-01T12:00:00+02:00');
  });
});

describe('isCalendarDay', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('26-01-01')).toBe(false);
  });
});

describe('daysBetween', () => {
  it('lists every day across a month end, both ends included', () => {
    expect(daysBetween('2026-10-30', '2026-11-02')).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
    expect(daysBetween('2026-11-02', '2026-11-01')).toEqual([]);
  });
});
