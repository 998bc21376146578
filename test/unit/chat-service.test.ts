import { describe, expect, it } from 'vitest';
import { IntentMatcherBot } from '#shared/chat/bot/intent-matcher';
import { DEFAULT_INTENTS } from '#shared/chat/bot/intents';
import { tokenize } from '#shared/chat/bot/normalize';
import type { BotEngine, BotInput } from '#shared/chat/bot/ports';
import type { PostMessageRequest } from '#shared/chat/conversation';
import type { ChatEvent } from '#shared/chat/ports';
import { HmacTokenHasher } from '#shared/chat/token-hasher';
import { makeChat } from '#shared/chat/use-cases';
import { NotFoundError, TooManyRequestsError, ValidationError } from '#shared/errors';
import type { Language } from '#shared/languages';
import type { Site } from '#shared/sites';
import { InMemoryConversations, VISITOR_READERS } from '../support/chat-fakes.ts';
import { FakeClock } from '../support/clock.ts';
import { aSite, sitesOf } from '../support/feedback-fakes.ts';

function setup(overrides: { retention?: number; site?: Partial<Site>; bot?: BotEngine } = {}) {
  const events: ChatEvent[] = [];
  const store = new InMemoryConversations(events);
  const clock = new FakeClock();
  const service = makeChat({
    ...VISITOR_READERS,
    sites: sitesOf(aSite({ chatRetentionDays: 7, ownNames: ['Frida'], ...overrides.site })),
    store,
    counters: { record: async (_site, _day, event) => void events.push(event) },
    tokens: new HmacTokenHasher(async () => 'k'.repeat(40)),
    bot: overrides.bot ?? new IntentMatcherBot(),
    clock,
    retentionSecondsOverride: overrides.retention,
  });
  return { service, store, events, clock };
}

const startIn = (service: ReturnType<typeof setup>['service'], lang: Language = 'nb') =>
  service.start({ siteId: 'grimstad', request: { lang }, origin: undefined, userAgent: undefined });

/** The default set's answer of an intent in a language. */
const answerOf = (intent: string, lang: Language) =>
  DEFAULT_INTENTS.intents.find((candidate) => candidate.name === intent)?.answer[lang];

/** Starts a conversation in `lang` and asks one question in it. */
async function askIn(
  context: ReturnType<typeof setup>,
  conversationLang: Language,
  request: PostMessageRequest,
) {
  const { conversationId, token } = await startIn(context.service, conversationLang);
  return context.service.post({ siteId: 'grimstad', conversationId, token, origin: undefined, request });
}

/** Asking, taking a copy and «Glem meg» all answer that the conversation does not exist. */
async function expectGoneForEveryAction(
  service: ReturnType<typeof setup>['service'],
  visitor: { siteId: string; conversationId: string; token: string },
) {
  await expect(
    service.post({ ...visitor, origin: undefined, request: { text: 'hei' } }),
  ).rejects.toBeInstanceOf(NotFoundError);
  await expect(service.export({ ...visitor, format: 'json' })).rejects.toBeInstanceOf(NotFoundError);
  await expect(service.forget(visitor)).rejects.toBeInstanceOf(NotFoundError);
}

describe('chat service', () => {
  it('masks a visitor’s name before storing the question, and keeps the site’s own names', async () => {
    const { service, store } = setup();
    const started = await startIn(service);

    const posted = await service.post({
      siteId: 'grimstad',
      conversationId: started.conversationId,
      token: started.token,
      origin: undefined,
      request: { text: 'Takk, Frida! Hilsen Kari Nordmann' },
    });

    expect(posted.message.text).toBe('Takk, Frida! Hilsen [navn]');
    expect(JSON.stringify([...store.messages.values()])).not.toMatch(/Kari|Nordmann/);
  });

  it('uses the site’s retention, stores only a hash of the token, and counts the conversation', async () => {
    const { service, store, events, clock } = setup();

    const started = await startIn(service);

    const stored = store.conversations.get(started.conversationId);
    expect(stored?.expiresAt).toBe(Math.floor(clock.current.getTime() / 1000) + 7 * 86_400);
    expect(JSON.stringify(stored)).not.toContain(started.token);
    expect(events).toEqual([{ type: 'conversation', platform: 'unknown', browser: 'unknown' }]);
  });

  it('keeps a listed browser with its major version, counts its name alone, and masks the start page', async () => {
    const { service, store, events } = setup();

    const started = await service.start({
      siteId: 'grimstad',
      request: { startUrl: 'https://www.grimstad.kommune.no/kontakt/91234567?q=1' },
      origin: undefined,
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:147.0) Gecko/20100101 Firefox/147.0',
    });

    expect(store.conversations.get(started.conversationId)).toMatchObject({
      platform: 'desktop',
      browser: 'Firefox 147',
      startUrl: 'https://www.grimstad.kommune.no/kontakt/[nummer]',
    });
    expect(events).toEqual([{ type: 'conversation', platform: 'desktop', browser: 'Firefox' }]);
  });

  it('stores and counts a made-up User-Agent as other, without its text', async () => {
    const { service, store, events } = setup();

    const started = await service.start({
      siteId: 'grimstad',
      request: {},
      origin: undefined,
      userAgent: 'EvilBot/1.0 kari@example.no',
    });

    const stored = store.conversations.get(started.conversationId);
    expect(stored?.browser).toBe('other');
    expect(events).toEqual([{ type: 'conversation', platform: 'unknown', browser: 'other' }]);
    expect(JSON.stringify([stored, events])).not.toMatch(/Evil|kari/i);
  });

  it('rejects a malformed percent-escape in startUrl, storing and counting nothing', async () => {
    const { service, store, events } = setup();

    const error = await service
      .start({
        siteId: 'grimstad',
        request: { startUrl: 'https://www.grimstad.kommune.no/%E0%A4%A' },
        origin: undefined,
        userAgent: undefined,
      })
      .catch((e) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect(error.details).toEqual([{ path: 'startUrl', message: expect.any(String) }]);
    expect(store.conversations.size).toBe(0);
    expect(events).toEqual([]);
  });

  it('retries a question that raced another one and numbers the messages after it', async () => {
    const { service, store } = setup();
    const { conversationId, token } = await startIn(service);
    const anotherQuestion = () => undefined;
    store.scripted.push(anotherQuestion, anotherQuestion);

    const exchange = await service.post({
      siteId: 'grimstad',
      conversationId,
      token,
      origin: undefined,
      request: { text: 'hei' },
    });

    expect(exchange.reply.intent).toBe('greeting');
    expect(store.messages.get(conversationId)?.map((m) => m.seq)).toEqual([1, 2]);
  });

  it('gives up with 429 when races go on, and says gone when the conversation went', async () => {
    const { service, store } = setup();
    const { conversationId, token } = await startIn(service);
    const ask = () =>
      service.post({
        siteId: 'grimstad',
        conversationId,
        token,
        origin: undefined,
        request: { text: 'hei' },
      });

    const race = () => undefined;
    store.scripted.push(race, race, race, race, race);
    await expect(ask()).rejects.toBeInstanceOf(TooManyRequestsError);
    store.scripted.push(() => store.conversations.delete(conversationId));
    await expect(ask()).rejects.toBeInstanceOf(NotFoundError);
    expect(store.messages.get(conversationId)).toBeUndefined();
  });

  it('treats an expired conversation as gone for every action', async () => {
    const { service, clock } = setup({ retention: 5 });
    const { conversationId, token } = await startIn(service);
    clock.current = new Date(clock.current.getTime() + 5_000);
    const visitor = { siteId: 'grimstad', conversationId, token };

    await expectGoneForEveryAction(service, visitor);
  });

  it('writes every time of the export in one form: Oslo time with its offset', async () => {
    const { service } = setup();
    const started = await startIn(service);
    const visitor = { siteId: 'grimstad', conversationId: started.conversationId, token: started.token };
    await service.post({ ...visitor, origin: undefined, request: { text: 'Når tømmes søppelet?' } });

    const exported = await service.export({ ...visitor, format: 'json' });
    const document = exported.body as { startedAt: string; expiresAt: string; messages: { at: string }[] };

    const OSLO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/;
    for (const time of [document.startedAt, document.expiresAt, ...document.messages.map((m) => m.at)]) {
      expect(time).toMatch(OSLO);
    }
    expect(document.expiresAt).toBe(started.expiresAt);
  });

  it('answers an id of any other shape as not found without asking the store', async () => {
    const { service, store } = setup();
    const { token } = await startIn(service);
    const untouchable = () => Promise.reject(new Error('the store was asked'));
    store.find = untouchable;
    store.findWithMessages = untouchable;
    store.forget = untouchable;

    for (const conversationId of [
      'a'.repeat(2044),
      'not-an-id',
      `${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(11)}`,
    ]) {
      const visitor = { siteId: 'grimstad', conversationId, token };
      await expectGoneForEveryAction(service, visitor);
    }
  });

  it('keeps a copy and «Glem meg» when their counter cannot be updated; starts count with their write', async () => {
    const failures: unknown[] = [];
    const store = new InMemoryConversations();
    const service = makeChat({
      ...VISITOR_READERS,
      ...VISITOR_READERS,
      sites: sitesOf(),
      store,
      counters: { record: async () => Promise.reject(new Error('throttled')) },
      tokens: new HmacTokenHasher(async () => 'k'.repeat(40)),
      bot: new IntentMatcherBot(),
      clock: new FakeClock(),
      onCounterFailure: (error) => failures.push(error),
    });

    const started = await startIn(service);
    const visitor = { siteId: 'grimstad', conversationId: started.conversationId, token: started.token };
    const copy = await service.export({ ...visitor, format: 'json' });
    await service.forget(visitor);

    expect(copy.id).toBe(started.conversationId);
    expect(store.conversations.has(started.conversationId)).toBe(false);
    expect(failures).toHaveLength(2);
    expect(store.counted.map((event) => event.type)).toEqual(['conversation']);
  });
});

describe('chat service: the language of the answer', () => {
  it('answers a nynorsk question on a bokmål page in nynorsk', async () => {
    const context = setup();

    const exchange = await askIn(context, 'nb', { text: 'Korleis søkjer eg om plass i barnehagen?' });

    expect(exchange.reply.intent).toBe('kindergarten');
    expect(exchange.reply.text).toBe(answerOf('kindergarten', 'nn'));
  });

  it('answers an English question on a bokmål page in English', async () => {
    const context = setup();

    const exchange = await askIn(context, 'nb', { text: 'When is the rubbish collected on my street?' });

    expect(exchange.reply.text).toBe(answerOf('waste_collection', 'en'));
  });

  it('answers a bokmål question in a nynorsk conversation in bokmål', async () => {
    const context = setup();

    const exchange = await askIn(context, 'nn', { text: 'Hvor mye er eiendomsskatten i år?' });

    expect(exchange.reply.text).toBe(answerOf('property_tax', 'nb'));
  });

  it('answers in the language the visitor chose, whatever the question is written in', async () => {
    const context = setup();

    const exchange = await askIn(context, 'nb', {
      text: 'Korleis søkjer eg om plass i barnehagen?',
      lang: 'en',
    });

    expect(exchange.reply.text).toBe(answerOf('kindergarten', 'en'));
  });

  it.each([
    ['hei', 'greeting'],
    ['Takk!', 'thanks'],
    ['barnehage', 'kindergarten'],
    ['Ring meg på 912 34 567', 'fallback'],
  ])('keeps the nynorsk conversation’s language for %j, which does not tell', async (text, intent) => {
    const context = setup();

    const exchange = await askIn(context, 'nn', { text });

    expect(exchange.reply.intent).toBe(intent);
    const expected = intent === 'fallback' ? DEFAULT_INTENTS.fallback.nn : answerOf(intent, 'nn');
    expect(exchange.reply.text).toBe(expected);
  });

  it('keeps the conversation’s language when the question’s is one the site does not offer', async () => {
    const context = setup({ site: { languages: ['nb', 'nn'] } });

    const exchange = await askIn(context, 'nb', { text: 'How do I apply for a kindergarten place?' });

    expect(exchange.reply.text).toBe(answerOf('kindergarten', 'nb'));
  });

  it('rejects a chosen language the site does not offer, storing and counting nothing', async () => {
    const context = setup({ site: { languages: ['nb', 'nn'] } });
    const { conversationId, token } = await startIn(context.service);
    const counted = context.store.counted.length;

    const error = await context.service
      .post({
        siteId: 'grimstad',
        conversationId,
        token,
        origin: undefined,
        request: { text: 'Hello', lang: 'en' },
      })
      .catch((e) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect(error.details).toEqual([{ path: 'lang', message: expect.any(String) }]);
    expect(context.store.messages.get(conversationId)).toBeUndefined();
    expect(context.store.counted).toHaveLength(counted);
  });

  it('tells any engine the language to answer in, and hands it the words it split', async () => {
    const seen: BotInput[] = [];
    const engine: BotEngine = {
      greeting: () => ({ text: 'Hei' }),
      reply: async (input) => {
        seen.push(input);
        return { text: 'Svar', intent: 'parking', answered: true };
      },
    };
    const context = setup({ bot: engine });
    const text = 'Kvar kan eg parkere bilen når eg er på rådhuset?';

    await askIn(context, 'nb', { text });

    expect(seen).toEqual([{ siteId: 'grimstad', lang: 'nn', text, words: tokenize(text) }]);
  });
});

describe('the readers each chat function is given', () => {
  it('fails loudly, as a wiring mistake, when an operation needs a reader its function was not given', async () => {
    const store = new InMemoryConversations();
    const bare = makeChat({
      sites: sitesOf(),
      store,
      counters: { record: async () => undefined },
      tokens: new HmacTokenHasher(async () => 'k'.repeat(40)),
      clock: new FakeClock(),
    });
    await expect(startIn(bare)).rejects.toThrow(/built without (describeClient|bot|pageOnSite)/);
    // The export and «Glem meg» need none of them.
    const full = makeChat({
      ...VISITOR_READERS,
      bot: new IntentMatcherBot(),
      sites: sitesOf(),
      store,
      counters: { record: async () => undefined },
      tokens: new HmacTokenHasher(async () => 'k'.repeat(40)),
      clock: new FakeClock(),
    });
    const { conversationId, token } = await startIn(full);
    const visitor = { siteId: 'grimstad', conversationId, token };
    await expect(bare.post({ ...visitor, origin: undefined, request: { text: 'hei' } })).rejects.toThrow(
      /built without mask/,
    );
    expect((await bare.export({ ...visitor, format: 'json' })).format).toBe('json');
    await expect(bare.forget(visitor)).resolves.not.toThrow();
  });
});
