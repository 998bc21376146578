/** Calendar days and clocks. Days are calendar days in Europe/Oslo (contract: "Words"). */

const TIME_ZONE = 'Europe/Oslo';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Intl is the reference for any instant, but the first Intl.DateTimeFormat of a process costs
 * 13–21 ms (ICU's time-zone data, measured here), more than a fifth of a function's whole import.
 * So the formats are made on their first use, which instants of the EU rule below never need.
 */
let dayFormat: Intl.DateTimeFormat | undefined;
let offsetFormat: Intl.DateTimeFormat | undefined;

const dayFormatter = () =>
  (dayFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }));

const offsetFormatter = () =>
  (offsetFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    timeZoneName: 'longOffset',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }));

/** `osloTimestamp` by Intl: exact for any instant, but some µs per call. */
function intlTimestamp(at: Date): string {
  const parts = Object.fromEntries(
    offsetFormatter()
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

const HOUR_MS = 3_600_000;
const OFFSET_PATTERN = /^([+-])(\d\d):(\d\d)$/;

/** Oslo's offset during one UTC hour, as `+01:00` and in milliseconds. */
interface HourOffset {
  text: string;
  ms: number;
}

/** The offset of each UTC hour asked for (by hour number); `null` for an hour with a change in it. */
const hourOffsets = new Map<number, HourOffset | null>();
const MAX_CACHED_HOURS = 256;

function intlOffsetAt(ms: number): HourOffset | null {
  const text = intlTimestamp(new Date(ms)).slice(19);
  const match = OFFSET_PATTERN.exec(text);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return { text, ms: (match[1] === '-' ? -minutes : minutes) * 60_000 };
}

const WINTER: HourOffset = { text: '+01:00', ms: HOUR_MS };
const SUMMER: HourOffset = { text: '+02:00', ms: 2 * HOUR_MS };

/**
 * The years in which Oslo keeps the EU rule of the time-zone database: summer time from 01:00
 * UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (from 1996; until
 * 1995 it ended in September). The database carries the rule on without end, to the fast
 * path's last year; if the rule changes, Node's Intl changes with it and the tests that
 * compare with Intl fail.
 */
const EU_RULE_FROM = 1996;

/** The UTC instant of 01:00 on the last Sunday of `month` (0-based) in `year`. */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

function offsetAt(ms: number): HourOffset | null {
  const year = new Date(ms).getUTCFullYear();
  if (year < EU_RULE_FROM) return intlOffsetAt(ms);
  return ms >= lastSundayOneUtc(year, 2) && ms < lastSundayOneUtc(year, 9) ? SUMMER : WINTER;
}

/**
 * Oslo's offset at an instant from 1970 to 9999, worked out once per UTC hour (by the EU rule,
 * or by Intl before 1996): the offset changes at most once a season, always on a whole UTC
 * hour. An hour whose first and last millisecond have different offsets (none in the tz
 * database since 1970) is `null`.
 */
function hourOffset(ms: number): HourOffset | null {
  const hour = Math.floor(ms / HOUR_MS);
  let offset = hourOffsets.get(hour);
  if (offset === undefined) {
    const first = offsetAt(hour * HOUR_MS);
    const last = offsetAt(hour * HOUR_MS + HOUR_MS - 1);
    offset = first && last && first.text === last.text ? first : null;
    if (hourOffsets.size >= MAX_CACHED_HOURS) hourOffsets.clear();
    hourOffsets.set(hour, offset);
  }
  return offset;
}

/** Earliest and latest instants the arithmetic path serves (four-digit years, UTC offsets aside). */
const FAST_FROM = Date.UTC(1970, 0, 2);
const FAST_UNTIL = Date.UTC(9999, 11, 30);

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The Oslo wall-clock time of the instant, as a Date whose UTC fields hold it; `undefined` off the fast path. */
function osloWallClock(at: Date): { wall: Date; offset: HourOffset } | undefined {
  const ms = at.getTime();
  if (!(ms >= FAST_FROM && ms < FAST_UNTIL)) return undefined;
  const offset = hourOffset(ms);
  return offset ? { wall: new Date(ms + offset.ms), offset } : undefined;
}

const dayOf = (wall: Date) =>
  `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}`;

/** `YYYY-MM-DD` of the instant in Europe/Oslo. */
export function osloDay(at: Date): string {
  const local = osloWallClock(at);
  return local ? dayOf(local.wall) : dayFormatter().format(at);
}

/** ISO 8601 with the Europe/Oslo offset, e.g. `2026-11-23T14:05:09+01:00`. */
export function osloTimestamp(at: Date): string {
  const local = osloWallClock(at);
  if (!local) return intlTimestamp(at);
  const { wall, offset } = local;
  return `${dayOf(wall)}T${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())}${offset.text}`;
}

export function epochSeconds(at: Date): number {
  return Math.floor(at.getTime() / 1000);
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as `YYYY-MM-DD`. */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const cursor = new Date(`${from}T12:00:00Z`);
  const end = new Date(`${to}T12:00:00Z`);
  while (cursor <= end) {
    days.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

/** The day `days` after (or before, if negative) a `YYYY-MM-DD` day. */
export function shiftDay(dayString: string, days: number): string {
  const date = new Date(`${dayString}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM` of every month that a day from `from` to `to` falls in. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}
