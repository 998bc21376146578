import { hash as digest } from 'node:crypto';
import type { ChatEvent } from '../../../chat/ports.ts';
import { CHAT_COUNTS, type ChatCount, type ChatDayCounts } from '../../../stats/ports.ts';

/**
 * Every key and counter attribute of the counters table, built and parsed here and nowhere else.
 *
 *   pk CHAT#<siteId>#<YYYY-MM>#<shard>   sk <YYYY-MM-DD>                 a day's chat counters
 *   pk FB#<siteId>#<YYYY-MM>#<shard>     sk <YYYY-MM-DD>#<sha256(url)>   a page's feedback of a day
 *   pk JOB#<job>                         sk STATE                        a job's progress
 *   pk JOB#<job>#<YYYY-MM-DD>            sk TOTAL                        a job's totals of a day
 *   pk MASKED#<siteId>                   sk <ISO week, YYYY-Www>         spans the re-check masked, per category
 *
 * A site's counters of a month are spread over COUNTER_SHARDS partitions (each takes 1000
 * writes/s); a statistics read is one Query per shard and month. Chat counter attributes are
 * fixed words or `intent#…`, `platform#…`, `browser#…` with bounded labels, never free text.
 */

/**
 * How many partitions a site's counters of one month are spread over. One partition takes
 * 1000 writes/s; a counter update of up to 1 KB is one write, so a site's chat or feedback
 * counters hold up to COUNTER_SHARDS × 1000 events/s. A statistics read costs one Query
 * per shard and month, whatever the number of events behind it.
 */
export const COUNTER_SHARDS = 4;

const chatPk = (siteId: string, month: string, shard: number) => `CHAT#${siteId}#${month}#${shard}`;
const feedbackPk = (siteId: string, month: string, shard: number) => `FB#${siteId}#${month}#${shard}`;

/** The chat counters of a site's day in one shard. */
export const chatCounterKey = (siteId: string, day: string, shard: number) => ({
  pk: chatPk(siteId, day.slice(0, 7), shard),
  sk: day,
});

/** Every shard partition of a site's chat counters in a month. */
export const chatCounterPartitions = (siteId: string, month: string) =>
  Array.from({ length: COUNTER_SHARDS }, (_, shard) => chatPk(siteId, month, shard));

/** Whether a counters item holds a site's chat counters (for tests and tools that read items). */
export const isChatCounterOf = (siteId: string, item: { pk?: unknown }) =>
  typeof item.pk === 'string' && item.pk.startsWith(`CHAT#${siteId}#`);

/**
 * The page's counters for one day, under one of the month's shard partitions: the page's
 * hash picks the shard, so a site's pages spread over COUNTER_SHARDS partitions.
 */
export function feedbackCounterKey(siteId: string, day: string, url: string) {
  const hash = digest('sha256', url, 'buffer');
  return {
    pk: feedbackPk(siteId, day.slice(0, 7), (hash[0] ?? 0) % COUNTER_SHARDS),
    sk: `${day}#${hash.toString('base64url')}`,
  };
}

/** Every shard partition of a site's feedback counters in a month. */
export const feedbackCounterPartitions = (siteId: string, month: string) =>
  Array.from({ length: COUNTER_SHARDS }, (_, shard) => feedbackPk(siteId, month, shard));

/** The attribute names of the labelled chat counters. */
export const chatCounterAttribute = {
  intent: (intent: string) => `intent#${intent}`,
  platform: (platform: string) => `platform#${platform}`,
  browser: (browser: string) => `browser#${browser}`,
};

const LABELLED = [
  ['intents', 'intent#'],
  ['platforms', 'platform#'],
  ['browsers', 'browser#'],
] as const;

/** The attributes of labelled counts: `{ intents: { waste: 3 } }` is `{ 'intent#waste': 3 }`. */
export function labelledCounterAttributes(
  labelled: Partial<Record<(typeof LABELLED)[number][0], Record<string, number>>>,
): Record<string, number> {
  return Object.fromEntries(
    LABELLED.flatMap(([field, prefix]) =>
      Object.entries(labelled[field] ?? {}).map(([label, n]): [string, number] => [`${prefix}${label}`, n]),
    ),
  );
}

/** Which labelled counter an attribute name is, and its label; `undefined` for any other name. */
export function parseChatCounterAttribute(
  name: string,
): { field: (typeof LABELLED)[number][0]; label: string } | undefined {
  const found = LABELLED.find(([, prefix]) => name.startsWith(prefix));
  return found && { field: found[0], label: name.slice(found[1].length) };
}

/** The counters one event adds to. */
export function chatCounterIncrements(event: ChatEvent): Record<string, number> {
  switch (event.type) {
    case 'conversation':
      return {
        conversations: 1,
        [chatCounterAttribute.platform(event.platform)]: 1,
        [chatCounterAttribute.browser(event.browser)]: 1,
      };
    case 'message':
      return {
        messages: 1,
        [chatCounterAttribute.intent(event.intent)]: 1,
        ...(event.answered ? { answered: 1 } : { fallback: 1 }),
      };
    case 'download':
      return { downloads: 1 };
    case 'deletion':
      return { deletions: 1 };
  }
}

/** A chat counters item as the statistics read it: fixed counts and the labelled ones by label. */
export function chatDayCounts(item: Record<string, unknown>): ChatDayCounts {
  const counts: ChatDayCounts = {
    day: String(item.sk),
    ...(Object.fromEntries(CHAT_COUNTS.map((name) => [name, 0])) as Record<ChatCount, number>),
    intents: {},
    platforms: {},
    browsers: {},
  };
  for (const [name, value] of Object.entries(item)) {
    if (typeof value !== 'number') continue;
    if ((CHAT_COUNTS as readonly string[]).includes(name)) counts[name as ChatCount] += value;
    const labelled = parseChatCounterAttribute(name);
    if (labelled)
      counts[labelled.field][labelled.label] = (counts[labelled.field][labelled.label] ?? 0) + value;
  }
  return counts;
}

/** Where a job keeps its progress. */
export const jobStateKey = (job: string) => ({ pk: `JOB#${job}`, sk: 'STATE' });

/** Where a job adds up its runs of a day. */
export const jobTotalsKey = (job: string, day: string) => ({ pk: `JOB#${job}#${day}`, sk: 'TOTAL' });

/** The attribute of a job's totals that counts the spans newly masked in a category. */
export const jobSpansAttribute = (category: string) => `spans#${category}`;

const maskedPk = (siteId: string) => `MASKED#${siteId}`;

/** Where the re-check counts what it newly masked in a site's questions of an ISO week (`2026-W49`). */
export const maskedWeekKey = (siteId: string, week: string) => ({ pk: maskedPk(siteId), sk: week });

/** The Query of a site's masked-span counts from one ISO week to another, both included. */
export const maskedWeeksRange = (siteId: string, fromWeek: string, toWeek: string) => ({
  pk: maskedPk(siteId),
  from: fromWeek,
  to: toWeek,
});

const MASKED_ATTRIBUTE = 'masked#';

/** The attribute of a week's item that counts the spans masked in a category. */
export const maskedSpansAttribute = (category: string) => `${MASKED_ATTRIBUTE}${category}`;

/** A week's item as the statistics read it: the week and its counts by category. */
export function maskedWeekCounts(item: Record<string, unknown>): {
  week: string;
  counts: Record<string, number>;
} {
  const counts: Record<string, number> = {};
  for (const [name, value] of Object.entries(item)) {
    if (typeof value === 'number' && name.startsWith(MASKED_ATTRIBUTE)) {
      counts[name.slice(MASKED_ATTRIBUTE.length)] = value;
    }
  }
  return { week: String(item.sk), counts };
}
