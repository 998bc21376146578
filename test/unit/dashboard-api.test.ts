import { describe, expect, it, vi } from 'vitest';
import {
  AccessDeniedError,
  type ChatStats,
  type FeedbackStats,
  fileNameFrom,
  isChatStats,
  isFeedbackStats,
  SignInRequiredError,
  StaffApiError,
  staffApi,
} from '../../web/dashboard/api.ts';

const RANGE = { from: '2026-11-01', to: '2026-11-23' };

function feedbackStats(overrides: Partial<FeedbackStats> = {}): FeedbackStats {
  return {
    from: RANGE.from,
    to: RANGE.to,
    totals: { found: 3, notFound: 1 },
    daily: [{ date: '2026-11-23', found: 3, notFound: 1 }],
    pages: [{ url: 'https://demo.kommune.no/renovasjon', found: 3, notFound: 1, comments: 1 }],
    ...overrides,
  };
}

function chatStats(overrides: Partial<ChatStats> = {}): ChatStats {
  const totals = { conversations: 2, messages: 5, fallback: 1, downloads: 1, deletions: 0 };
  return {
    from: RANGE.from,
    to: RANGE.to,
    totals,
    daily: [{ date: '2026-11-23', ...totals }],
    intents: [
      {
        intent: 'waste_collection',
        title: { nb: 'Avfall og renovasjon', nn: 'Avfall og renovasjon', en: 'Waste collection' },
        count: 4,
      },
    ],
    platforms: { desktop: 1, tablet: 0, mobile: 1, unknown: 0 },
    browsers: [{ name: 'Firefox', count: 2 }],
    ...overrides,
  };
}

const errorBody = (code: string) => ({ error: { code, message: 'x' } });

/** A fetch that answers every call with the given response, and records the calls. */
function fakeFetch(respond: () => Response | Promise<Response>) {
  return vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => respond());
}

/** `null`: nobody is signed in. */
function api(fetchFn: ReturnType<typeof fakeFetch>, token: string | null = 'staff-token') {
  return staffApi({ token: () => token ?? undefined, fetchFn: fetchFn as unknown as typeof fetch });
}

const headersOf = (fetchFn: ReturnType<typeof fakeFetch>, call = 0) =>
  new Headers(fetchFn.mock.calls[call]?.[1]?.headers as HeadersInit);

describe('staffApi', () => {
  it('asks for the feedback statistics on the same origin with the bearer token, uncached', async () => {
    const fetchFn = fakeFetch(() => Response.json(feedbackStats()));

    const stats = await api(fetchFn).feedbackStats('demo', RANGE);

    expect(stats).toEqual(feedbackStats());
    expect(fetchFn.mock.calls[0]?.[0]).toBe('/v1/sites/demo/stats/feedback?from=2026-11-01&to=2026-11-23');
    expect(headersOf(fetchFn).get('authorization')).toBe('Bearer staff-token');
    expect(headersOf(fetchFn).get('accept')).toBe('application/json');
    expect(fetchFn.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit', cache: 'no-store' });
  });

  it('passes a page filter for the feedback and encodes it', async () => {
    const fetchFn = fakeFetch(() => Response.json(feedbackStats()));

    await api(fetchFn).feedbackStats('demo', RANGE, 'https://demo.kommune.no/a b?x');

    const url = new URL(String(fetchFn.mock.calls[0]?.[0]), 'https://dash.example');
    expect(url.searchParams.get('url')).toBe('https://demo.kommune.no/a b?x');
  });

  it('asks for the chat statistics of the range', async () => {
    const fetchFn = fakeFetch(() => Response.json(chatStats()));

    expect(await api(fetchFn).chatStats('demo', RANGE)).toEqual(chatStats());
    expect(fetchFn.mock.calls[0]?.[0]).toBe('/v1/sites/demo/stats/chat?from=2026-11-01&to=2026-11-23');
  });

  it('pages through the comments with the cursor it was given, for one page or all', async () => {
    const page = {
      items: [
        {
          url: 'https://demo.kommune.no/a',
          found: false,
          comment: 'Fant ikke [nummer]',
          at: '2026-11-23T10:00:00+01:00',
        },
      ],
      next: 'ZDoyMDI2LTExLTIy',
    };
    const fetchFn = fakeFetch(() => Response.json(page));

    const first = await api(fetchFn).comments('demo', RANGE, { url: 'https://demo.kommune.no/a' });
    await api(fetchFn).comments('demo', RANGE, { cursor: first.next as string });

    expect(first).toEqual(page);
    expect(fetchFn.mock.calls[0]?.[0]).toBe(
      '/v1/sites/demo/feedback/comments?from=2026-11-01&to=2026-11-23&url=https%3A%2F%2Fdemo.kommune.no%2Fa',
    );
    expect(fetchFn.mock.calls[1]?.[0]).toBe(
      '/v1/sites/demo/feedback/comments?from=2026-11-01&to=2026-11-23&cursor=ZDoyMDI2LTExLTIy',
    );
  });

  it('asks for a CSV table and keeps the file name the service gives', async () => {
    const fetchFn = fakeFetch(
      () =>
        new Response('\uFEFFdate;found;notFound\r\n2026-11-23;3;1\r\n', {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition':
              'attachment; filename="tilbakemeldinger-demo-2026-11-01-2026-11-23-pages.csv"',
          },
        }),
    );

    const file = await api(fetchFn).csv('demo', RANGE, { stats: 'feedback', table: 'pages' }, 'nn');

    expect(fetchFn.mock.calls[0]?.[0]).toBe(
      '/v1/sites/demo/stats/feedback?from=2026-11-01&to=2026-11-23&table=pages&lang=nn',
    );
    expect(headersOf(fetchFn).get('accept')).toBe('text/csv');
    expect(headersOf(fetchFn).get('authorization')).toBe('Bearer staff-token');
    expect(file.fileName).toBe('tilbakemeldinger-demo-2026-11-01-2026-11-23-pages.csv');
    expect(await file.blob.text()).toContain('2026-11-23;3;1');
  });

  it('names a CSV file itself when the service gives no name', async () => {
    const fetchFn = fakeFetch(() => new Response('x'));

    const file = await api(fetchFn).csv('demo', RANGE, { stats: 'chat', table: 'browsers' }, 'nb');

    expect(file.fileName).toBe('chat-demo-2026-11-01-2026-11-23-browsers.csv');
  });

  it('answers 401 with SignInRequiredError, and does not call at all without a token', async () => {
    const fetchFn = fakeFetch(() => Response.json(errorBody('unauthorized'), { status: 401 }));

    await expect(api(fetchFn).chatStats('demo', RANGE)).rejects.toBeInstanceOf(SignInRequiredError);
    await expect(api(fetchFn, null).chatStats('demo', RANGE)).rejects.toBeInstanceOf(SignInRequiredError);
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('answers 403 with AccessDeniedError and the reason the service gives', async () => {
    const fetchFn = fakeFetch(() => Response.json(errorBody('site_not_allowed'), { status: 403 }));

    const error = await api(fetchFn)
      .feedbackStats('other', RANGE)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AccessDeniedError);
    expect((error as AccessDeniedError).code).toBe('site_not_allowed');
  });

  it('answers other failures with StaffApiError: the status and code, 0 when unreachable or malformed', async () => {
    const failures: [() => Response | Promise<Response>, number, string][] = [
      [() => Response.json(errorBody('internal_error'), { status: 500 }), 500, 'internal_error'],
      [() => new Response('<html>Bad gateway</html>', { status: 502 }), 502, 'http_502'],
      [() => Promise.reject(new TypeError('Failed to fetch')), 0, 'unreachable'],
      [() => Response.json({ totals: {} }), 0, 'bad_response'],
      [() => new Response('not json'), 0, 'bad_response'],
    ];
    for (const [respond, status, code] of failures) {
      const error = await api(fakeFetch(respond))
        .feedbackStats('demo', RANGE)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StaffApiError);
      expect({ status: (error as StaffApiError).status, code: (error as StaffApiError).code }).toEqual({
        status,
        code,
      });
    }
  });
});

describe('answer shapes', () => {
  it('accepts the contract shapes and refuses a missing or non-numeric count', () => {
    expect(isFeedbackStats(feedbackStats())).toBe(true);
    expect(isChatStats(chatStats())).toBe(true);
    expect(isFeedbackStats(feedbackStats({ totals: { found: 1 } as FeedbackStats['totals'] }))).toBe(false);
    expect(
      isFeedbackStats({ ...feedbackStats(), daily: [{ date: '2026-11-23', found: '3', notFound: 1 }] }),
    ).toBe(false);
    expect(isChatStats(chatStats({ platforms: { desktop: 1 } as ChatStats['platforms'] }))).toBe(false);
    expect(isChatStats(chatStats({ browsers: [{ name: 'Firefox', count: Number.NaN }] }))).toBe(false);
  });
});

describe('fileNameFrom', () => {
  it('reads quoted, plain and UTF-8 names, and keeps only a plain file name', () => {
    expect(fileNameFrom('attachment; filename="a.csv"', 'x.csv')).toBe('a.csv');
    expect(fileNameFrom('attachment; filename=b.csv', 'x.csv')).toBe('b.csv');
    expect(
      fileNameFrom("attachment; filename*=UTF-8''tilbakemeldinger-%C3%A6%C3%B8%C3%A5.csv", 'x.csv'),
    ).toBe('tilbakemeldinger-æøå.csv');
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'x.csv')).toBe('passwd');
    expect(fileNameFrom('attachment', 'x.csv')).toBe('x.csv');
    expect(fileNameFrom(null, 'x.csv')).toBe('x.csv');
  });
});
