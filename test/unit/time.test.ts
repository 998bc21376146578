import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
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

describe('Oslo time around the clock changes and off the fast path', () => {
  /** What Intl says, the way time.ts computed it for every call before it kept offsets per hour. */
  const intl = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Oslo',
    timeZoneName: 'longOffset',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const byIntl = (at: Date) => {
    const parts = Object.fromEntries(intl.formatToParts(at).map((p) => [p.type, p.value]));
    const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
  };

  it('switches offset on the very millisecond of the change, in spring and in autumn', () => {
    const spring = Date.parse('2026-03-29T01:00:00Z');
    expect(osloTimestamp(new Date(spring - 1))).toBe('2026-03-29T01:59:59+01:00');
    expect(osloTimestamp(new Date(spring))).toBe('2026-03-29T03:00:00+02:00');
    const autumn = Date.parse('2026-10-25T01:00:00Z');
    expect(osloTimestamp(new Date(autumn - 1))).toBe('2026-10-25T02:59:59+02:00');
    expect(osloTimestamp(new Date(autumn))).toBe('2026-10-25T02:00:00+01:00');
    expect(osloDay(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(osloDay(new Date('2026-10-24T21:59:59.999Z'))).toBe('2026-10-24');
  });

  it('agrees with Intl around every change of offset from 1996 to 2499, where the EU rule is worked out', () => {
    for (let year = 1996; year < 2500; year++) {
      for (const month of [2, 9]) {
        // The last Sunday of March and of October, found by asking Intl for each day's offset.
        const change = Array.from({ length: 7 }, (_, k) => Date.UTC(year, month + 1, -k, 1))
          .filter((ms) => new Date(ms).getUTCDay() === 0)
          .at(0) as number;
        for (const ms of [change - 3_600_001, change - 1, change, change + 1, change + 3_600_000]) {
          const at = new Date(ms);
          expect(osloTimestamp(at)).toBe(byIntl(at));
        }
      }
    }
  });

  it('agrees with Intl on any instant from 1970 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(9999, 11, 29) }), (ms) => {
        const at = new Date(ms);
        expect(osloTimestamp(at)).toBe(byIntl(at));
        expect(osloDay(at)).toBe(byIntl(at).slice(0, 10));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with Intl on every hour of a year and on instants far off the fast path', () => {
    const hours = Array.from(
      { length: 366 * 24 },
      (_, h) => Date.parse('2027-01-01T00:00:00Z') + h * 3_600_000 + 1_234,
    );
    const odd = [
      '1969-12-31T23:30:00Z',
      '1940-05-01T12:00:00Z',
      '1895-01-01T00:00:00Z',
      '0999-06-01T00:00:00Z',
    ].map(Date.parse);
    for (const ms of [...hours, ...odd, -1, 0, 8.64e15]) {
      const at = new Date(ms);
      expect(osloTimestamp(at)).toBe(byIntl(at));
      expect(osloDay(at)).toBe(byIntl(at).slice(0, byIntl(at).indexOf('T')));
    }
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

describe('Intl at import', () => {
  it('makes no Intl.DateTimeFormat at import, nor for an instant of the EU rule (its first costs some 15 ms)', async () => {
    vi.resetModules();
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      const time = await import('#shared/time');
      expect(time.osloTimestamp(new Date('2026-07-01T10:00:00Z'))).toBe('2026-07-01T12:00:00+02:00');
      expect(time.osloDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
      // A conversation's expiry far ahead, as the bench's fake conversation has.
      expect(time.osloTimestamp(new Date('2100-01-01T00:00:00Z'))).toBe('2100-01-01T01:00:00+01:00');
      expect(made).not.toHaveBeenCalled();
      // Before 1996 Oslo's rules were others: there Intl is asked, on first use.
      expect(time.osloTimestamp(new Date('1985-09-29T00:30:00Z'))).toBe('1985-09-29T02:30:00+02:00');
      expect(made).toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
  });
});
