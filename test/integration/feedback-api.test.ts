import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '#shared/adapters/dynamodb/client';
import type { Runtime } from '../../infra/local/runtime.ts';
import { meterCapacity, scanTables, storedStrings } from '../support/dynamo.ts';
import { REQUEST_UNITS } from '../support/request-units.ts';
import { startTestRuntime } from '../support/runtime.ts';

let runtime: Runtime;

beforeAll(async () => {
  runtime = await startTestRuntime('it-feedback');
});

afterAll(async () => {
  await runtime?.close();
});

const page = (path: string) => `${runtime.url}${path}`;
const snapshot = () => scanTables(runtime.endpoint, runtime.tables);

interface PostOptions {
  headers?: Record<string, string>;
  rawBody?: string;
  site?: string;
}

async function postFeedback(body: unknown, options: PostOptions = {}) {
  const response = await fetch(`${runtime.url}/v1/sites/${options.site ?? 'demo'}/feedback`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: runtime.url,
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:147.0) Gecko/20100101 Firefox/147.0',
      ...options.headers,
    },
    body: options.rawBody ?? JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

async function pageCounters(url: string) {
  const { counters } = await snapshot();
  return counters?.find((item) => item.url === url);
}

describe('POST /v1/sites/{siteId}/feedback', () => {
  it('stores a vote, answers 201 with an id and CORS for the site origin, and counts it', async () => {
    const url = page('/renovasjon');

    const response = await postFeedback({ url: `${url}?fnr=01019012345#tomming`, found: true, lang: 'nb' });

    expect(response.status).toBe(201);
    expect(response.json).toEqual({ id: expect.any(String) });
    expect(response.headers.get('access-control-allow-origin')).toBe(runtime.url);
    expect(await pageCounters(url)).toMatchObject({ found: 1, notFound: 0, comments: 0 });
    const { feedback } = await snapshot();
    expect(feedback?.find((v) => v.id === response.json.id)).toMatchObject({ url, found: true, lang: 'nb' });
  });

  it('replaces a repeat vote from the same visitor the same day (200) and keeps counters exact', async () => {
    const url = page('/barnehage');
    const first = await postFeedback({ url, found: false, comment: 'Ring meg på 912 34 567' });

    const second = await postFeedback({ url, found: true });

    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(await pageCounters(url)).toMatchObject({ found: 1, notFound: 0, comments: 0 });
    const { feedback } = await snapshot();
    expect(feedback?.filter((v) => v.url === url)).toHaveLength(1);
  });

  it('stores the comment masked', async () => {
    const url = page('/byggesak');

    const response = await postFeedback(
      { url, found: false, comment: 'Ring 912 34 567 eller skriv til kari@example.no, konto 1234.56.78903' },
      { headers: { 'user-agent': 'comment-visitor' } },
    );

    const { feedback } = await snapshot();
    expect(feedback?.find((v) => v.id === response.json.id)?.comment).toBe(
      'Ring [nummer] eller skriv til [e-post], konto [nummer]',
    );
    expect(await pageCounters(url)).toMatchObject({ found: 0, notFound: 1, comments: 1 });
  });

  it('keeps counters exact under 20 concurrent votes from different visitors on one page', async () => {
    const url = page('/eiendomsskatt');

    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postFeedback({ url, found: i % 4 !== 0 }, { headers: { 'user-agent': `visitor-${i}` } }),
      ),
    );

    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(await pageCounters(url)).toMatchObject({ found: 15, notFound: 5, comments: 0 });
  });

  it('keeps counters exact when one visitor sends 20 concurrent votes on one page', async () => {
    const url = page('/kontakt');

    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postFeedback({ url, found: i % 2 === 0, ...(i % 3 === 0 && { comment: `svar ${i}` }) }),
      ),
    );

    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(19);
    const { feedback } = await snapshot();
    const stored = feedback?.filter((v) => v.url === url) ?? [];
    expect(stored).toHaveLength(1);
    const last = stored[0];
    expect(await pageCounters(url)).toMatchObject({
      found: last?.found ? 1 : 0,
      notFound: last?.found ? 0 : 1,
      comments: last?.comment ? 1 : 0,
    });
  });

  it(`uses at most ${REQUEST_UNITS.vote.write} write request units for a vote when no earlier vote exists`, async () => {
    // The day's salt is created by the first vote of the day; this measures every vote after it.
    await postFeedback({ url: page('/warm-up'), found: true });
    const meter = meterCapacity(documentClient());
    meter.reset();

    const response = await postFeedback(
      { url: page('/ny-side'), found: false },
      { headers: { 'user-agent': 'wru' } },
    );

    expect(response.status).toBe(201);
    expect(meter.entries().length).toBeGreaterThan(0);
    console.info(`write request units for a first vote: ${meter.writeUnits()}`);
    // The vote and its page counter, in one transaction (2 items x 2 units).
    expect(meter.entries().map((e) => e.command)).toEqual(['TransactWriteItemsCommand']);
    expect(meter.entries()[0]?.transactItems).toBe(2);
    expect(meter.billedWriteUnits()).toBeGreaterThan(0);
    expect(meter.billedWriteUnits()).toBeLessThanOrEqual(REQUEST_UNITS.vote.write);
    expect(meter.readUnits()).toBe(REQUEST_UNITS.vote.read);
  });

  const invalid: [string, unknown, PostOptions, number, string][] = [
    ['wrong type for found', { url: 'PAGE/a', found: 'ja' }, {}, 400, 'validation_failed'],
    ['wrong type for comment', { url: 'PAGE/a', found: false, comment: 42 }, {}, 400, 'validation_failed'],
    ['unknown field', { url: 'PAGE/a', found: true, ip: '1.2.3.4' }, {}, 400, 'validation_failed'],
    ['missing found', { url: 'PAGE/a' }, {}, 400, 'validation_failed'],
    ['bad URL', { url: 'not a url', found: true }, {}, 400, 'validation_failed'],
    ['javascript: URL', { url: 'javascript:alert(1)', found: true }, {}, 400, 'validation_failed'],
    ['page on a foreign origin', { url: 'https://evil.example/a', found: true }, {}, 400, 'url_not_allowed'],
    [
      'request from a foreign origin',
      { url: 'PAGE/a', found: true },
      { headers: { origin: 'https://evil.example' } },
      403,
      'origin_not_allowed',
    ],
    [
      'comment over 1000 characters',
      { url: 'PAGE/a', found: false, comment: 'x'.repeat(1001) },
      {},
      400,
      'validation_failed',
    ],
    ['unknown language', { url: 'PAGE/a', found: true, lang: 'de' }, {}, 400, 'validation_failed'],
    [
      'body over 16 KiB',
      undefined,
      { rawBody: JSON.stringify({ url: 'PAGE/a', found: false, comment: 'x'.repeat(17_000) }) },
      413,
      'payload_too_large',
    ],
    ['unknown site', { url: 'PAGE/a', found: true }, { site: 'finnes-ikke' }, 404, 'site_not_found'],
    ['bad JSON', undefined, { rawBody: '{"url": "PAGE/a", "found": tru' }, 400, 'invalid_json'],
    ['empty body', undefined, { rawBody: '' }, 400, 'invalid_json'],
    ['JSON that is not an object', undefined, { rawBody: '[true]' }, 400, 'validation_failed'],
    [
      'form-encoded body',
      undefined,
      { rawBody: 'found=true', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      415,
      'unsupported_media_type',
    ],
  ];

  it.each(invalid)(
    'rejects %s with a JSON error and writes nothing',
    async (_name, body, options, status, code) => {
      const withPage = (value: string) => value.replaceAll('PAGE', runtime.url);
      const before = await snapshot();

      const response = await postFeedback(
        body === undefined ? undefined : JSON.parse(withPage(JSON.stringify(body))),
        { ...options, ...(options.rawBody !== undefined && { rawBody: withPage(options.rawBody) }) },
      );

      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.json).toEqual({
        error: {
          code,
          message: expect.any(String),
          ...(response.json.error.details && { details: expect.any(Array) }),
        },
      });
      expect(await snapshot()).toEqual(before);
    },
  );

  it('answers CORS preflight only for the site’s own origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${runtime.url}/v1/sites/demo/feedback`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });

    const allowed = await preflight(runtime.url);
    const foreign = await preflight('https://evil.example');

    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(runtime.url);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('leaves no client IP, user agent, query string or unmasked long number in any table', async () => {
    const strings = storedStrings(await snapshot());

    expect(strings.length).toBeGreaterThan(0);
    for (const value of strings) {
      expect(value).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
      expect(value).not.toMatch(/Mozilla|Firefox|visitor-\d/);
      expect(value).not.toContain('?');
      expect(value).not.toContain('01019012345');
      // Dates, timestamps and ids are structure, not personal numbers; anything else must
      // have no run of more than 6 digits, however grouped.
      const text = value
        .replace(/\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?/g, '')
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '')
        .replace(/localhost:\d+/g, '');
      expect(text).not.toMatch(/\d(?:[ .\-/]?\d){6,}/);
    }
  });
});
