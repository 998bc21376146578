/**
 * Calendar days as the service counts them: `YYYY-MM-DD` in Europe/Oslo. Arithmetic is done on
 * noon UTC, so no daylight-saving change can move a day.
 */
export interface DayRange {
  from: string;
  to: string;
}

/** The service's limit for one statistics request (shared/stats/range.ts). */
export const MAX_RANGE_DAYS = 400;
export const QUICK_RANGES = [7, 30, 90] as const;
export const DEFAULT_RANGE_DAYS = 30;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Europe/Oslo. */
export function osloToday(now: Date = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: 'Europe/Oslo' });
}

export function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
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
