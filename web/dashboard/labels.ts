import { CATEGORY_PRIORITY, type Category } from '../../shared/anonymizer/categories.ts';
import type { AuditTrail, ChatStats } from './api.ts';
import type { DashboardLang, DashboardTexts, Formatters } from './i18n.ts';
import { share } from './stats.ts';

/**
 * What the service gives as ids, written in the dashboard's language: topics, browsers,
 * categories of personal data, weeks and audit entries. Pure functions, tested on their own.
 */

/** A topic by its title in the language; the fallback as "no answer"; an id only when the service sent no title. */
export function intentLabel(
  row: { intent: string; title?: Record<DashboardLang, string> },
  lang: DashboardLang,
  t: DashboardTexts,
): string {
  return row.title?.[lang] || (row.intent === 'fallback' ? t.fallbackIntent : row.intent);
}

/** A browser as counted: its name, or "other" and "unknown" in the language. */
export function browserLabel(name: string, t: DashboardTexts): string {
  if (name === 'other') return t.browserOther;
  if (name === 'unknown') return t.platforms.unknown;
  return name;
}

export interface UnansweredDay {
  date: string;
  messages: number;
  fallback: number;
  share: number | undefined;
}

/** The share of questions without an answer, per day (`fallback / messages`). */
export function unansweredDays(daily: ChatStats['daily']): UnansweredDay[] {
  return daily.map((day) => ({
    date: day.date,
    messages: day.messages,
    fallback: day.fallback,
    share: share(day.fallback, day.messages),
  }));
}

/** The week number of an ISO week `2026-W49` ("49"). */
export function weekNumber(week: string): string {
  return String(Number(/W(\d{1,2})$/.exec(week)?.[1] ?? week));
}

/** Counts per category; a category not given counts 0. */
type CategoryCounts = Partial<Record<Category, number>>;

/** The categories in the anonymizer's order, each with its count (zeros included), and the sum. */
export function categoryRows(counts: CategoryCounts): { rows: [Category, number][]; total: number } {
  const rows = CATEGORY_PRIORITY.map((category): [Category, number] => [category, counts[category] ?? 0]);
  return { rows, total: rows.reduce((sum, [, count]) => sum + count, 0) };
}

/** What a week masked, in words: the categories it masked, most first ("navn 3, helse 1"). */
export function maskedInWords(counts: CategoryCounts, t: DashboardTexts, fmt: Formatters): string {
  return categoryRows(counts)
    .rows.filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([category, count]) => `${t.categories[category]} ${fmt.integer(count)}`)
    .join(', ');
}

/** The short form of a conversation id that the audit trail and the reader show. */
export const shortId = (id: string) => id.slice(0, 8);

/** What an audit entry's reader saw, in words. */
export function auditWhat(entry: AuditTrail['items'][number], t: DashboardTexts, fmt: Formatters): string {
  const count = fmt.integer(entry.conversationIds.length);
  if (entry.action === 'list' && entry.date) return t.auditList(fmt.day(entry.date), count);
  if (entry.action === 'read') return t.auditRead(entry.conversationIds.map(shortId).join(', '));
  if (entry.action === 'unanswered' && entry.date) return t.auditUnanswered(fmt.day(entry.date), count);
  return t.auditOther(count);
}

/** A month written `YYYY-MM`, January to December. */
export const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
