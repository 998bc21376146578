/** One page's counts on one day, as the feedback counters hold them. */
export interface PageDayCounts {
  day: string;
  url: string;
  found: number;
  notFound: number;
  comments: number;
}

/**
 * Chat counts of one day (one shard of it: a day may come several times). Keys are the
 * counter names: conversations, messages, answered, fallback, downloads, deletions,
 * `intent#<id>`, `platform#<platform>`, `browser#<name>` (a name from BROWSER_NAMES, `other` or
 * `unknown`; counters written before that list are `browser#<name major>`).
 */
export interface ChatDayCounts {
  day: string;
  counts: Readonly<Record<string, number>>;
}

export interface FeedbackCounterReader {
  pageDays(siteId: string, from: string, to: string): Promise<PageDayCounts[]>;
}

export interface ChatCounterReader {
  days(siteId: string, from: string, to: string): Promise<ChatDayCounts[]>;
}

/** A visitor's comment as stored (masked), with its vote. */
export interface StoredComment {
  url: string;
  found: boolean;
  comment: string;
  at: string;
}

export interface CommentReader {
  /** The day's comments that have not expired. */
  commentsOfDay(siteId: string, day: string, nowSeconds: number): Promise<StoredComment[]>;
}
