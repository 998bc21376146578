import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageKey, recheckHourPk, recheckKey } from '#shared/adapters/dynamodb/keys/chat-table';
import { osloTimestamp } from '#shared/time';

/** The UTC hour of an instant as the hour list's partition ends with it (keys/chat-table.ts). */
const isoHour = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 13);
/** A partition's hour and what comes before it, apart (the prefix is the keys module's to spell). */
const split = (pk: string) => ({ prefix: pk.slice(0, -13), hour: pk.slice(-13) });

const instants = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) });

describe('the hour lists of the re-check', () => {
  it('puts an instant in its UTC hour, whatever hours were asked for before', () => {
    fc.assert(
      fc.property(fc.array(instants, { minLength: 1, maxLength: 20 }), (list) => {
        const prefix = split(recheckHourPk(0)).prefix;
        for (const epochMs of list)
          expect(split(recheckHourPk(epochMs))).toEqual({ prefix, hour: isoHour(epochMs) });
      }),
    );
  });

  it('tells the last millisecond of an hour from the first of the next', () => {
    const next = Date.UTC(2026, 10, 23, 11);
    expect(split(recheckHourPk(next - 1)).hour).toBe('2026-11-23T10');
    expect(split(recheckHourPk(next)).hour).toBe('2026-11-23T11');
    expect(split(recheckHourPk(next - 1)).hour).toBe('2026-11-23T10');
  });

  it('lists a question under the UTC hour of its Oslo time', () => {
    const at = osloTimestamp(new Date(Date.UTC(2026, 6, 1, 21, 30)));
    expect(at).toBe('2026-07-01T23:30:00+02:00');
    expect(split(recheckKey(messageKey('x', 1), at).pk).hour).toBe('2026-07-01T21');
  });

  it('refuses a time that is not one, as before', () => {
    expect(() => recheckKey(messageKey('x', 1), 'not a time')).toThrow(RangeError);
  });
});
