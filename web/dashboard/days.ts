import { type DayRange, MAX_RANGE_DAYS } from '../../shared/stats/range-limits.ts';
import { isCalendarDay as isDay, osloDay, shiftDay } from '../../shared/time.ts';

/**
 * Calendar days as the service counts them: `YYYY-MM-DD` in Europe/Oslo, with the service's
 * own day rules and limits, so the dashboard refuses exactly what the service would.
 */
export { type DayRange, DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS } from '../../shared/stats/range-limits.ts';
export { isCalendarDay as isDay, shiftDay } from '../../shared/time.ts';

export const QUICK_RANGES = [7, 30, 90] as const;

/** Today in Europe/Oslo. */
export function osloToday(now: Date = new Date()): string {
  return osloDay(now);
}

/** How many days the range holds, both ends included. */
export function rangeLength(range: DayRange): number {
  const ms = Date.parse(`${range.to}T12:00:00Z`) - Date.parse(`${range.from}T12:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/** The last `days` days up to and including `today`. */
export function lastDays(days: number, today: string): DayRange {
  return { from: shiftDay(today, -(days - 1)), to: today };
}

/** Which quick range a range is, if any (to mark its button as the current one). */
export function quickRangeOf(range: DayRange, today: string): number | undefined {
  return range.to === today ? QUICK_RANGES.find((days) => rangeLength(range) === days) : undefined;
}

export type RangeProblem = 'invalid' | 'order' | 'tooLong';

/** The two date fields as a range the service accepts, or what is wrong with them. */
export function checkRange(
  from: string,
  to: string,
): { ok: true; range: DayRange } | { ok: false; problem: RangeProblem; field: 'from' | 'to' } {
  if (!isDay(from)) return { ok: false, problem: 'invalid', field: 'from' };
  if (!isDay(to)) return { ok: false, problem: 'invalid', field: 'to' };
  if (from > to) return { ok: false, problem: 'order', field: 'from' };
  if (rangeLength({ from, to }) > MAX_RANGE_DAYS) return { ok: false, problem: 'tooLong', field: 'from' };
  return { ok: true, range: { from, to } };
}
