import { CATEGORY_LABELS, type Category } from '../anonymizer/categories.ts';
import type { MaskedWeekCounts } from './ports.ts';
import type { DayRange } from './range.ts';
import type { MaskingStats } from './responses.ts';
import { weeksOverlapping } from './weeks.ts';

export type { MaskingStats } from './responses.ts';

/** Every anonymizer category, in the order of their labels: each week shows them all. */
export const MASK_CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];

const zeroCounts = () => Object.fromEntries(MASK_CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

/**
 * What the hourly re-check masked in the questions of each week that overlaps the range
 * (weeks run Monday to Sunday, so the first and last may reach outside it), oldest first,
 * every category in every week with zeros included, and the sum over those weeks.
 */
export function maskingStats(rows: readonly MaskedWeekCounts[], range: DayRange): MaskingStats {
  const weeks = new Map(
    weeksOverlapping(range.from, range.to).map(({ week, start }) => [
      week,
      { week, start, categories: zeroCounts() },
    ]),
  );
  const totals = zeroCounts();
  for (const row of rows) {
    const week = weeks.get(row.week);
    if (!week) continue;
    for (const category of MASK_CATEGORIES) {
      const n = row.counts[category] ?? 0;
      week.categories[category] += n;
      totals[category] += n;
    }
  }
  return { from: range.from, to: range.to, weeks: [...weeks.values()], totals };
}
