import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  chatCounterAttribute,
  chatDayCounts,
  labelledCounterAttributes,
} from '#shared/adapters/dynamodb/keys/counters-table';
import { CATEGORY_LABELS } from '#shared/anonymizer/categories';
import { DEFAULT_INTENTS, intentTitle } from '#shared/chat/bot/intents';
import { FALLBACK_INTENT } from '#shared/chat/bot/ports';
import { PLATFORMS } from '#shared/chat/platform';
import { ForbiddenError, UnauthorizedError, ValidationError } from '#shared/errors';
import { LANGUAGES, type Language } from '#shared/languages';
import { principalFromClaims, requireAccess } from '#shared/staff/access';
import { billing, chatStats } from '#shared/stats/chat-stats';
import { COMMENTS_PAGE_SIZE } from '#shared/stats/comments-page';
import { CHAT_TABLES, chatCsv, csvFileName, FEEDBACK_TABLES, feedbackCsv, toCsv } from '#shared/stats/csv';
import { CSV_WORDS } from '#shared/stats/csv-words';
import { feedbackStats } from '#shared/stats/feedback-stats';
import { MASK_CATEGORIES, maskingStats } from '#shared/stats/masking-stats';
import type { ChatDayCounts, CommentReader, StoredComment } from '#shared/stats/ports';
import { dayRangeSchema, monthSchema } from '#shared/stats/range';
import { makeComments } from '#shared/stats/use-cases';
import { ISO_WEEK_PATTERN, isoWeekOf, weeksOverlapping } from '#shared/stats/weeks';
import { monthsBetween } from '#shared/time';
import { FakeClock } from '../support/clock.ts';

const PAGE_A = 'https://demo.kommune.no/skole/opptak';
const PAGE_B = 'https://demo.kommune.no/renovasjon';

describe('feedbackStats', () => {
  const rows = [
    { day: '2026-11-01', url: PAGE_A, found: 3, notFound: 1, comments: 1 },
    { day: '2026-11-03', url: PAGE_A, found: 1, notFound: 4, comments: 2 },
    { day: '2026-11-03', url: PAGE_B, found: 10, notFound: 0, comments: 0 },
    // Outside the range: a shard query may return it, the statistics must not count it.
    { day: '2026-10-31', url: PAGE_B, found: 99, notFound: 99, comments: 0 },
  ];

  it('adds up totals, fills every day of the range and lists pages most answered first', () => {
    const stats = feedbackStats(rows, { from: '2026-11-01', to: '2026-11-03' });

    expect(stats.totals).toEqual({ found: 14, notFound: 5 });
    expect(stats.daily).toEqual([
      { date: '2026-11-01', found: 3, notFound: 1 },
      { date: '2026-11-02', found: 0, notFound: 0 },
      { date: '2026-11-03', found: 11, notFound: 4 },
    ]);
    expect(stats.pages).toEqual([
      { url: PAGE_B, found: 10, notFound: 0, comments: 0 },
      { url: PAGE_A, found: 4, notFound: 5, comments: 3 },
    ]);
  });

  it('keeps only the pages under the URL filter', () => {
    const stats = feedbackStats(
      rows,
      { from: '2026-11-01', to: '2026-11-03' },
      'https://demo.kommune.no/skole/',
    );

    expect(stats.totals).toEqual({ found: 4, notFound: 5 });
    expect(stats.pages.map((p) => p.url)).toEqual([PAGE_A]);
  });
});

/** A shard's chat counters of a day, as the store reads them back. */
const row = (
  day: string,
  counts: Record<string, number>,
  labelled: Parameters<typeof labelledCounterAttributes>[0] = {},
) => chatDayCounts({ sk: day, ...counts, ...labelledCounterAttributes(labelled) });

describe('chatStats', () => {
  const rows: ChatDayCounts[] = [
    // Two shards of the same day.
    row(
      '2026-11-02',
      { conversations: 2, messages: 5, fallback: 1, answered: 4 },
      { intents: { waste: 3, fallback: 1 } },
    ),
    row(
      '2026-11-02',
      { conversations: 1, messages: 2, answered: 2 },
      { intents: { opening_hours: 2 }, platforms: { mobile: 1 } },
    ),
    row(
      '2026-11-03',
      { deletions: 1, downloads: 2 },
      { platforms: { desktop: 2 }, browsers: { Firefox: 2 } },
    ),
  ];

  it('sums the shards per day and ranks intents and browsers', () => {
    const stats = chatStats(rows, { from: '2026-11-01', to: '2026-11-03' });

    expect(stats.totals).toEqual({ conversations: 3, messages: 7, fallback: 1, downloads: 2, deletions: 1 });
    expect(stats.daily[0]).toEqual({
      date: '2026-11-01',
      conversations: 0,
      messages: 0,
      fallback: 0,
      downloads: 0,
      deletions: 0,
    });
    expect(stats.daily[1]).toMatchObject({ date: '2026-11-02', conversations: 3, messages: 7 });
    expect(stats.intents.map(({ intent, count }) => ({ intent, count }))).toEqual([
      { intent: 'waste', count: 3 },
      { intent: 'opening_hours', count: 2 },
      { intent: 'fallback', count: 1 },
    ]);
    expect(stats.platforms).toEqual({ desktop: 2, tablet: 0, mobile: 1, unknown: 0 });
    expect(stats.browsers).toEqual([{ name: 'Firefox', count: 2 }]);
  });

  it('names every intent in every language: its title, the fallback’s, and the id of a retired one', () => {
    const stats = chatStats(
      [row('2026-11-02', { messages: 6 }, { intents: { opening_hours: 3, fallback: 2, retired_topic: 1 } })],
      { from: '2026-11-02', to: '2026-11-02' },
    );

    const [opening, fallback, retired] = stats.intents;
    const known = DEFAULT_INTENTS.intents.find((intent) => intent.name === 'opening_hours');
    expect(opening).toEqual({ intent: 'opening_hours', title: known?.title, count: 3 });
    expect(fallback?.title).toEqual({
      nb: intentTitle(FALLBACK_INTENT, 'nb'),
      nn: intentTitle(FALLBACK_INTENT, 'nn'),
      en: intentTitle(FALLBACK_INTENT, 'en'),
    });
    expect(new Set(Object.values(fallback?.title ?? {})).has(FALLBACK_INTENT)).toBe(false);
    expect(retired?.title).toEqual({ nb: 'retired_topic', nn: 'retired_topic', en: 'retired_topic' });
  });

  it('counts older name-and-version browser counters under the name, and unlisted ones as other', () => {
    const older: ChatDayCounts[] = [
      row('2026-11-03', {
        [chatCounterAttribute.browser('Firefox')]: 1,
        [chatCounterAttribute.browser('Firefox 147')]: 2,
        [chatCounterAttribute.browser('Samsung Internet for Android 25')]: 1,
        [chatCounterAttribute.browser('EvilBot kari@example.no 1')]: 1,
        [chatCounterAttribute.browser('other')]: 1,
      }),
    ];

    const stats = chatStats(older, { from: '2026-11-03', to: '2026-11-03' });

    expect(stats.browsers).toEqual([
      { name: 'Firefox', count: 3 },
      { name: 'other', count: 2 },
      { name: 'Samsung Internet', count: 1 },
    ]);
  });

  it('bills a month on conversations and answered questions', () => {
    expect(billing(rows, '2026-11')).toEqual({ month: '2026-11', conversations: 3, answeredMessages: 6 });
    expect(billing(rows, '2026-10')).toEqual({ month: '2026-10', conversations: 0, answeredMessages: 0 });
  });
});

describe('date ranges', () => {
  const range = dayRangeSchema(() => new Date('2026-11-23T10:00:00Z'));

  it('defaults to the last 30 days up to today in Oslo', () => {
    expect(range.parse({})).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(range.parse({ to: '2026-02-10' })).toEqual({ from: '2026-01-12', to: '2026-02-10' });
  });

  it.each([
    [{ from: '2026-11-05', to: '2026-11-01' }],
    [{ from: '2026-02-30' }],
    [{ from: '2020-01-01', to: '2026-01-01' }],
    [{ from: '1.11.2026' }],
  ])('refuses %j', (value) => {
    expect(range.safeParse(value).success).toBe(false);
  });

  it('turns a month into its first and last day, leap years included', () => {
    expect(monthSchema.parse('2028-02')).toEqual({ month: '2028-02', from: '2028-02-01', to: '2028-02-29' });
    expect(monthSchema.parse('2026-12')).toEqual({ month: '2026-12', from: '2026-12-01', to: '2026-12-31' });
    expect(monthSchema.safeParse('2026-13').success).toBe(false);
  });

  it('lists the months a range touches, across a new year', () => {
    expect(monthsBetween('2026-11-20', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-11-01', '2026-11-30')).toEqual(['2026-11']);
  });
});

describe('CSV', () => {
  it('is UTF-8 with a BOM, semicolons and CRLF, and parses back to the same values', () => {
    const csv = toCsv(['url', 'kommentar', 'antall'], [['https://x.no/a;b', 'Sa "hei"\nmed æøå', 3]]);

    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parse(csv, { bom: true, delimiter: ';' });
    expect(rows).toEqual([
      ['url', 'kommentar', 'antall'],
      ['https://x.no/a;b', 'Sa "hei"\nmed æøå', '3'],
    ]);
  });

  it.each([
    '=HYPERLINK("https://evil.example","Klikk")',
    '+47 912 34 567',
    '-2+3+cmd|" /C calc"!A0',
    '@SUM(1+1)*cmd|" /C calc"!A0',
    '\t=1+1',
    '\r=1+1',
  ])('keeps a cell that would start a formula as text, with an apostrophe: %j', (cell) => {
    const [, row] = parse(toCsv(['kommentar', 'antall'], [[cell, -1]]), {
      bom: true,
      delimiter: ';',
      relax_quotes: true,
    });

    expect(row).toEqual([`'${cell}`, '-1']);
  });

  it('leaves ordinary text and numbers as they are', () => {
    const [, row] = parse(toCsv(['a', 'b', 'c'], [['Fant ikke = svar', 'https://x.no/a', 12]]), {
      bom: true,
      delimiter: ';',
    });

    expect(row).toEqual(['Fant ikke = svar', 'https://x.no/a', '12']);
  });

  const csvRows = (csv: string) => parse(csv, { bom: true, delimiter: ';' }) as string[][];
  const feedback = feedbackStats([{ day: '2026-11-01', url: PAGE_A, found: 2, notFound: 1, comments: 0 }], {
    from: '2026-11-01',
    to: '2026-11-02',
  });
  const chat = chatStats(
    [
      row(
        '2026-11-01',
        { conversations: 3, messages: 4, fallback: 1 },
        {
          intents: { opening_hours: 3, fallback: 1 },
          platforms: { mobile: 2, unknown: 1 },
          browsers: { Firefox: 1, other: 1, unknown: 1 },
        },
      ),
    ],
    { from: '2026-11-01', to: '2026-11-01' },
  );

  it('writes one table of the feedback and the chat statistics per file, headed in bokmål', () => {
    expect(csvRows(feedbackCsv(feedback, 'daily', 'nb'))).toEqual([
      ['Dato', 'Fant det', 'Fant det ikke'],
      ['2026-11-01', '2', '1'],
      ['2026-11-02', '0', '0'],
    ]);
    expect(csvRows(feedbackCsv(feedback, 'pages', 'nb'))).toEqual([
      ['Side', 'Fant det', 'Fant det ikke', 'Kommentarer'],
      [PAGE_A, '2', '1', '0'],
    ]);
    expect(csvRows(chatCsv(chat, 'intents', 'nb'))[0]).toEqual(['Tema', 'Antall spørsmål']);
    expect(csvRows(chatCsv(chat, 'platforms', 'nb'))[0]).toEqual(['Plattform', 'Samtaler']);
    expect(csvRows(chatCsv(chat, 'browsers', 'nb'))[0]).toEqual(['Nettleser', 'Samtaler']);
  });

  it.each(LANGUAGES)('names topics, platforms and browser labels in %s, and keeps browser names', (lang) => {
    const intents = csvRows(chatCsv(chat, 'intents', lang)).slice(1);
    const platforms = csvRows(chatCsv(chat, 'platforms', lang)).slice(1);
    const browsers = csvRows(chatCsv(chat, 'browsers', lang)).slice(1);

    expect(intents).toEqual([
      [intentTitle('opening_hours', lang), '3'],
      [intentTitle(FALLBACK_INTENT, lang), '1'],
    ]);
    expect(intents.flat()).not.toContain('opening_hours');
    expect(platforms.map(([name]) => name)).toEqual(PLATFORMS.map((p) => CSV_WORDS[lang].platforms[p]));
    expect(platforms.flat()).not.toContain('mobile');
    expect(browsers.map(([name]) => name).sort()).toEqual(
      ['Firefox', CSV_WORDS[lang].browsers.other, CSV_WORDS[lang].browsers.unknown].sort(),
    );
  });

  it('has a header in every language for every table, as wide as its rows, and no language copies another', () => {
    const tables = [
      ...FEEDBACK_TABLES.map((table) => (lang: Language) => csvRows(feedbackCsv(feedback, table, lang))),
      ...CHAT_TABLES.map((table) => (lang: Language) => csvRows(chatCsv(chat, table, lang))),
    ];
    for (const table of tables) {
      const [nb, nn, en] = LANGUAGES.map((lang) => table(lang));
      for (const rows of [nb, nn, en]) {
        for (const line of rows ?? []) expect(line).toHaveLength(nb?.[0]?.length ?? 0);
      }
      expect(en?.[0]).not.toEqual(nb?.[0]);
    }
    // Nynorsk is its own: the daily chat table's header shares no plural with bokmål's.
    expect(csvRows(chatCsv(chat, 'daily', 'nn'))[0]).not.toEqual(csvRows(chatCsv(chat, 'daily', 'nb'))[0]);
    expect(csvRows(feedbackCsv(feedback, 'daily', 'nn'))[0]).not.toEqual(
      csvRows(feedbackCsv(feedback, 'daily', 'nb'))[0],
    );
  });

  it('names the file in the editor’s language, its table and range, in plain ASCII', () => {
    const days = { from: '2026-11-01', to: '2026-11-30' };

    expect(csvFileName({ kind: 'feedback', table: 'pages' }, days, 'nb')).toBe(
      'tilbakemeldinger-sider-2026-11-01-til-2026-11-30.csv',
    );
    expect(csvFileName({ kind: 'feedback', table: 'pages' }, days, 'nn')).toBe(
      'tilbakemeldingar-sider-2026-11-01-til-2026-11-30.csv',
    );
    expect(csvFileName({ kind: 'feedback', table: 'pages' }, days, 'en')).toBe(
      'feedback-pages-2026-11-01-to-2026-11-30.csv',
    );
    for (const lang of LANGUAGES) {
      const names = [
        ...FEEDBACK_TABLES.map((table) => csvFileName({ kind: 'feedback', table }, days, lang)),
        ...CHAT_TABLES.map((table) => csvFileName({ kind: 'chat', table }, days, lang)),
      ];
      for (const name of names) expect(name).toMatch(/^[a-z-]+-2026-11-01-(til|to)-2026-11-30\.csv$/);
      // Every table has a name of its own.
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('keeps a formula-like intent id of a retired intent as text', () => {
    const retired = chatStats([row('2026-11-01', {}, { intents: { '-1': 2 } })], {
      from: '2026-11-01',
      to: '2026-11-01',
    });

    expect(csvRows(chatCsv(retired, 'intents', 'en'))[1]).toEqual(["'-1", '2']);
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-11-30', '2026-W49', '2026-11-30'],
    ['2026-12-06', '2026-W49', '2026-11-30'],
    ['2027-01-01', '2026-W53', '2026-12-28'],
    ['2024-12-30', '2025-W01', '2024-12-30'],
    ['2021-01-03', '2020-W53', '2020-12-28'],
  ])('puts %s in %s, which starts on %s', (day, week, start) => {
    expect(isoWeekOf(day)).toEqual({ week, start });
  });

  it('lists every week that overlaps a range, oldest first, and names sort as weeks do', () => {
    const weeks = weeksOverlapping('2026-12-26', '2027-01-04');

    expect(weeks.map((w) => w.week)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
    expect(weeksOverlapping('2026-11-30', '2026-11-30')).toHaveLength(1);
    const year = weeksOverlapping('2025-12-01', '2027-02-01').map((w) => w.week);
    expect([...year].sort()).toEqual(year);
    for (const week of year) expect(week).toMatch(ISO_WEEK_PATTERN);
  });
});

describe('maskingStats', () => {
  it('shows every week of the range with every category, zeros included, and the totals', () => {
    const stats = maskingStats(
      [
        { week: '2026-W49', counts: { name: 2, health: 1 } },
        // A week outside the range, and a name no category has: neither counts.
        { week: '2026-W40', counts: { name: 9 } },
        { week: '2026-W48', counts: { name: 1, unheard: 4 } },
      ],
      { from: '2026-11-20', to: '2026-12-08' },
    );

    expect(stats.weeks.map((w) => [w.week, w.start])).toEqual([
      ['2026-W47', '2026-11-16'],
      ['2026-W48', '2026-11-23'],
      ['2026-W49', '2026-11-30'],
      ['2026-W50', '2026-12-07'],
    ]);
    for (const week of stats.weeks) expect(Object.keys(week.categories)).toEqual(MASK_CATEGORIES);
    expect(MASK_CATEGORIES).toHaveLength(Object.keys(CATEGORY_LABELS).length);
    expect(stats.weeks[0]?.categories).toEqual(Object.fromEntries(MASK_CATEGORIES.map((c) => [c, 0])));
    expect(stats.weeks[2]?.categories).toMatchObject({ name: 2, health: 1, email: 0 });
    expect(stats.totals).toMatchObject({ name: 3, health: 1, email: 0 });
    expect(Object.keys(stats.totals)).toEqual(MASK_CATEGORIES);
  });
});

describe('makeComments', () => {
  const comment = (day: string, i: number, url = PAGE_A): StoredComment => ({
    url,
    found: false,
    comment: `kommentar ${day} ${i}`,
    at: `${day}T${String(10 + (i % 10)).padStart(2, '0')}:00:00+01:00`,
  });
  const reader = (perDay: Record<string, StoredComment[]>): CommentReader & { read: string[] } => {
    const read: string[] = [];
    return {
      read,
      async commentsOfDay(_site, day) {
        read.push(day);
        return perDay[day] ?? [];
      },
    };
  };
  const commentsOf = (comments: CommentReader) =>
    makeComments({ comments, clock: new FakeClock(new Date('2026-11-23T10:00:00Z')) });

  it('reads whole days, newest first, and hands out the next day as the cursor', async () => {
    const days = {
      '2026-11-03': Array.from({ length: COMMENTS_PAGE_SIZE }, (_, i) => comment('2026-11-03', i)),
      '2026-11-02': [comment('2026-11-02', 1)],
      '2026-11-01': [comment('2026-11-01', 1, PAGE_B)],
    };
    const range = { from: '2026-11-01', to: '2026-11-03' };

    const first = await commentsOf(reader(days)).page('demo', range, {});
    const second = await commentsOf(reader(days)).page('demo', range, { cursor: first.next });

    expect(first.items).toHaveLength(COMMENTS_PAGE_SIZE);
    expect((first.items[0]?.at ?? '') >= (first.items.at(-1)?.at ?? '')).toBe(true);
    expect(second.items.map((c) => c.comment)).toEqual(['kommentar 2026-11-02 1', 'kommentar 2026-11-01 1']);
    expect(second.next).toBeUndefined();
  });

  it('filters by URL and refuses a cursor outside the range', async () => {
    const days = { '2026-11-01': [comment('2026-11-01', 1), comment('2026-11-01', 2, PAGE_B)] };
    const page = await commentsOf(reader(days)).page(
      'demo',
      { from: '2026-11-01', to: '2026-11-01' },
      { url: PAGE_B },
    );

    expect(page.items.map((c) => c.url)).toEqual([PAGE_B]);
    await expect(
      commentsOf(reader(days)).page(
        'demo',
        { from: '2026-11-01', to: '2026-11-01' },
        { cursor: Buffer.from('d:2025-01-01').toString('base64url') },
      ),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('staff access', () => {
  it('reads roles and sites from a Cognito groups claim in either form API Gateway passes', () => {
    const fromArray = principalFromClaims({
      sub: 'u1',
      email: 'a@k.no',
      'cognito:groups': ['stats', 'site:grimstad'],
    });
    const fromString = principalFromClaims({ sub: 'u1', 'cognito:groups': '[stats site:grimstad]' });

    for (const principal of [fromArray, fromString]) {
      expect([...(principal?.roles ?? [])]).toEqual(['stats']);
      expect(principal?.sites).toEqual(new Set(['grimstad']));
    }
    expect(fromArray?.who).toBe('a@k.no');
  });

  it('takes the grants from another claim when configured (e.g. Entra ID app roles)', () => {
    const principal = principalFromClaims({ sub: 'u2', roles: ['transcripts', 'site:*'] }, 'roles');

    expect(principal?.roles.has('transcripts')).toBe(true);
    expect(principal?.sites).toBe('all');
  });

  it('answers 401 without a principal and 403 for the wrong role or site', () => {
    const editor = principalFromClaims({ sub: 'u3', 'cognito:groups': ['stats', 'site:grimstad'] });

    expect(() => requireAccess(principalFromClaims(undefined), 'grimstad', 'stats')).toThrow(
      UnauthorizedError,
    );
    expect(() => requireAccess(principalFromClaims({ email: 'no-sub' }), 'grimstad', 'stats')).toThrow(
      UnauthorizedError,
    );
    expect(() => requireAccess(editor, 'grimstad', 'transcripts')).toThrow(ForbiddenError);
    expect(() => requireAccess(editor, 'arendal', 'stats')).toThrow(ForbiddenError);
    expect(requireAccess(editor, 'grimstad', 'stats').who).toBe('u3');
  });
});
