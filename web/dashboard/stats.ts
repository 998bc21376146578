import { type ChatStats, type FeedbackStats, PLATFORMS, type Platform } from './api.ts';

/** part / whole, or undefined when there is nothing to divide (shown as a dash, not as 0 %). */
export function share(part: number, whole: number): number | undefined {
  return whole > 0 ? part / whole : undefined;
}

export interface RankedPage {
  url: string;
  found: number;
  notFound: number;
  comments: number;
  answers: number;
  foundShare: number;
}

/**
 * The pages with the lowest share of "found it" first. Among equal shares, the page more
 * visitors answered on comes first: 0 of 20 is a clearer sign than 0 of 1.
 */
export function rankPages(pages: FeedbackStats['pages']): RankedPage[] {
  return pages
    .map((page) => ({ ...page, answers: page.found + page.notFound }))
    .filter((page) => page.answers > 0)
    .map((page) => ({ ...page, foundShare: page.found / page.answers }))
    .sort((a, b) => a.foundShare - b.foundShare || b.answers - a.answers || a.url.localeCompare(b.url));
}

/** A page as staff recognise it: host and path, without the scheme. */
export function pageLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return url;
  }
}

export interface Summary {
  answers: number;
  found: number;
  notFound: number;
  foundShare: number | undefined;
  conversations: number;
  messages: number;
  fallback: number;
  fallbackShare: number | undefined;
  downloads: number;
  deletions: number;
}

export function summarize(feedback: FeedbackStats, chat: ChatStats): Summary {
  const answers = feedback.totals.found + feedback.totals.notFound;
  return {
    answers,
    found: feedback.totals.found,
    notFound: feedback.totals.notFound,
    foundShare: share(feedback.totals.found, answers),
    ...chat.totals,
    fallbackShare: share(chat.totals.fallback, chat.totals.messages),
  };
}

/** Rows of a count table with each row's share of the whole. */
export function withShares<T extends { count: number }>(
  rows: readonly T[],
): (T & { share: number | undefined })[] {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return rows.map((row) => ({ ...row, share: share(row.count, total) }));
}

/** The platform split in a fixed order (desktop, tablet, mobile, unknown). */
export function platformRows(
  platforms: ChatStats['platforms'],
): { platform: Platform; count: number; share: number | undefined }[] {
  return withShares(PLATFORMS.map((platform) => ({ platform, count: platforms[platform] })));
}

/** The days and one array of counts per key, as a line chart takes them. */
export function chartSeries<K extends string>(
  daily: readonly ({ date: string } & Record<K, number>)[],
  keys: readonly K[],
): { days: string[]; series: Record<K, number[]> } {
  const series = {} as Record<K, number[]>;
  for (const key of keys) series[key] = daily.map((day) => day[key] as number);
  return { days: daily.map((day) => day.date), series };
}
