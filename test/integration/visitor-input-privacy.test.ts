import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chatCounterAttribute,
  isChatCounterOf,
  parseChatCounterAttribute,
} from '#shared/adapters/dynamodb/keys/counters-table';
import { BROWSER_NAMES } from '#shared/chat/browser';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { scanTables, storedStrings } from '../support/dynamo.ts';
import { startTestRuntime } from '../support/runtime.ts';

/*
 * What an outside probe sends "at the door": a User-Agent of its own words and page URLs
 * whose path carries personal data. None of it may reach a table, and the counters that
 * never expire must keep a bounded set of attributes.
 */

const EMAIL = 'kari.nordmann@example.no';
const PHONE = '91234567';
const FREE_TEXT = 'KariNordmannSporing';
const MADE_UP_UA = `${FREE_TEXT}/1.0 (${EMAIL})`;

let runtime: Runtime;
let api: ReturnType<typeof chatClient>;

beforeAll(async () => {
  runtime = await startTestRuntime('it-door');
  api = chatClient(runtime.url);
});

afterAll(async () => {
  await runtime?.close();
});

const snapshot = () => scanTables(runtime.endpoint, runtime.tables);

async function postFeedback(body: unknown, userAgent: string) {
  const response = await fetch(`${runtime.url}/v1/sites/demo/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: runtime.url, 'user-agent': userAgent },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

/** The attribute names of the demo site's chat counter items (every shard of every day). */
async function chatCounterAttributes() {
  const { counters } = await snapshot();
  const items = counters?.filter((item) => isChatCounterOf('demo', item)) ?? [];
  return { items, names: new Set(items.flatMap((item) => Object.keys(item))) };
}

/** Conversations counted under any browser attribute. */
const browserCount = (items: Record<string, unknown>[]) =>
  items
    .flatMap((item) => Object.entries(item))
    .filter(([name]) => parseChatCounterAttribute(name)?.field === 'browsers')
    .reduce((sum, [, value]) => sum + Number(value), 0);

describe('visitor input at the door', () => {
  it('keeps neither a made-up User-Agent nor personal data in a page path in any table', async () => {
    const headers = { 'user-agent': MADE_UP_UA };

    const chat = await api.start(
      { lang: 'nb', startUrl: `${runtime.url}/kontakt/${PHONE}/${EMAIL}?fnr=15038512363#top` },
      headers,
    );
    const question = await api.ask(chat.json.conversationId, chat.json.token, 'Når tømmes søppelet?');
    const vote = await postFeedback(
      { url: `${runtime.url}/person/${PHONE}/${encodeURIComponent(EMAIL)}`, found: false },
      MADE_UP_UA,
    );

    expect(chat.status).toBe(201);
    expect(question.status).toBe(201);
    expect(vote.status).toBe(201);
    const tables = await snapshot();
    expect(Object.keys(tables).sort()).toEqual(Object.keys(runtime.tables).sort());
    expect(tables.chat?.find((item) => item.id === chat.json.conversationId)).toMatchObject({
      browser: 'other',
      startUrl: `${runtime.url}/kontakt/[nummer]/[e-post]`,
    });
    expect(tables.feedback?.find((item) => item.id === vote.json.id)).toMatchObject({
      url: `${runtime.url}/person/[nummer]/[e-post]`,
    });
    expect(tables.counters?.some((item) => item.url === `${runtime.url}/person/[nummer]/[e-post]`)).toBe(
      true,
    );
    expect(tables.counters?.some((item) => chatCounterAttribute.browser('other') in item)).toBe(true);
    const strings = storedStrings(tables);
    expect(strings.length).toBeGreaterThan(0);
    for (const value of strings) {
      expect(value).not.toContain(FREE_TEXT);
      expect(value).not.toContain(PHONE);
      expect(value).not.toContain('15038512363');
      expect(value).not.toContain(EMAIL);
      expect(value).not.toContain(encodeURIComponent(EMAIL));
      expect(value).not.toContain('@');
    }
  });

  it.each([
    ['startUrl', () => api.start({ lang: 'nb', startUrl: `${runtime.url}/kontakt/%E0%A4%A` })],
    ['url', () => postFeedback({ url: `${runtime.url}/person/%zz`, found: true }, MADE_UP_UA)],
  ])(
    'rejects a malformed percent-escape in %s with the contract’s 400 and writes nothing',
    async (field, send) => {
      const before = await snapshot();

      const response = await send();

      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        error: {
          code: 'validation_failed',
          message: expect.any(String),
          details: [{ path: field, message: expect.any(String) }],
        },
      });
      expect(await snapshot()).toEqual(before);
    },
  );

  it('keeps the day’s chat counters to a bounded set of browser attributes, whatever visitors send', async () => {
    const userAgents = Array.from({ length: 40 }, (_, i) => [
      `Probe-${i}/${i}.0 visitor-${i}@example.no`,
      `Mozilla/5.0 (X11; Linux x86_64; rv:${100 + i}.0) Gecko/20100101 Firefox/${100 + i}.0`,
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${i}${i}${i}${i}.0.0.0 Safari/537.36 Token-${i}/1.0`,
    ]).flat();

    const countedBefore = browserCount((await chatCounterAttributes()).items);

    for (const userAgent of userAgents) {
      expect((await api.start({ lang: 'nb' }, { 'user-agent': userAgent })).status).toBe(201);
    }

    const { items, names } = await chatCounterAttributes();
    const browsers = [...names].flatMap((name) => {
      const labelled = parseChatCounterAttribute(name);
      return labelled?.field === 'browsers' ? [labelled.label] : [];
    });
    const labels = new Set<string>([...BROWSER_NAMES, 'other', 'unknown']);
    expect(new Set(browsers)).toEqual(new Set(['other', 'Firefox', 'Chrome']));
    expect(browsers.every((label) => labels.has(label))).toBe(true);
    // Every start is counted, under one of those few attributes.
    expect(browserCount(items) - countedBefore).toBe(userAgents.length);
    expect(Math.max(...items.map((item) => Object.keys(item).length))).toBeLessThan(20);
  });

  it('refuses text that is not text, and a body that is not UTF-8, with a 400 and writes nothing', async () => {
    const { json: started } = await api.start({ lang: 'nb' });
    const ask = (raw: BodyInit) =>
      fetch(`${runtime.url}/v1/sites/demo/conversations/${started.conversationId}/messages`, {
        method: 'POST',
        headers: {
          origin: runtime.url,
          'content-type': 'application/json',
          authorization: `Bearer ${started.token}`,
        },
        body: raw,
      });
    const before = await snapshot();

    const answers = await Promise.all([
      ask(JSON.stringify({ text: 'Ring meg\u0000 på 912 34 567' })),
      ask('{"text":"Hei \\ud83d"}'),
      // "blåbær" with å in Latin-1: a byte that is not UTF-8.
      ask(new Blob(['{"text":"bl', new Uint8Array([0xe5]), 'b\u00e6r"}'])),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400]);
    const bodies = await Promise.all(answers.map((answer) => answer.json()));
    expect(bodies.map((body) => body.error.code)).toEqual([
      'validation_failed',
      'validation_failed',
      'invalid_utf8',
    ]);
    expect(await snapshot()).toEqual(before);
  });
});
