import { ValidationError } from '../errors.ts';
import type { DayRange } from './range.ts';

export type { CommentsPage } from './responses.ts';

/** A page of comments holds whole days, and stops once it has at least this many. */
export const COMMENTS_PAGE_SIZE = 50;

/** The cursor of a page that starts with `day`. */
export const encodeCursor = (day: string) => Buffer.from(`d:${day}`).toString('base64url');

/** The day a cursor starts at; a cursor outside the range is refused. */
export function decodeCursor(cursor: string, range: DayRange): string {
  const day = Buffer.from(cursor, 'base64url').toString('utf8').replace(/^d:/, '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day < range.from || day > range.to) {
    throw new ValidationError('The cursor does not belong to this range.', { code: 'invalid_cursor' });
  }
  return day;
}
