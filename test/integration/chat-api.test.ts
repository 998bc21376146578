import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { conversationKey, conversationPk, messageKey } from '#shared/adapters/dynamodb/keys/chat-table';
import {
  chatCounterAttribute,
  isChatCounterOf,
  parseChatCounterAttribute,
} from '#shared/adapters/dynamodb/keys/counters-table';
import { DEFAULT_INTENTS } from '#shared/chat/bot/intents';
import { MAX_QUESTIONS } from '#shared/chat/conversation';
import { CHAT_COUNTS } from '#shared/stats/ports';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { meterCapacity, scanTables, storedStrings, sumCounters } from '../support/dynamo.ts';
import { billedReadUnits, MEASURED_QUESTIONS, REQUEST_UNITS } from '../support/request-units.ts';
import { startTestRuntime } from '../support/runtime.ts';

let runtime: Runtime;
let api: ReturnType<typeof chatClient>;
const issuedTokens: string[] = [];

beforeAll(async () => {
  runtime = await startTestRuntime('it-chat');
  api = chatClient(runtime.url);
});

afterAll(async () => {
  await runtime?.close();
});

const snapshot = () => scanTables(runtime.endpoint, runtime.tables);

async function started(body: unknown = { lang: 'nb' }) {
  const response = await api.start(body);
  expect(response.status).toBe(201);
  issuedTokens.push(response.json.token);
  return response.json as {
    conversationId: string;
    token: string;
    expiresAt: string;
    greeting: { text: string };
  };
}

async function chatCounters() {
  const { counters } = await snapshot();
  // The day's counters are spread over shards; the test reads their sum, as the statistics do.
  return sumCounters(counters?.filter((item) => isChatCounterOf('demo', item)) ?? []);
}

describe('conversation routes', () => {
  it('starts a conversation with a one-time 256-bit token, 21-day expiry and a greeting', async () => {
    const before = Date.now();

    const conversation = await started({ lang: 'nn', startUrl: `${runtime.url}/renovasjon.html?x=1#top` });

    expect(conversation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(conversation.greeting.text.length).toBeGreaterThan(0);
    const days = (Date.parse(conversation.expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(20.99);
    expect(days).toBeLessThanOrEqual(21.01);
    const { chat } = await snapshot();
    expect(chat?.find((item) => item.id === conversation.conversationId)).toMatchObject({
      platform: 'mobile',
      browser: 'Safari 18',
      lang: 'nn',
      startUrl: `${runtime.url}/renovasjon.html`,
    });
  });

  it('stores the question masked and the answer with its intent, one item per message', async () => {
    const { conversationId, token } = await started();

    const response = await api.ask(conversationId, token, 'Når tømmes søppelet? Ring meg på 912 34 567');

    expect(response.status).toBe(201);
    expect(response.json.message).toEqual({
      role: 'user',
      text: 'Når tømmes søppelet? Ring meg på [nummer]',
      at: expect.any(String),
    });
    expect(response.json.reply).toEqual({
      role: 'bot',
      text: expect.any(String),
      intent: 'waste_collection',
      at: expect.any(String),
    });
    const { chat } = await snapshot();
    const items = chat?.filter((item) => item.pk === conversationPk(conversationId)) ?? [];
    expect(items.map((item) => item.sk)).toEqual(
      [conversationKey(conversationId), messageKey(conversationId, 1), messageKey(conversationId, 2)].map(
        (key) => key.sk,
      ),
    );
    expect(items.every((item) => typeof item.expiresAt === 'number')).toBe(true);
    expect(JSON.stringify(items)).not.toContain('912 34 567');
  });

  it('exports the whole conversation as a JSON attachment and as a readable transcript', async () => {
    const { conversationId, token } = await started();
    await api.ask(conversationId, token, 'Hva er åpningstidene?');
    await api.ask(conversationId, token, 'Hvordan søker jeg barnehageplass?');

    const json = await api.export(conversationId, token);
    const text = await api.export(conversationId, token, 'text/plain');

    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toMatch(/^attachment; filename="samtale-.+\.json"$/);
    expect(json.json).toMatchObject({
      conversationId,
      siteId: 'demo',
      platform: 'mobile',
      browser: 'Safari 18',
      lang: 'nb',
      messages: [
        { role: 'user', text: 'Hva er åpningstidene?' },
        { role: 'bot', intent: 'opening_hours' },
        { role: 'user', text: 'Hvordan søker jeg barnehageplass?' },
        { role: 'bot', intent: 'kindergarten' },
      ],
    });
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toContain('text/plain');
    expect(text.headers.get('content-disposition')).toMatch(/^attachment; filename="samtale-.+\.txt"$/);
    const lines = text.text.split('\n');
    // For a person: the site's name, labelled Norwegian dates and times, each message with its time.
    expect(lines[0]).toBe('Samtale med chatboten til Demo kommune');
    expect(lines[1]).toMatch(/^Startet: \d{1,2}\. [a-z]+ \d{4} kl\. \d{2}\.\d{2}$/);
    expect(lines[2]).toMatch(
      /^Samtalen slettes automatisk \d{1,2}\. [a-z]+ \d{4} kl\. \d{2}\.\d{2}\. .*«Glem meg»/,
    );
    const messages = lines.filter((line) => /^\[kl\. \d{2}\.\d{2}\] (Du|Chatbot): /.test(line));
    expect(messages).toHaveLength(4);
    expect(messages[2]).toMatch(/\] Du: Hvordan søker jeg barnehageplass\?$/);
    expect(text.text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  describe('answers in the language of the question', () => {
    const answer = (intent: string, lang: 'nb' | 'nn' | 'en') =>
      DEFAULT_INTENTS.intents.find((candidate) => candidate.name === intent)?.answer[lang];

    it('answers a nynorsk question on a bokmål page in nynorsk', async () => {
      const { conversationId, token } = await started({ lang: 'nb' });

      const response = await api.ask(conversationId, token, 'Korleis søkjer eg om plass i barnehagen?');

      expect(response.status).toBe(201);
      expect(response.json.reply).toMatchObject({
        intent: 'kindergarten',
        text: answer('kindergarten', 'nn'),
      });
    });

    it('answers an English question on a bokmål page in English', async () => {
      const { conversationId, token } = await started({ lang: 'nb' });

      const response = await api.ask(conversationId, token, 'When is the rubbish collected on my street?');

      expect(response.json.reply.text).toBe(answer('waste_collection', 'en'));
    });

    it('answers in the language the visitor chose over the one the question is written in', async () => {
      const { conversationId, token } = await started({ lang: 'nb' });

      const response = await api.ask(conversationId, token, 'Korleis søkjer eg om plass i barnehagen?', 'en');

      expect(response.status).toBe(201);
      expect(response.json.reply.text).toBe(answer('kindergarten', 'en'));
    });

    it('keeps a nynorsk conversation in nynorsk for a short «hei»', async () => {
      const { conversationId, token } = await started({ lang: 'nn' });

      const response = await api.ask(conversationId, token, 'hei');

      expect(response.json.reply).toMatchObject({ intent: 'greeting', text: answer('greeting', 'nn') });
    });
  });

  it('reads a 50-message conversation for export in one Query', async () => {
    const { conversationId, token } = await started();
    for (let i = 0; i < 25; i++) await api.ask(conversationId, token, `Spørsmål ${i} om eiendomsskatt`);
    const meter = meterCapacity(documentClient());
    meter.reset();

    const response = await api.export(conversationId, token);

    expect(response.json.messages).toHaveLength(50);
    const reads = meter.entries().filter((e) => !/^(Update|Put)/.test(e.command));
    expect(reads.map((e) => e.command)).toEqual(['QueryCommand']);
    // The figure docs/cost.md states: read units as billed, of the reads alone.
    const billed = billedReadUnits(meter.entries());
    console.info(`export of 50 messages: ${billed} read units (as billed) in ${reads.length} Query`);
    expect(billed).toBe(REQUEST_UNITS.exportOf50Messages.read);
    expect(meter.billedWriteUnits()).toBe(REQUEST_UNITS.exportOf50Messages.write);
  });

  it('uses a fixed number of request units to post a message', async () => {
    const { conversationId, token } = await started();
    await api.ask(conversationId, token, 'hei');
    const meter = meterCapacity(documentClient());
    meter.reset();

    const response = await api.ask(conversationId, token, 'Hvem kan jeg kontakte om byggesak?');

    expect(response.status).toBe(201);
    console.info(
      `post message: ${meter.billedWriteUnits()} write units billed (${meter.writeUnits()} reported by DynamoDB Local), ${meter.readUnits()} read unit`,
    );
    expect(meter.entries().map((e) => e.command)).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    expect(meter.entries()[1]?.transactItems).toBe(5);
    expect(meter.readUnits()).toBe(REQUEST_UNITS.message.read);
    // A strongly consistent read of the record, then one transaction of the record, two
    // messages, the question's entry in the hourly re-check's list and a counter shard (5 items
    // x 2). The list entry is what keeps the re-check's cost to the new questions (2 units each).
    expect(meter.billedWriteUnits()).toBe(REQUEST_UNITS.message.write);
  });

  it('uses a fixed number of request units to start a conversation', async () => {
    const meter = meterCapacity(documentClient());
    meter.reset();

    await started();

    expect(meter.entries().map((e) => e.command)).toEqual(['TransactWriteItemsCommand']);
    expect(meter.entries()[0]?.transactItems).toBe(3);
    expect(billedReadUnits(meter.entries())).toBe(REQUEST_UNITS.startConversation.read);
    expect(meter.billedWriteUnits()).toBe(REQUEST_UNITS.startConversation.write);
  });

  /** A conversation of as many questions as the cost model's measured conversation. */
  async function measuredConversation() {
    const conversation = await started();
    for (let i = 0; i < MEASURED_QUESTIONS; i++) {
      await api.ask(conversation.conversationId, conversation.token, `Når tømmes søppelet i uke ${i + 1}?`);
    }
    const meter = meterCapacity(documentClient());
    meter.reset();
    return { ...conversation, meter };
  }

  it(`uses a fixed number of request units to export a conversation of ${MEASURED_QUESTIONS} questions`, async () => {
    const { conversationId, token, meter } = await measuredConversation();

    const response = await api.export(conversationId, token);

    expect(response.json.messages).toHaveLength(2 * MEASURED_QUESTIONS);
    expect(meter.entries().map((e) => e.command)).toEqual(['QueryCommand', 'UpdateItemCommand']);
    expect(billedReadUnits(meter.entries())).toBe(REQUEST_UNITS.exportConversation.read);
    expect(meter.billedWriteUnits()).toBe(REQUEST_UNITS.exportConversation.write);
  });

  it(`uses a fixed number of request units for «Glem meg» of a conversation of ${MEASURED_QUESTIONS} questions`, async () => {
    const { conversationId, token, meter } = await measuredConversation();

    const response = await api.forget(conversationId, token);

    expect(response.status).toBe(204);
    expect(meter.entries().map((e) => e.command)).toEqual([
      'GetItemCommand',
      'DeleteItemCommand',
      'QueryCommand',
      'BatchWriteItemCommand',
      'UpdateItemCommand',
    ]);
    expect(billedReadUnits(meter.entries())).toBe(REQUEST_UNITS.forgetConversation.read);
    expect(meter.billedWriteUnits()).toBe(REQUEST_UNITS.forgetConversation.write);
  });

  describe('answers every failure with the same 404 and writes nothing', () => {
    it.each([
      [
        'a wrong token',
        async (c: { conversationId: string; token: string }) => ({
          id: c.conversationId,
          token: `${c.token.slice(0, -2)}xx`,
        }),
      ],
      [
        'another conversation’s token',
        async (c: { conversationId: string }) => ({ id: c.conversationId, token: (await started()).token }),
      ],
      ['no token', async (c: { conversationId: string }) => ({ id: c.conversationId, token: undefined })],
      [
        'a malformed token',
        async (c: { conversationId: string }) => ({ id: c.conversationId, token: 'not a token!' }),
      ],
      ['an unknown conversation', async (c: { token: string }) => ({ id: randomUUID(), token: c.token })],
      // Past DynamoDB's 2 048-byte key limit, where the store would answer a ValidationException (500).
      [
        'an id of 2 044 characters',
        async (c: { token: string }) => ({ id: 'a'.repeat(2044), token: c.token }),
      ],
      [
        'an id of another shape',
        async (c: { conversationId: string; token: string }) => ({
          id: c.conversationId.toUpperCase().replaceAll('-', '_'),
          token: c.token,
        }),
      ],
    ])('for %s', async (_name, make) => {
      const conversation = await started();
      await api.ask(conversation.conversationId, conversation.token, 'hei');
      const { id, token } = await make(conversation);
      const before = await snapshot();

      const responses = [
        await api.ask(id, token, 'hei igjen'),
        await api.export(id, token),
        await api.forget(id, token),
      ];

      for (const response of responses) {
        expect(response.status).toBe(404);
        expect(response.json).toEqual({
          error: { code: 'conversation_not_found', message: 'No such conversation.' },
        });
      }
      expect(await snapshot()).toEqual(before);
    });

    it('for a conversation of another site', async () => {
      const conversation = await started();
      const other = chatClient(runtime.url, 'finnes-ikke');
      const before = await snapshot();

      const response = await other.export(conversation.conversationId, conversation.token);

      expect(response.status).toBe(404);
      expect(await snapshot()).toEqual(before);
    });
  });

  type Started = Awaited<ReturnType<typeof started>>;
  type Answer = Awaited<ReturnType<typeof api.request>>;
  const invalid: [string, (c: Started) => Promise<Answer>, number, string][] = [
    [
      'a message over 2000 characters',
      (c) => api.ask(c.conversationId, c.token, 'x'.repeat(2001)),
      400,
      'validation_failed',
    ],
    ['an empty message', (c) => api.ask(c.conversationId, c.token, '   '), 400, 'validation_failed'],
    [
      'a message with unknown fields',
      (c) =>
        api.request('POST', `/${c.conversationId}/messages`, {
          token: c.token,
          body: { text: 'hei', role: 'bot' },
        }),
      400,
      'validation_failed',
    ],
    [
      'a message in a language the service does not speak',
      (c) =>
        api.request('POST', `/${c.conversationId}/messages`, {
          token: c.token,
          body: { text: 'hei', lang: 'sv' },
        }),
      400,
      'validation_failed',
    ],
    [
      'a message with a wrong type',
      (c) => api.request('POST', `/${c.conversationId}/messages`, { token: c.token, body: { text: 42 } }),
      400,
      'validation_failed',
    ],
    [
      'a message that is not JSON',
      (c) => api.request('POST', `/${c.conversationId}/messages`, { token: c.token, raw: '{"text":' }),
      400,
      'invalid_json',
    ],
    ['a start with unknown fields', () => api.start({ lang: 'nb', userId: 1 }), 400, 'validation_failed'],
    ['a start in an unknown language', () => api.start({ lang: 'sv' }), 400, 'validation_failed'],
    [
      'a start from a page outside the site',
      () => api.start({ startUrl: 'https://evil.example/x' }),
      400,
      'url_not_allowed',
    ],
    [
      'a start from a foreign origin',
      () => api.start({}, { origin: 'https://evil.example' }),
      403,
      'origin_not_allowed',
    ],
    [
      'a start on an unknown site',
      () => chatClient(runtime.url, 'finnes-ikke').start({}),
      404,
      'site_not_found',
    ],
    [
      'a start body over 16 KiB',
      () =>
        api.request('POST', '', {
          raw: JSON.stringify({ lang: 'nb', startUrl: `${runtime.url}/${'a'.repeat(17_000)}` }),
        }),
      413,
      'payload_too_large',
    ],
  ];

  it.each(invalid)('rejects %s with a JSON error and writes nothing', async (_name, act, status, code) => {
    const conversation = await started();
    const before = await snapshot();

    const response = await act(conversation);

    expect(response.status).toBe(status);
    expect(response.json).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
    expect(await snapshot()).toEqual(before);
  });

  it(`answers 429 after ${MAX_QUESTIONS} questions and stores nothing more`, async () => {
    const { conversationId, token } = await started();
    for (let i = 0; i < MAX_QUESTIONS; i++)
      expect((await api.ask(conversationId, token, `spørsmål ${i}`)).status).toBe(201);
    const before = await snapshot();

    const response = await api.ask(conversationId, token, 'ett til');

    expect(response.status).toBe(429);
    expect(response.json.error.code).toBe('too_many_requests');
    expect(await snapshot()).toEqual(before);
  });

  it('«Glem meg» deletes every item; afterwards every route answers 404 and only deletions grew', async () => {
    const { conversationId, token } = await started();
    for (let i = 0; i < 30; i++) await api.ask(conversationId, token, `Hva koster eiendomsskatt ${i}?`);
    const countersBefore = await chatCounters();

    const response = await api.forget(conversationId, token);

    expect(response.status).toBe(204);
    const strings = storedStrings(await snapshot());
    expect(strings.some((value) => value.includes(conversationId))).toBe(false);
    expect(await chatCounters()).toEqual({
      ...countersBefore,
      deletions: (Number(countersBefore?.deletions) || 0) + 1,
    });
    for (const after of [
      await api.ask(conversationId, token, 'hallo?'),
      await api.export(conversationId, token),
      await api.forget(conversationId, token),
    ]) {
      expect(after.status).toBe(404);
    }
    expect(storedStrings(await snapshot()).some((value) => value.includes(conversationId))).toBe(false);
  });

  it('keeps counts of conversations, messages, intents, platforms, browsers and downloads, with no text or ids', async () => {
    const counters = await chatCounters();

    expect(counters).toMatchObject({
      conversations: expect.any(Number),
      messages: expect.any(Number),
      answered: expect.any(Number),
      [chatCounterAttribute.platform('mobile')]: expect.any(Number),
      [chatCounterAttribute.browser('Safari')]: expect.any(Number),
      [chatCounterAttribute.intent('waste_collection')]: expect.any(Number),
      downloads: expect.any(Number),
      deletions: expect.any(Number),
    });
    const names = Object.keys(counters ?? {});
    // Every attribute is a key, a fixed count, or a labelled count with a short word as its label.
    const fixed = new Set(['pk', 'sk', 'day', ...CHAT_COUNTS]);
    const unexpected = names.filter((name) => {
      const labelled = parseChatCounterAttribute(name);
      return !fixed.has(name) && !(labelled && /^[A-Za-z_ ]{1,40}$/.test(labelled.label));
    });
    expect(unexpected).toEqual([]);
  });

  it('leaves no token, IP address or raw User-Agent in any table', async () => {
    const strings = storedStrings(await snapshot());

    expect(issuedTokens.length).toBeGreaterThan(5);
    for (const value of strings) {
      for (const token of issuedTokens) expect(value).not.toContain(token);
      expect(value).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
      expect(value).not.toMatch(/Mozilla|AppleWebKit|iPhone OS/);
    }
  });
});
