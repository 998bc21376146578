import { intentTitle } from '../chat/bot/intents.ts';
import { type BrowserLabel, browserCounterLabel } from '../chat/browser.ts';
import { PLATFORMS, type Platform } from '../chat/platform.ts';
import { LANGUAGES, type Language } from '../languages.ts';
import { compareText } from '../text.ts';
import { daysBetween } from '../time.ts';
import type { ChatDayCounts } from './ports.ts';
import type { DayRange } from './range.ts';
import type { Billing, ChatStats } from './responses.ts';
import { CHAT_TOTALS } from './tables.ts';

export type { ChatStats } from './responses.ts';

type Total = (typeof CHAT_TOTALS)[number];

const zeroTotals = (): Record<Total, number> => ({
  conversations: 0,
  messages: 0,
  fallback: 0,
  downloads: 0,
  deletions: 0,
});

function addAll<Name extends string>(into: Map<Name, number>, entries: Iterable<[Name, number]>) {
  for (const [name, n] of entries) into.set(name, (into.get(name) ?? 0) + n);
}

/** An intent's display name in every language (the id itself for one the set no longer has). */
const titles = (intent: string) =>
  Object.fromEntries(LANGUAGES.map((lang) => [lang, intentTitle(intent, lang)])) as Record<Language, string>;

const ranked = <Name extends string>(counts: Map<Name, number>) =>
  [...counts].sort(([a, x], [b, y]) => y - x || compareText(a, b));

/** Chat statistics of a range from the daily counters (their shards summed). */
export function chatStats(rows: readonly ChatDayCounts[], range: DayRange): ChatStats {
  const daily = new Map(daysBetween(range.from, range.to).map((date) => [date, { date, ...zeroTotals() }]));
  const totals = zeroTotals();
  const intents = new Map<string, number>();
  const browsers = new Map<BrowserLabel, number>();
  const platforms = Object.fromEntries(PLATFORMS.map((p) => [p, 0])) as Record<Platform, number>;
  for (const row of rows) {
    const day = daily.get(row.day);
    if (!day) continue;
    for (const name of CHAT_TOTALS) {
      day[name] += row[name];
      totals[name] += row[name];
    }
    addAll(intents, Object.entries(row.intents));
    addAll(
      browsers,
      Object.entries(row.browsers).map(([label, n]): [BrowserLabel, number] => [
        browserCounterLabel(label),
        n,
      ]),
    );
    for (const [platform, n] of Object.entries(row.platforms)) {
      if (platform in platforms) platforms[platform as Platform] += n;
    }
  }
  return {
    from: range.from,
    to: range.to,
    totals,
    daily: [...daily.values()],
    intents: ranked(intents).map(([intent, count]) => ({ intent, title: titles(intent), count })),
    platforms,
    browsers: ranked(browsers).map(([name, count]) => ({ name, count })),
  };
}

/** What a month is billed on: conversations and answered questions, from the counters. */
export function billing(rows: readonly ChatDayCounts[], month: string): Billing {
  let conversations = 0;
  let answeredMessages = 0;
  for (const row of rows) {
    if (!row.day.startsWith(month)) continue;
    conversations += row.conversations;
    answeredMessages += row.answered;
  }
  return { month, conversations, answeredMessages };
}
