import * as z from 'zod/mini';
import { daysBetween, isCalendarDay, osloDay, shiftDay } from '../time.ts';
import { type DayRange, DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS } from './range-limits.ts';

export type { DayRange } from './range-limits.ts';

const day = z.string().check(z.refine(isCalendarDay, 'must be a calendar day written YYYY-MM-DD'));

/** `date` and the `cursor` of the next page: a day's conversations or unanswered questions, page by page. */
export const dayPageQuery = z.strictObject({
  date: day,
  cursor: z.optional(z.string().check(z.maxLength(200))),
});

/** `from`/`to` from a query string: both optional, `from` ≤ `to`, at most MAX_RANGE_DAYS days. */
export function dayRangeSchema(now: () => Date) {
  return z
    .pipe(
      z.object({ from: z.optional(day), to: z.optional(day) }),
      z.transform(({ from, to }): DayRange => {
        const end = to ?? osloDay(now());
        return { from: from ?? shiftDay(end, -(DEFAULT_RANGE_DAYS - 1)), to: end };
      }),
    )
    .check(
      z.refine((range: DayRange) => range.from <= range.to, {
        message: '"from" must not be after "to"',
        path: ['from'],
      }),
      z.refine((range: DayRange) => daysBetween(range.from, range.to).length <= MAX_RANGE_DAYS, {
        message: `at most ${MAX_RANGE_DAYS} days at a time`,
        path: ['to'],
      }),
    );
}

/** A month written `YYYY-MM`. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` and its first and last day. */
export const monthSchema = z.pipe(
  z.string().check(z.regex(MONTH_PATTERN, 'must be a month written YYYY-MM')),
  z.transform((month: string): DayRange & { month: string } => ({
    month,
    from: `${month}-01`,
    to: shiftDay(`${shiftMonth(month, 1)}-01`, -1),
  })),
);

function shiftMonth(month: string, months: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1 + months, 1));
  return date.toISOString().slice(0, 7);
}
