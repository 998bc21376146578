import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoChatCounterStore } from '#shared/adapters/dynamodb/chat-counters';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { pageCounterUpdate } from '#shared/adapters/dynamodb/feedback-store';
import { COUNTER_SHARDS } from '#shared/adapters/dynamodb/keys/counters-table';
import { intentTitle } from '#shared/chat/bot/intents';
import { FALLBACK_INTENT } from '#shared/chat/bot/ports';
import { PLATFORMS } from '#shared/chat/platform';
import type { CounterDelta } from '#shared/feedback/feedback';
import { LANGUAGES } from '#shared/languages';
import { csvFileName } from '#shared/stats/csv';
import { CSV_WORDS } from '#shared/stats/csv-words';
import { MASK_CATEGORIES } from '#shared/stats/masking-stats';
import { weeksOverlapping } from '#shared/stats/weeks';
import { monthsBetween, osloDay, shiftDay } from '#shared/time';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { meterCapacity, scanTables } from '../support/dynamo.ts';
import { billedReadUnits, REQUEST_UNITS } from '../support/request-units.ts';
import { startTestRuntime } from '../support/runtime.ts';

const STAFF_TOKEN = `staff-${randomUUID()}`;
/** Short, so that the test sees DynamoDB's TTL delete a conversation. */
const RETENTION_SECONDS = 4;
const UNITS_SITE = 'units-kommune';

let runtime: Runtime;
let today: string;

beforeAll(async () => {
  runtime = await startTestRuntime('it-stats', {
    // Its own DynamoDB Local: a test waits for the TTL sweep, which is slow on an instance with many tables.
    dynamodbEndpoint: undefined,
    staffToken: STAFF_TOKEN,
    chatRetentionSeconds: RETENTION_SECONDS,
    extraSites: [{ id: UNITS_SITE, name: 'Units kommune', origins: ['https://units.example.no'] }],
  });
  today = osloDay(new Date());
});

afterAll(async () => {
  await runtime?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function staffGet(path: string, options: { token?: string | null; accept?: string } = {}) {
  const token = options.token === undefined ? STAFF_TOKEN : options.token;
  const response = await fetch(`${runtime.url}/v1/sites/${path}`, {
    headers: {
      accept: options.accept ?? 'application/json',
      ...(token !== null && { authorization: `Bearer ${token}` }),
    },
  });
  // Bytes first: response.text() would drop the byte-order mark the CSV must start with.
  const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON answers field by field
  const json: any = isJson ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, text, json };
}

async function vote(path: string, found: boolean, visitor: string, comment?: string) {
  const response = await fetch(`${runtime.url}/v1/sites/demo/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: runtime.url, 'user-agent': visitor },
    body: JSON.stringify({ url: `${runtime.url}${path}`, found, ...(comment && { comment }), lang: 'nb' }),
  });
  expect(response.status).toBe(201);
}

/** What the test posted through the public routes, to compare the statistics with. */
const posted = { intents: new Map<string, number>(), questions: 0, fallback: 0 };

describe('staff statistics from what visitors did', () => {
  const api = () => chatClient(runtime.url);
  let forgettable: { conversationId: string; token: string };

  beforeAll(async () => {
    await vote('/renovasjon', true, 'visitor-1');
    await vote('/renovasjon', true, 'visitor-2');
    await vote('/renovasjon', true, 'visitor-3');
    await vote('/renovasjon', false, 'visitor-4', 'Ring meg på 912 34 567, jeg finner ikke tømmedagen');
    await vote('/renovasjon', false, 'visitor-5');
    await vote('/skole', true, 'visitor-1');

    const conversations = [
      ['Når blir søppelet hentet?', 'Hvor kan jeg leie en kano til bryllupet mitt på månen?'],
      ['Hva koster en barnehageplass?'],
    ];
    for (const questions of conversations) {
      const { json: started } = await api().start({ lang: 'nb' });
      for (const question of questions) {
        const { json } = await api().ask(started.conversationId, started.token, question);
        const intent = json.reply.intent as string;
        posted.intents.set(intent, (posted.intents.get(intent) ?? 0) + 1);
        posted.questions++;
        if (intent === FALLBACK_INTENT) posted.fallback++;
      }
      forgettable = { conversationId: started.conversationId, token: started.token };
    }
    expect((await api().export(forgettable.conversationId, forgettable.token)).status).toBe(200);
  });

  it('answers 401 without the staff token or with a wrong one, before any handler runs', async () => {
    for (const token of [null, 'not-the-staff-token-at-all', `${STAFF_TOKEN}x`]) {
      const response = await staffGet('demo/stats/feedback', { token });
      expect(response.status).toBe(401);
      expect(response.json.error.code).toBe('unauthorized');
    }
  });

  it('counts the votes exactly, per day and per page, with the comments', async () => {
    const { status, json } = await staffGet(`demo/stats/feedback?from=${shiftDay(today, -2)}&to=${today}`);

    expect(status).toBe(200);
    expect(json.totals).toEqual({ found: 4, notFound: 2 });
    expect(json.daily).toEqual([
      { date: shiftDay(today, -2), found: 0, notFound: 0 },
      { date: shiftDay(today, -1), found: 0, notFound: 0 },
      { date: today, found: 4, notFound: 2 },
    ]);
    expect(json.pages).toEqual([
      { url: `${runtime.url}/renovasjon`, found: 3, notFound: 2, comments: 1 },
      { url: `${runtime.url}/skole`, found: 1, notFound: 0, comments: 0 },
    ]);
  });

  it('filters by page URL', async () => {
    const { json } = await staffGet(
      `demo/stats/feedback?to=${today}&url=${encodeURIComponent(`${runtime.url}/skole`)}`,
    );

    expect(json.totals).toEqual({ found: 1, notFound: 0 });
    expect(json.pages.map((p: { url: string }) => p.url)).toEqual([`${runtime.url}/skole`]);
  });

  it('counts conversations, questions, intents, fallback, platforms and downloads exactly', async () => {
    const { json } = await staffGet(`demo/stats/chat?from=${today}&to=${today}`);

    expect(json.totals).toEqual({
      conversations: 2,
      messages: posted.questions,
      fallback: posted.fallback,
      downloads: 1,
      deletions: 0,
    });
    expect(new Map(json.intents.map((i: { intent: string; count: number }) => [i.intent, i.count]))).toEqual(
      posted.intents,
    );
    // The chat client is an iPhone's Safari.
    expect(json.platforms).toEqual({ desktop: 0, tablet: 0, mobile: 2, unknown: 0 });
    expect(json.browsers).toEqual([{ name: 'Safari', count: 2 }]);
  });

  it('bills the month on conversations and answered questions', async () => {
    const { json } = await staffGet(`demo/billing?month=${today.slice(0, 7)}`);

    expect(json).toEqual({
      month: today.slice(0, 7),
      conversations: 2,
      answeredMessages: posted.questions - posted.fallback,
    });
  });

  it('lists the comments as stored, masked', async () => {
    const { json } = await staffGet(`demo/feedback/comments?to=${today}`);

    expect(json.items).toEqual([
      {
        url: `${runtime.url}/renovasjon`,
        found: false,
        comment: 'Ring meg på [nummer], jeg finner ikke tømmedagen',
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
    ]);
    expect(json.next).toBeUndefined();
  });

  it('gives CSV that opens in Excel and parses back to the same numbers', async () => {
    const json = (await staffGet(`demo/stats/feedback?to=${today}`)).json;
    const csv = await staffGet(`demo/stats/feedback?to=${today}&table=pages`, { accept: 'text/csv' });
    const chatJson = (await staffGet(`demo/stats/chat?to=${today}`)).json;
    const chatCsv = await staffGet(`demo/stats/chat?to=${today}&table=daily`, { accept: 'text/csv' });

    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="tilbakemeldinger-sider-${shiftDay(today, -29)}-til-${today}.csv"`,
    );
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...pages] = parse(csv.text, { bom: true, delimiter: ';', cast: true });
    expect(header).toEqual(['Side', 'Fant det', 'Fant det ikke', 'Kommentarer']);
    expect(pages).toEqual(json.pages.map(Object.values));
    // `cast` leaves dates as text (it would need cast_date), and turns counts into numbers.
    const [, ...days] = parse(chatCsv.text, { bom: true, delimiter: ';', cast: true });
    expect(days).toEqual(chatJson.daily.map(Object.values));
  });

  it('writes CSV in the editor’s language: headers, topic and platform names, file name', async () => {
    const json = (await staffGet(`demo/stats/chat?to=${today}`)).json;
    const csvOf = (table: string, lang: string) =>
      staffGet(`demo/stats/chat?to=${today}&table=${table}&lang=${lang}`, { accept: 'text/csv' });

    for (const lang of LANGUAGES) {
      const intents = await csvOf('intents', lang);
      const platforms = await csvOf('platforms', lang);
      const [header, ...rows] = parse(intents.text, { bom: true, delimiter: ';' });

      expect(header).toEqual(CSV_WORDS[lang].chat.intents.header);
      expect(rows).toEqual(
        json.intents.map((i: { title: Record<string, string>; count: number }) => [
          i.title[lang],
          String(i.count),
        ]),
      );
      expect(parse(platforms.text, { bom: true, delimiter: ';' }).slice(1)).toEqual(
        PLATFORMS.map((p) => [CSV_WORDS[lang].platforms[p], String(json.platforms[p])]),
      );
      expect(intents.headers.get('content-disposition')).toBe(
        `attachment; filename="${csvFileName({ kind: 'chat', table: 'intents' }, { from: json.from, to: json.to }, lang)}"`,
      );
    }
    const feedback = await staffGet(`demo/stats/feedback?to=${today}&table=pages&lang=en`, {
      accept: 'text/csv',
    });
    expect(feedback.headers.get('content-disposition')).toBe(
      `attachment; filename="feedback-pages-${shiftDay(today, -29)}-to-${today}.csv"`,
    );
    expect(feedback.text).toMatch(/^\uFEFFPage;Found it;Did not find it;Comments\r\n/);
    // The JSON keeps the ids, with the titles beside them.
    const fallback = json.intents.find((i: { intent: string }) => i.intent === FALLBACK_INTENT);
    expect(fallback.title).toEqual({
      nb: intentTitle(FALLBACK_INTENT, 'nb'),
      nn: intentTitle(FALLBACK_INTENT, 'nn'),
      en: intentTitle(FALLBACK_INTENT, 'en'),
    });
  });

  it('answers 400 for a language the CSV does not speak, on both routes, as JSON or CSV', async () => {
    for (const route of ['stats/feedback', 'stats/chat']) {
      for (const accept of ['text/csv', 'application/json']) {
        const response = await staffGet(`demo/${route}?to=${today}&lang=se`, { accept });
        expect(response.status, `${route} ${accept}`).toBe(400);
        expect(response.json.error.details.map((d: { path: string }) => d.path)).toContain('lang');
      }
    }
  });

  it('shows what the re-check masked per week: every week of the range, every category, zeros included', async () => {
    const from = shiftDay(today, -20);
    const meter = meterCapacity(documentClient());
    meter.reset();

    const { status, json } = await staffGet(`demo/stats/masking?from=${from}&to=${today}`);

    expect(status).toBe(200);
    // One Query of the site's weeks, whatever the range.
    expect(meter.entries().map((e) => e.command)).toEqual(['QueryCommand']);
    expect(json.from).toBe(from);
    expect(json.weeks.map((w: { week: string; start: string }) => [w.week, w.start])).toEqual(
      weeksOverlapping(from, today).map((w) => [w.week, w.start]),
    );
    expect(json.weeks.length).toBeGreaterThanOrEqual(3);
    const zeros = Object.fromEntries(MASK_CATEGORIES.map((category) => [category, 0]));
    // Nothing was stored under older rules here, so the job had nothing to mask again.
    for (const week of json.weeks) expect(week.categories).toEqual(zeros);
    expect(json.totals).toEqual(zeros);
  });

  it('answers 400 on the masking route for a bad range or an unknown parameter', async () => {
    for (const query of ['from=2026-11-05&to=2026-11-01', 'from=2020-01-01&to=2026-01-01', 'table=daily']) {
      const response = await staffGet(`demo/stats/masking?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.json.error.code).toBe('validation_failed');
    }
  });

  it('answers 400 for a bad range or an unknown parameter, and 404 for an unknown site', async () => {
    const queries = [
      'from=2026-11-05&to=2026-11-01',
      'from=2026-02-30',
      'foo=1',
      'table=everything',
      // A repeated parameter: API Gateway (and the local server) join its values with commas.
      'from=2026-11-01&from=2026-11-02',
    ];
    for (const query of queries) {
      const response = await staffGet(`demo/stats/feedback?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.json.error.code).toBe('validation_failed');
      expect(response.json.error.details.map((d: { path: string }) => d.path).join(), query).not.toContain(
        '(body)',
      );
    }
    expect((await staffGet('no-such-site/stats/chat')).status).toBe(404);
  });

  it('shows other days’ numbers when the range changes', async () => {
    const { json } = await staffGet(`demo/stats/chat?from=${shiftDay(today, -10)}&to=${shiftDay(today, -1)}`);

    expect(json.totals).toEqual({ conversations: 0, messages: 0, fallback: 0, downloads: 0, deletions: 0 });
    expect(json.daily).toHaveLength(10);
  });

  it('keeps every number after «Glem meg» and after the retention deletes the conversations', async () => {
    const before = (await staffGet(`demo/stats/chat?to=${today}`)).json;

    expect((await api().forget(forgettable.conversationId, forgettable.token)).status).toBe(204);
    // Retention: every conversation expires after RETENTION_SECONDS, and TTL removes it.
    const deadline = Date.now() + 90_000;
    await sleep(RETENTION_SECONDS * 1000);
    while (Date.now() < deadline) {
      const { chat } = await scanTables(runtime.endpoint, runtime.tables);
      if ((chat ?? []).length === 0) break;
      await sleep(2000);
    }
    expect((await scanTables(runtime.endpoint, runtime.tables)).chat).toEqual([]);

    const after = (await staffGet(`demo/stats/chat?to=${today}`)).json;
    expect(after).toEqual({
      ...before,
      totals: { ...before.totals, deletions: 1 },
      daily: expect.any(Array),
    });
    expect(after.intents).toEqual(before.intents);
    expect((await staffGet(`demo/billing?month=${today.slice(0, 7)}`)).json.conversations).toBe(2);
  }, 120_000);
});

describe('staff access in the handler (the claims a JWT authorizer passes on)', () => {
  const event = (claims: Record<string, unknown> | undefined, site = 'demo'): APIGatewayProxyEventV2 =>
    ({
      version: '2.0',
      routeKey: 'GET /v1/sites/{siteId}/stats/chat',
      rawPath: `/v1/sites/${site}/stats/chat`,
      rawQueryString: '',
      headers: { accept: 'application/json' },
      pathParameters: { siteId: site },
      requestContext: {
        http: { method: 'GET' },
        ...(claims && { authorizer: { jwt: { claims, scopes: [] } } }),
      },
      isBase64Encoded: false,
    }) as unknown as APIGatewayProxyEventV2;

  it.each([
    { who: 'no claims', claims: undefined, site: 'demo', status: 401 },
    {
      who: 'an editor of another site',
      claims: { sub: 'a', 'cognito:groups': '[stats site:grimstad]' },
      site: 'demo',
      status: 403,
    },
    {
      who: 'a reviewer without the stats role',
      claims: { sub: 'b', 'cognito:groups': '[transcripts site:demo]' },
      site: 'demo',
      status: 403,
    },
    {
      who: 'an editor of the site',
      claims: { sub: 'c', 'cognito:groups': '[stats site:demo]' },
      site: 'demo',
      status: 200,
    },
    {
      who: 'an editor of every site, for an unknown one',
      claims: { sub: 'd', 'cognito:groups': '[stats site:*]' },
      site: 'nowhere',
      status: 404,
    },
  ])('answers $who with $status', async ({ claims, site, status }) => {
    const { handler } = (await import('../../functions/stats/chat-stats.ts')) as {
      handler: (e: APIGatewayProxyEventV2, c: unknown) => Promise<{ statusCode: number }>;
    };

    expect((await handler(event(claims, site), {})).statusCode).toBe(status);
  });
});

describe('read cost of the statistics', () => {
  it('is the same with 100 or 100 000 events behind a 30-day request', async () => {
    const client = documentClient();
    // The votes' own counter update, without the votes (which the statistics never read).
    const feedback = {
      add: (siteId: string, day: string, url: string, delta: CounterDelta) =>
        client.send(
          new UpdateCommand(pageCounterUpdate(runtime.tables.counters, { siteId, day, url }, delta)),
        ),
    };
    // One writer per shard, so that the first 100 events reach every shard of every day.
    const chatShards = Array.from(
      { length: COUNTER_SHARDS },
      (_, shard) => new DynamoChatCounterStore(client, runtime.tables.counters, () => shard),
    );
    const pages = Array.from({ length: 5 }, (_, i) => `https://units.example.no/side-${i}`);
    const days = Array.from({ length: 10 }, (_, i) => shiftDay(today, -i));
    /**
     * `count` events through the writers' own code, half votes and half questions, over the
     * same pages, days and shards: the first 100 already reach every item that 100 000 do.
     */
    const record = async (from: number, count: number) => {
      const events = Array.from({ length: count }, (_, i) => from + i);
      for (let i = 0; i < events.length; i += 250) {
        await Promise.all(
          events.slice(i, i + 250).map(async (n) => {
            const k = Math.floor(n / 2);
            const day = days[k % days.length] as string;
            if (n % 2 === 0) {
              const page = pages[Math.floor(k / days.length) % pages.length] as string;
              await feedback.add(UNITS_SITE, day, page, { found: 1, notFound: 0, comments: 0 });
            } else {
              const shard = Math.floor(k / days.length) % COUNTER_SHARDS;
              await chatShards[shard]?.record(UNITS_SITE, day, {
                type: 'message',
                intent: 'waste_collection',
                answered: true,
              });
            }
          }),
        );
      }
    };
    const meter = meterCapacity(client);
    const readUnits = async () => {
      meter.reset();
      for (const route of ['stats/feedback', 'stats/chat']) {
        expect((await staffGet(`${UNITS_SITE}/${route}?to=${today}`)).status).toBe(200);
      }
      return meter.readUnits();
    };
    const totals = async () => [
      (await staffGet(`${UNITS_SITE}/stats/feedback?to=${today}`)).json.totals.found,
      (await staffGet(`${UNITS_SITE}/stats/chat?to=${today}`)).json.totals.messages,
    ];

    await record(0, 100);
    const small = await readUnits();
    expect(await totals()).toEqual([50, 50]);
    const started = Date.now();
    await record(100, 99_900);
    const large = await readUnits();
    expect(await totals()).toEqual([50_000, 50_000]);

    console.info(
      `30-day statistics (feedback + chat) read ${small} RCU with 100 events and ${large} RCU with 100 000 ` +
        `(99 900 counter updates written in ${Math.round((Date.now() - started) / 1000)} s)`,
    );
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  }, 900_000);

  it(`bills ${REQUEST_UNITS.statisticsPerMonth.read} read units per calendar month of a range of small counters`, async () => {
    // A 30-day range over two months of its own, with a few counters on days at both ends.
    const [from, to] = ['2031-01-17', '2031-02-15'];
    const client = documentClient();
    const chat = new DynamoChatCounterStore(client, runtime.tables.counters);
    for (const day of [from, '2031-01-31', '2031-02-01', to]) {
      const page = { siteId: UNITS_SITE, day, url: 'https://units.example.no/side' };
      await client.send(
        new UpdateCommand(
          pageCounterUpdate(runtime.tables.counters, page, { found: 1, notFound: 0, comments: 0 }),
        ),
      );
      await chat.record(UNITS_SITE, day, { type: 'message', intent: 'waste_collection', answered: true });
    }
    const meter = meterCapacity(client);
    meter.reset();

    for (const route of ['stats/feedback', 'stats/chat']) {
      expect((await staffGet(`${UNITS_SITE}/${route}?from=${from}&to=${to}`)).status).toBe(200);
    }

    // One eventually consistent Query per route, shard and month: half a unit each, found or not.
    const months = monthsBetween(from, to).length;
    expect(meter.entries().map((e) => e.command)).toEqual(
      Array(2 * COUNTER_SHARDS * months).fill('QueryCommand'),
    );
    expect(billedReadUnits(meter.entries())).toBe(months * REQUEST_UNITS.statisticsPerMonth.read);
  });
});
