import { browserCounterLabel } from '../chat/browser.ts';
import { PLATFORMS, type Platform } from '../chat/platform.ts';
import { daysBetween } from '../time.ts';
import type { ChatDayCounts } from './ports.ts';
import type { DayRange } from './range.ts';

/** The chat totals every statistics answer has, per range and per day. */
export const CHAT_TOTALS = ['conversations', 'messages', 'fallback', 'downloads', 'deletions'] as const;
type Total = (typeof CHAT_TOTALS)[number];

export interface ChatStats {
  from: string;
  to: string;
  totals: Record<Total, number>;
  daily: ({ date: string } & Record<Total, number>)[];
  /** Most asked first. */
  intents: { intent: string; count: number }[];
  platforms: Record<Platform, number>;
  browsers: { name: string; count: number }[];
}

const zeroTotals = (): Record<Total, number> => ({
  conversations: 0,
  messages: 0,
  fallback: 0,
  downloads: 0,
  deletions: 0,
});

const ranked = (counts: Map<string, number>) =>
  [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));

/** Chat statistics of a range from the daily counters (their shards summed). */
export function chatStats(rows: readonly ChatDayCounts[], range: DayRange): ChatStats {
  const daily = new Map(daysBetween(range.from, range.to).map((date) => [date, { date, ...zeroTotals() }]));
  const totals = zeroTotals();
  const intents = new Map<string, number>();
  const browsers = new Map<string, number>();
  const platforms = Object.fromEntries(PLATFORMS.map((p) => [p, 0])) as Record<Platform, number>;
  for (const row of rows) {
    const day = daily.get(row.day);
    if (!day) continue;
    for (const [name, value] of Object.entries(row.counts)) {
      if (typeof value !== 'number') continue;
      if ((CHAT_TOTALS as readonly string[]).includes(name)) {
        day[name as Total] += value;
        totals[name as Total] += value;
      } else if (name.startsWith('intent#')) {
        intents.set(name.slice(7), (intents.get(name.slice(7)) ?? 0) + value);
      } else if (name.startsWith('browser#')) {
        const browser = browserCounterLabel(name.slice(8));
        browsers.set(browser, (browsers.get(browser) ?? 0) + value);
      } else if (name.startsWith('platform#') && name.slice(9) in platforms) {
        platforms[name.slice(9) as Platform] += value;
      }
    }
  }
  return {
    from: range.from,
    to: range.to,
    totals,
    daily: [...daily.values()],
    intents: ranked(intents).map(([intent, count]) => ({ intent, count })),
    platforms,
    browsers: ranked(browsers).map(([name, count]) => ({ name, count })),
  };
}

export interface Billing {
  month: string;
  conversations: number;
  /** Questions the bot answered with an intent (not the fallback). */
  answeredMessages: number;
}

/** What a month is billed on: conversations and answered questions, from the counters. */
export function billing(rows: readonly ChatDayCounts[], month: string): Billing {
  let conversations = 0;
  let answeredMessages = 0;
  for (const row of rows) {
    if (!row.day.startsWith(month)) continue;
    conversations += row.counts.conversations ?? 0;
    answeredMessages += row.counts.answered ?? 0;
  }
  return { month, conversations, answeredMessages };
}
