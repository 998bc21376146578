import { describe, expect, it } from 'vitest';
import { osloDay } from '#shared/time';
import {
  checkRange,
  isDay,
  lastDays,
  MAX_RANGE_DAYS,
  osloToday,
  quickRangeOf,
  rangeLength,
  shiftDay,
} from '../../web/dashboard/days.ts';

describe('osloToday', () => {
  it('is the same Oslo day as the service counts in, around midnight and daylight saving', () => {
    for (const instant of [
      '2026-11-22T23:30:00Z',
      '2026-06-30T22:30:00Z',
      '2026-06-30T21:30:00Z',
      '2026-03-29T00:30:00Z',
    ]) {
      expect(osloToday(new Date(instant))).toBe(osloDay(new Date(instant)));
    }
  });
});

describe('day arithmetic', () => {
  it('shifts across months, years and the daylight-saving change', () => {
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDay('2026-03-29', 1)).toBe('2026-03-30');
    expect(rangeLength({ from: '2026-03-28', to: '2026-03-30' })).toBe(3);
  });

  it('gives the last 7, 30 and 90 days up to and including today', () => {
    expect(lastDays(7, '2026-11-23')).toEqual({ from: '2026-11-17', to: '2026-11-23' });
    expect(rangeLength(lastDays(30, '2026-11-23'))).toBe(30);
    expect(rangeLength(lastDays(90, '2026-11-23'))).toBe(90);
  });

  it('knows which quick range a range is, only when it ends today', () => {
    expect(quickRangeOf(lastDays(7, '2026-11-23'), '2026-11-23')).toBe(7);
    expect(quickRangeOf(lastDays(90, '2026-11-23'), '2026-11-23')).toBe(90);
    expect(quickRangeOf(lastDays(7, '2026-11-22'), '2026-11-23')).toBeUndefined();
    expect(quickRangeOf({ from: '2026-11-20', to: '2026-11-23' }, '2026-11-23')).toBeUndefined();
  });
});

describe('checkRange', () => {
  it('accepts a range the service accepts', () => {
    expect(checkRange('2026-11-01', '2026-11-23')).toEqual({
      ok: true,
      range: { from: '2026-11-01', to: '2026-11-23' },
    });
    expect(checkRange('2026-11-23', '2026-11-23').ok).toBe(true);
  });

  it('names the field that is wrong and why', () => {
    expect(checkRange('', '2026-11-23')).toEqual({ ok: false, problem: 'invalid', field: 'from' });
    expect(checkRange('2026-11-01', '2026-02-30')).toEqual({ ok: false, problem: 'invalid', field: 'to' });
    expect(checkRange('2026-11-24', '2026-11-23')).toEqual({ ok: false, problem: 'order', field: 'from' });
    const tooLong = shiftDay('2026-11-23', -MAX_RANGE_DAYS);
    expect(checkRange(tooLong, '2026-11-23')).toEqual({ ok: false, problem: 'tooLong', field: 'from' });
    expect(checkRange(shiftDay(tooLong, 1), '2026-11-23').ok).toBe(true);
  });

  it('reads only real calendar days', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('23.11.2026')).toBe(false);
  });
});
