import { compareText } from '../text.ts';
import { daysBetween } from '../time.ts';
import type { PageDayCounts } from './ports.ts';
import type { DayRange } from './range.ts';
import type { FeedbackStats } from './responses.ts';

export type { FeedbackStats } from './responses.ts';

/**
 * Page feedback of a range from the page counters: totals, every day of the range (zeros
 * included, so a chart has no gaps) and every page. `url` keeps the pages whose URL starts
 * with it (a page, or a section such as `https://kommune.no/skole/`).
 */
export function feedbackStats(rows: readonly PageDayCounts[], range: DayRange, url?: string): FeedbackStats {
  const daily = new Map(
    daysBetween(range.from, range.to).map((date) => [date, { date, found: 0, notFound: 0 }]),
  );
  const pages = new Map<string, FeedbackStats['pages'][number]>();
  const totals = { found: 0, notFound: 0 };
  for (const row of rows) {
    const day = daily.get(row.day);
    if (!day || (url && !row.url.startsWith(url))) continue;
    day.found += row.found;
    day.notFound += row.notFound;
    totals.found += row.found;
    totals.notFound += row.notFound;
    const page = pages.get(row.url) ?? { url: row.url, found: 0, notFound: 0, comments: 0 };
    page.found += row.found;
    page.notFound += row.notFound;
    page.comments += row.comments;
    pages.set(row.url, page);
  }
  return {
    from: range.from,
    to: range.to,
    totals,
    daily: [...daily.values()],
    pages: [...pages.values()]
      // A page whose votes were all replaced can sit at zero; it has nothing to show.
      .filter((page) => page.found + page.notFound > 0)
      .sort((a, b) => b.found + b.notFound - (a.found + a.notFound) || compareText(a.url, b.url)),
  };
}
