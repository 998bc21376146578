import { compareText } from '../text.ts';
import { type Clock, daysBetween, epochSeconds } from '../time.ts';
import { billing, chatStats } from './chat-stats.ts';
import { COMMENTS_PAGE_SIZE, decodeCursor, encodeCursor } from './comments-page.ts';
import { feedbackStats } from './feedback-stats.ts';
import { maskingStats } from './masking-stats.ts';
import type {
  ChatCounterReader,
  CommentReader,
  FeedbackCounterReader,
  MaskingCounterReader,
  StoredComment,
} from './ports.ts';
import type { DayRange } from './range.ts';
import type { Billing, ChatStats, CommentsPage, FeedbackStats, MaskingStats } from './responses.ts';
import { weeksOverlapping } from './weeks.ts';

export interface StatisticsDeps {
  feedbackCounters: FeedbackCounterReader;
  chatCounters: ChatCounterReader;
  maskingCounters: MaskingCounterReader;
}

/**
 * The editors' statistics, read from the counters alone: no chat text and no votes reach
 * them, so no text a visitor wrote can either.
 */
export function makeStatistics(deps: StatisticsDeps) {
  return {
    /** "Fant du det du lette etter?" per day and page; `url` keeps a page or a section. */
    async feedback(siteId: string, days: DayRange, url?: string): Promise<FeedbackStats> {
      return feedbackStats(await deps.feedbackCounters.pageDays(siteId, days.from, days.to), days, url);
    },
    /** Chat volume, fallback, intents, platforms and browsers. */
    async chat(siteId: string, days: DayRange): Promise<ChatStats> {
      return chatStats(await deps.chatCounters.days(siteId, days.from, days.to), days);
    },
    /** What the hourly re-check newly masked, per category and ISO week of the range. */
    async masking(siteId: string, days: DayRange): Promise<MaskingStats> {
      const weeks = weeksOverlapping(days.from, days.to);
      const first = weeks[0]?.week ?? '';
      const last = weeks.at(-1)?.week ?? '';
      return maskingStats(await deps.maskingCounters.weeks(siteId, first, last), days);
    },
    /** What a month is billed on. */
    async billing(siteId: string, month: DayRange & { month: string }): Promise<Billing> {
      return billing(await deps.chatCounters.days(siteId, month.from, month.to), month.month);
    },
  };
}

/**
 * The visitors' comments as stored (masked). A range is read newest day first and newest
 * first within a day; a page is whole days, so the cursor is just the next day to read: no
 * stale position when comments expire.
 */
export function makeComments(deps: { comments: CommentReader; clock: Clock }) {
  return {
    async page(
      siteId: string,
      range: DayRange,
      options: { url?: string | undefined; cursor?: string | undefined },
    ): Promise<CommentsPage> {
      const nowSeconds = epochSeconds(deps.clock.now());
      const days = daysBetween(
        range.from,
        options.cursor ? decodeCursor(options.cursor, range) : range.to,
      ).reverse();
      const items: StoredComment[] = [];
      for (const [index, day] of days.entries()) {
        const comments = await deps.comments.commentsOfDay(siteId, day, nowSeconds);
        items.push(
          ...comments
            .filter((c) => !options.url || c.url.startsWith(options.url))
            .sort((a, b) => compareText(b.at, a.at)),
        );
        const following = days[index + 1];
        if (items.length >= COMMENTS_PAGE_SIZE && following) return { items, next: encodeCursor(following) };
      }
      return { items };
    },
  };
}
