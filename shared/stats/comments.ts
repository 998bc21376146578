import { ValidationError } from '../errors.ts';
import { daysBetween, epochSeconds } from '../time.ts';
import type { CommentReader, StoredComment } from './ports.ts';
import type { DayRange } from './range.ts';

/** A page of comments holds whole days, and stops once it has at least this many. */
export const COMMENTS_PAGE_SIZE = 50;

export interface CommentsPage {
  items: StoredComment[];
  /** Give it back as `cursor` for the next page; absent on the last page. */
  next?: string;
}

const encodeCursor = (day: string) => Buffer.from(`d:${day}`).toString('base64url');

function decodeCursor(cursor: string, range: DayRange): string {
  const day = Buffer.from(cursor, 'base64url').toString('utf8').replace(/^d:/, '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day < range.from || day > range.to) {
    throw new ValidationError('The cursor does not belong to this range.', { code: 'invalid_cursor' });
  }
  return day;
}

/**
 * The comments of a range, newest day first and newest first within a day. A page is whole
 * days, so the cursor is just the next day to read: no stale position when comments expire.
 */
export async function commentsPage(
  reader: CommentReader,
  siteId: string,
  range: DayRange,
  options: { url?: string | undefined; cursor?: string | undefined; now: Date },
): Promise<CommentsPage> {
  const days = daysBetween(
    range.from,
    options.cursor ? decodeCursor(options.cursor, range) : range.to,
  ).reverse();
  const items: StoredComment[] = [];
  for (const [index, day] of days.entries()) {
    const comments = await reader.commentsOfDay(siteId, day, epochSeconds(options.now));
    items.push(
      ...comments
        .filter((c) => !options.url || c.url.startsWith(options.url))
        .sort((a, b) => b.at.localeCompare(a.at)),
    );
    const following = days[index + 1];
    if (items.length >= COMMENTS_PAGE_SIZE && following) return { items, next: encodeCursor(following) };
  }
  return { items };
}
