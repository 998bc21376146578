import { shiftDay } from '../time.ts';

/** An ISO 8601 week, `2026-W49`: weeks start on Monday, and week 1 holds the year's first Thursday. */
export const ISO_WEEK_PATTERN = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

/** An ISO week and its Monday. */
export interface IsoWeek {
  week: string;
  start: string;
}

const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/** The ISO week a calendar day (`YYYY-MM-DD`) falls in, and that week's Monday. */
export function isoWeekOf(day: string): IsoWeek {
  const date = noon(day);
  // Monday 0 … Sunday 6.
  const weekday = (date.getUTCDay() + 6) % 7;
  const start = shiftDay(day, -weekday);
  // The week belongs to the year of its Thursday.
  const thursday = noon(shiftDay(start, 3));
  const year = thursday.getUTCFullYear();
  const firstDay = Date.UTC(year, 0, 1, 12);
  const number = Math.floor((thursday.getTime() - firstDay) / (7 * 86_400_000)) + 1;
  return { week: `${year}-W${String(number).padStart(2, '0')}`, start };
}

/** Every ISO week that has a day from `from` to `to` (both included), oldest first. */
export function weeksOverlapping(from: string, to: string): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let week = isoWeekOf(from); week.start <= to; week = isoWeekOf(shiftDay(week.start, 7))) {
    weeks.push(week);
  }
  return weeks;
}
