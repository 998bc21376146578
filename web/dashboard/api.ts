/*
 * The staff routes' answers (contract v1, "Staff routes"): the service's own types and lists,
 * so the dashboard and the handlers cannot drift apart.
 */
import { PLATFORMS, type Platform } from '../../shared/chat/platform.ts';
import type { ConversationExport } from '../../shared/chat/responses.ts';
import type { Language } from '../../shared/languages.ts';
import type { ChatStats } from '../../shared/stats/chat-stats.ts';
import type { CommentsPage } from '../../shared/stats/comments-page.ts';
import type { FeedbackStats } from '../../shared/stats/feedback-stats.ts';
import type { StoredComment } from '../../shared/stats/ports.ts';
import type { Billing, MaskingStats } from '../../shared/stats/responses.ts';
import { CHAT_TOTALS, type ChatTable, type FeedbackTable } from '../../shared/stats/tables.ts';
import type { AuditTrail, TranscriptsPage, UnansweredPage } from '../../shared/transcripts/responses.ts';
import type { DayRange } from './days.ts';

export { type ChatStats, type FeedbackStats, PLATFORMS, type Platform };

export type StaffComment = StoredComment;
export type {
  AuditTrail,
  Billing,
  CommentsPage,
  ConversationExport,
  MaskingStats,
  TranscriptsPage,
  UnansweredPage,
};

export type CsvRequest = { stats: 'feedback'; table: FeedbackTable } | { stats: 'chat'; table: ChatTable };

/** 401: no credentials, or credentials the service does not accept. Sign in again. */
export class SignInRequiredError extends Error {
  override name = 'SignInRequiredError';
}

/** 403: signed in, but without the role or the site. */
export class AccessDeniedError extends Error {
  override name = 'AccessDeniedError';
  constructor(
    readonly code: string,
    options?: ErrorOptions,
  ) {
    super(`access denied: ${code}`, options);
  }
}

/** Any other failure: a status (0 = not reached, or not the contract's shape) and the error code. */
export class StaffApiError extends Error {
  override name = 'StaffApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    options?: ErrorOptions,
  ) {
    super(`staff api: ${status} ${code}`, options);
  }
}

export interface StaffApiOptions {
  /** The bearer token, or undefined when nobody is signed in (the call then fails with 401). */
  token: () => Promise<string | undefined> | string | undefined;
  /** Base URL of the service; '' calls the dashboard's own origin. */
  base?: string;
  fetchFn?: typeof fetch;
  timeoutMs?: number;
}

// Hand-written shape checks: each answer is checked before a number of it is shown.
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasCounts = (value: unknown, keys: readonly string[]): boolean =>
  isRecord(value) && keys.every((key) => isCount(value[key]));
const listOf = (value: unknown, check: (item: unknown) => boolean): boolean =>
  Array.isArray(value) && value.every(check);

export function isFeedbackStats(value: unknown): value is FeedbackStats {
  return (
    isRecord(value) &&
    typeof value.from === 'string' &&
    typeof value.to === 'string' &&
    hasCounts(value.totals, ['found', 'notFound']) &&
    listOf(
      value.daily,
      (d) => hasCounts(d, ['found', 'notFound']) && typeof (d as FeedbackStats['daily'][0]).date === 'string',
    ) &&
    listOf(
      value.pages,
      (p) =>
        hasCounts(p, ['found', 'notFound', 'comments']) && typeof (p as { url: unknown }).url === 'string',
    )
  );
}

export function isChatStats(value: unknown): value is ChatStats {
  return (
    isRecord(value) &&
    typeof value.from === 'string' &&
    typeof value.to === 'string' &&
    hasCounts(value.totals, CHAT_TOTALS) &&
    listOf(
      value.daily,
      (d) => hasCounts(d, CHAT_TOTALS) && typeof (d as { date: unknown }).date === 'string',
    ) &&
    listOf(
      value.intents,
      (i) =>
        isRecord(i) &&
        typeof i.intent === 'string' &&
        isCount(i.count) &&
        (i.title === undefined || isTitle(i.title)),
    ) &&
    hasCounts(value.platforms, PLATFORMS) &&
    listOf(value.browsers, (b) => isRecord(b) && typeof b.name === 'string' && isCount(b.count))
  );
}

/** An intent's display name in each language (the service adds it next to the id). */
const isTitle = (value: unknown) =>
  isRecord(value) && ['nb', 'nn', 'en'].every((l) => typeof value[l] === 'string');

const isPage = (value: unknown, item: (entry: Record<string, unknown>) => boolean) =>
  isRecord(value) &&
  (value.next === undefined || typeof value.next === 'string') &&
  listOf(value.items, (entry) => isRecord(entry) && item(entry));

const isBilling = (value: unknown): value is Billing =>
  isRecord(value) &&
  typeof value.month === 'string' &&
  hasCounts(value, ['conversations', 'answeredMessages']);

const isCategoryCounts = (value: unknown) => isRecord(value) && Object.values(value).every(isCount);

const isMaskingStats = (value: unknown): value is MaskingStats =>
  isRecord(value) &&
  typeof value.from === 'string' &&
  typeof value.to === 'string' &&
  isCategoryCounts(value.totals) &&
  listOf(
    value.weeks,
    (w) =>
      isRecord(w) &&
      typeof w.week === 'string' &&
      typeof w.start === 'string' &&
      isCategoryCounts(w.categories),
  );

const isConversation = (value: unknown): value is ConversationExport =>
  isRecord(value) &&
  typeof value.conversationId === 'string' &&
  typeof value.startedAt === 'string' &&
  typeof value.platform === 'string' &&
  typeof value.browser === 'string' &&
  typeof value.lang === 'string' &&
  listOf(
    value.messages,
    (m) =>
      isRecord(m) &&
      (m.role === 'user' || m.role === 'bot') &&
      typeof m.text === 'string' &&
      typeof m.at === 'string',
  );

const isTranscriptsPage = (value: unknown): value is TranscriptsPage =>
  isPage(value, isConversation) && typeof (value as { date: unknown }).date === 'string';

const isAuditTrail = (value: unknown): value is AuditTrail =>
  isPage(
    value,
    (e) =>
      typeof e.who === 'string' &&
      typeof e.at === 'string' &&
      typeof e.action === 'string' &&
      listOf(e.conversationIds, (id) => typeof id === 'string'),
  );

const isUnansweredPage = (value: unknown): value is UnansweredPage =>
  isPage(value, (q) => typeof q.text === 'string' && isCount(q.count) && typeof q.lastAt === 'string') &&
  typeof (value as { date: unknown }).date === 'string';

function isCommentsPage(value: unknown): value is CommentsPage {
  return (
    isRecord(value) &&
    (value.next === undefined || typeof value.next === 'string') &&
    listOf(
      value.items,
      (c) =>
        isRecord(c) &&
        typeof c.url === 'string' &&
        typeof c.found === 'boolean' &&
        typeof c.comment === 'string' &&
        typeof c.at === 'string',
    )
  );
}

/** The file name from `Content-Disposition: attachment; filename="…"` (or filename*=UTF-8''…). */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  let name: string | undefined;
  if (extended?.[1]) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*"([^"]*)"/i.exec(header)?.[1] ?? /filename\s*=\s*([^;\s]+)/i.exec(header)?.[1];
  // Only a plain name: no path, no control characters.
  const safe = name
    ?.split(/[\\/]/)
    .pop()
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    ?.replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return safe || fallback;
}

/** The staff routes, called with the signed-in user's bearer token. */
export function staffApi(options: StaffApiOptions) {
  const fetchFn = options.fetchFn ?? ((input, init) => fetch(input, init));
  const base = options.base ?? '';
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function request(
    site: string,
    path: string,
    params: Record<string, string | undefined>,
    accept: string,
  ) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, value);
    const token = await options.token();
    if (!token) throw new SignInRequiredError('not signed in');
    let response: Response;
    try {
      response = await fetchFn(`${base}/v1/sites/${encodeURIComponent(site)}/${path}?${query}`, {
        headers: { authorization: `Bearer ${token}`, accept },
        // The bearer token is the only credential; statistics must not sit in a shared cache.
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      throw new StaffApiError(0, 'unreachable', { cause });
    }
    if (response.ok) return response;
    const code = await errorCode(response);
    if (response.status === 401) throw new SignInRequiredError(code);
    if (response.status === 403) throw new AccessDeniedError(code);
    throw new StaffApiError(response.status, code);
  }

  async function json<T>(response: Response, check: (value: unknown) => value is T): Promise<T> {
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      throw new StaffApiError(0, 'bad_response', { cause });
    }
    if (!check(body)) throw new StaffApiError(0, 'bad_response');
    return body;
  }

  return {
    feedbackStats: async (site: string, range: DayRange, url?: string) =>
      json(await request(site, 'stats/feedback', { ...range, url }, 'application/json'), isFeedbackStats),

    chatStats: async (site: string, range: DayRange) =>
      json(await request(site, 'stats/chat', { ...range }, 'application/json'), isChatStats),

    comments: async (site: string, range: DayRange, options: { url?: string; cursor?: string } = {}) =>
      json(
        await request(
          site,
          'feedback/comments',
          { ...range, url: options.url, cursor: options.cursor },
          'application/json',
        ),
        isCommentsPage,
      ),

    billing: async (site: string, month: string) =>
      json(await request(site, 'billing', { month }, 'application/json'), isBilling),

    masking: async (site: string, range: DayRange) =>
      json(await request(site, 'stats/masking', { ...range }, 'application/json'), isMaskingStats),

    /** A day's masked conversations, a page at a time; the service writes the read to the audit trail. */
    transcripts: async (site: string, date: string, cursor?: string) =>
      json(await request(site, 'transcripts', { date, cursor }, 'application/json'), isTranscriptsPage),

    /** One masked conversation; the service writes the read to the audit trail. */
    transcript: async (site: string, id: string) =>
      json(
        await request(site, `transcripts/${encodeURIComponent(id)}`, {}, 'application/json'),
        isConversation,
      ),

    /** The day's questions the bot could not answer, masked and grouped; the read is audited. */
    unanswered: async (site: string, date: string, cursor?: string) =>
      json(
        await request(site, 'transcripts/unanswered', { date, cursor }, 'application/json'),
        isUnansweredPage,
      ),

    audit: async (site: string, range: DayRange) =>
      json(await request(site, 'audit', { ...range }, 'application/json'), isAuditTrail),

    /** One statistics table as the service's CSV file in the given language, saved with the name it gives. */
    csv: async (site: string, range: DayRange, csv: CsvRequest, lang: Language) => {
      const response = await request(
        site,
        `stats/${csv.stats}`,
        { ...range, table: csv.table, lang },
        'text/csv',
      );
      const fallback = `${csv.stats}-${site}-${range.from}-${range.to}-${csv.table}.csv`;
      return {
        blob: await response.blob(),
        fileName: fileNameFrom(response.headers.get('content-disposition'), fallback),
      };
    },
  };
}

export type StaffApi = ReturnType<typeof staffApi>;

async function errorCode(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown } } | null;
    return typeof body?.error?.code === 'string' ? body.error.code : `http_${response.status}`;
  } catch {
    return `http_${response.status}`;
  }
}
