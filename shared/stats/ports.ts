import type * as z from 'zod/mini';
import type { storedCommentSchema } from './responses.ts';

/** One page's counts on one day, as the feedback counters hold them. */
export interface PageDayCounts {
  day: string;
  url: string;
  found: number;
  notFound: number;
  comments: number;
}

/** The fixed chat counts of a day (the labelled ones are below). */
export const CHAT_COUNTS = [
  'conversations',
  'messages',
  'answered',
  'fallback',
  'downloads',
  'deletions',
] as const;
export type ChatCount = (typeof CHAT_COUNTS)[number];

/**
 * Chat counts of one day (one shard of it: a day may come several times), by intent, platform
 * and browser label (a browser name from BROWSER_NAMES, `other` or `unknown`; counters written
 * before that list carry a version too).
 */
export type ChatDayCounts = { day: string } & Record<ChatCount, number> & {
    intents: Record<string, number>;
    platforms: Record<string, number>;
    browsers: Record<string, number>;
  };

export interface FeedbackCounterReader {
  pageDays(siteId: string, from: string, to: string): Promise<PageDayCounts[]>;
}

export interface ChatCounterReader {
  days(siteId: string, from: string, to: string): Promise<ChatDayCounts[]>;
}

/** What the re-check newly masked in a site's questions of one ISO week, by category. */
export interface MaskedWeekCounts {
  week: string;
  counts: Record<string, number>;
}

export interface MaskingCounterReader {
  /** The weeks from `fromWeek` to `toWeek` (ISO weeks, both included) that have counts. */
  weeks(siteId: string, fromWeek: string, toWeek: string): Promise<MaskedWeekCounts[]>;
}

/** A visitor's comment as stored (masked), with its vote: what the comments page shows of it. */
export type StoredComment = z.output<typeof storedCommentSchema>;

export interface CommentReader {
  /** The day's comments that have not expired. */
  commentsOfDay(siteId: string, day: string, nowSeconds: number): Promise<StoredComment[]>;
}
