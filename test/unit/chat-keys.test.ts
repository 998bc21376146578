import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recheckHourPk, recheckKey } from '#shared/adapters/dynamodb/keys/chat-table';
import { osloTimestamp } from '#shared/time';

/** The hour list's partition as the contract of keys/chat-table.ts writes it: the UTC hour of the instant. */
const byIso = (epochMs: number) => `RECHECK#${new Date(epochMs).toISOString().slice(0, 13)}`;

const instants = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) });

describe('the hour lists of the re-check', () => {
  it('puts an instant in its UTC hour, whatever hours were asked for before', () => {
    fc.assert(
      fc.property(fc.array(instants, { minLength: 1, maxLength: 20 }), (list) => {
        for (const epochMs of list) expect(recheckHourPk(epochMs)).toBe(byIso(epochMs));
      }),
    );
  });

  it('tells the last millisecond of an hour from the first of the next', () => {
    const next = Date.UTC(2026, 10, 23, 11);
    expect(recheckHourPk(next - 1)).toBe('RECHECK#2026-11-23T10');
    expect(recheckHourPk(next)).toBe('RECHECK#2026-11-23T11');
    expect(recheckHourPk(next - 1)).toBe('RECHECK#2026-11-23T10');
  });

  it('lists a question under the UTC hour of its Oslo time', () => {
    const at = osloTimestamp(new Date(Date.UTC(2026, 6, 1, 21, 30)));
    expect(at).toBe('2026-07-01T23:30:00+02:00');
    expect(recheckKey({ pk: 'CONV#x', sk: 'MSG#00001' }, at).pk).toBe('RECHECK#2026-07-01T21');
  });

  it('refuses a time that is not one, as before', () => {
    expect(() => recheckKey({ pk: 'CONV#x', sk: 'MSG#00001' }, 'not a time')).toThrow(RangeError);
  });
});
