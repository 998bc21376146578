import { describe, expect, it } from 'vitest';
import { IntentMatcherBot } from '#shared/chat/bot/intent-matcher';
import { conversationExportSchema } from '#shared/chat/responses';
import { HmacTokenHasher } from '#shared/chat/token-hasher';
import { makeChat } from '#shared/chat/use-cases';
import type { Language } from '#shared/languages';
import { InMemoryConversations, VISITOR_READERS } from '../support/chat-fakes.ts';
import { FakeClock } from '../support/clock.ts';
import { aSite, sitesOf } from '../support/feedback-fakes.ts';

/**
 * A conversation started at `start`, kept 21 days, with one question asked an hour and a half
 * later, just before midnight in Oslo, and another one just after it.
 */
async function conversationAt(start: string, lang: Language) {
  const clock = new FakeClock(new Date(start));
  const chat = makeChat({
    ...VISITOR_READERS,
    sites: sitesOf(aSite({ id: 'grimstad', name: 'Grimstad kommune' })),
    store: new InMemoryConversations(),
    counters: { record: async () => undefined },
    tokens: new HmacTokenHasher(async () => 'k'.repeat(40)),
    bot: new IntentMatcherBot(),
    clock,
  });
  const started = await chat.start({
    siteId: 'grimstad',
    request: { lang },
    origin: undefined,
    userAgent: undefined,
  });
  const visitor = { siteId: 'grimstad', conversationId: started.conversationId, token: started.token };
  const ask = async (at: string, text: string) => {
    clock.current = new Date(at);
    await chat.post({ ...visitor, origin: undefined, request: { text, lang } });
  };
  return {
    ask,
    text: async () => (await chat.export({ ...visitor, format: 'text' })).body as string,
    json: async () => (await chat.export({ ...visitor, format: 'json' })).body,
  };
}

/**
 * Summer time (+02:00) and winter time (+01:00): each case's start, its two questions and the
 * automatic deletion 21 days after the start, which falls after the change to winter time in
 * October and so an hour earlier on the clock. Milliseconds in the instants are never shown.
 */
const SEASONS = {
  summer: {
    start: '2026-10-12T13:04:09.678Z',
    late: '2026-10-12T21:59:30.000Z',
    afterMidnight: '2026-10-12T22:00:30.000Z',
    iso: {
      startedAt: '2026-10-12T15:04:09+02:00',
      expiresAt: '2026-11-02T14:04:09+01:00',
      late: '2026-10-12T23:59:30+02:00',
      afterMidnight: '2026-10-13T00:00:30+02:00',
    },
  },
  winter: {
    start: '2026-12-01T14:04:09.678Z',
    late: '2026-12-01T22:59:30.000Z',
    afterMidnight: '2026-12-01T23:00:30.000Z',
    iso: {
      startedAt: '2026-12-01T15:04:09+01:00',
      expiresAt: '2026-12-22T15:04:09+01:00',
      late: '2026-12-01T23:59:30+01:00',
      afterMidnight: '2026-12-02T00:00:30+01:00',
    },
  },
} as const;

/** What a person reads for each case: written out here, by hand. */
const READ: Record<
  keyof typeof SEASONS,
  Record<
    Language,
    { title: string; started: string; deletion: string; firstDay: string; nextDay: string; times: string[] }
  >
> = {
  summer: {
    nb: {
      title: 'Samtale med chatboten til Grimstad kommune',
      started: 'Startet: 12. oktober 2026 kl. 15.04',
      deletion:
        'Samtalen slettes automatisk 2. november 2026 kl. 14.04. Vil du slette den før det, velger du «Glem meg» i chatvinduet.',
      firstDay: '12. oktober 2026',
      nextDay: '13. oktober 2026',
      times: ['[kl. 23.59] Du', '[kl. 23.59] Chatbot', '[kl. 00.00] Du', '[kl. 00.00] Chatbot'],
    },
    nn: {
      title: 'Samtale med chatboten til Grimstad kommune',
      started: 'Starta: 12. oktober 2026 kl. 15.04',
      deletion:
        'Samtalen blir sletta automatisk 2. november 2026 kl. 14.04. Vil du slette han før det, vel du «Gløym meg» i chatvindauget.',
      firstDay: '12. oktober 2026',
      nextDay: '13. oktober 2026',
      times: ['[kl. 23.59] Du', '[kl. 23.59] Chatbot', '[kl. 00.00] Du', '[kl. 00.00] Chatbot'],
    },
    en: {
      title: 'Conversation with the chatbot of Grimstad kommune',
      started: 'Started: 12 October 2026 at 15:04',
      deletion:
        'The conversation will be deleted automatically on 2 November 2026 at 14:04. To delete it before then, choose “Forget me” in the chat window.',
      firstDay: '12 October 2026',
      nextDay: '13 October 2026',
      times: ['[23:59] You', '[23:59] Chatbot', '[00:00] You', '[00:00] Chatbot'],
    },
  },
  winter: {
    nb: {
      title: 'Samtale med chatboten til Grimstad kommune',
      started: 'Startet: 1. desember 2026 kl. 15.04',
      deletion:
        'Samtalen slettes automatisk 22. desember 2026 kl. 15.04. Vil du slette den før det, velger du «Glem meg» i chatvinduet.',
      firstDay: '1. desember 2026',
      nextDay: '2. desember 2026',
      times: ['[kl. 23.59] Du', '[kl. 23.59] Chatbot', '[kl. 00.00] Du', '[kl. 00.00] Chatbot'],
    },
    nn: {
      title: 'Samtale med chatboten til Grimstad kommune',
      started: 'Starta: 1. desember 2026 kl. 15.04',
      deletion:
        'Samtalen blir sletta automatisk 22. desember 2026 kl. 15.04. Vil du slette han før det, vel du «Gløym meg» i chatvindauget.',
      firstDay: '1. desember 2026',
      nextDay: '2. desember 2026',
      times: ['[kl. 23.59] Du', '[kl. 23.59] Chatbot', '[kl. 00.00] Du', '[kl. 00.00] Chatbot'],
    },
    en: {
      title: 'Conversation with the chatbot of Grimstad kommune',
      started: 'Started: 1 December 2026 at 15:04',
      deletion:
        'The conversation will be deleted automatically on 22 December 2026 at 15:04. To delete it before then, choose “Forget me” in the chat window.',
      firstDay: '1 December 2026',
      nextDay: '2 December 2026',
      times: ['[23:59] You', '[23:59] Chatbot', '[00:00] You', '[00:00] Chatbot'],
    },
  },
};

const CASES = (Object.keys(SEASONS) as (keyof typeof SEASONS)[]).flatMap((season) =>
  (['nb', 'nn', 'en'] as const).map((lang) => ({ season, lang })),
);

describe('the visitor’s text transcript', () => {
  it.each(CASES)('is written for a person in $lang, in $season time', async ({ season, lang }) => {
    const times = SEASONS[season];
    const expected = READ[season][lang];
    const conversation = await conversationAt(times.start, lang);
    await conversation.ask(times.late, 'Hei');
    await conversation.ask(times.afterMidnight, 'Takk for hjelpa, Kari Nordmann');

    const text = await conversation.text();

    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([expected.title, expected.started, expected.deletion]);
    const days = lines.filter(
      (line) => line === `— ${expected.firstDay} —` || line === `— ${expected.nextDay} —`,
    );
    expect(days).toEqual([`— ${expected.firstDay} —`, `— ${expected.nextDay} —`]);
    const messages = lines.filter((line) => line.startsWith('['));
    expect(messages.map((line) => line.slice(0, line.indexOf(': ')))).toEqual(expected.times);
    // The question as stored, masked.
    expect(messages[2]).toBe(`${expected.times[2]}: Takk for hjelpa, [navn]`);
    // No machine forms: no ISO dates, no UTC, no seconds or milliseconds, no bare site id.
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:|Z\b|\d[.:]\d{2}[.:]\d{2}|\(grimstad\)/);
  });

  it('says when there are no messages yet', async () => {
    const conversation = await conversationAt(SEASONS.winter.start, 'nn');

    const text = await conversation.text();

    expect(text.trimEnd().split('\n').at(-1)).toBe('Samtalen har ingen meldingar enno.');
  });
});

describe('the visitor’s JSON export', () => {
  it.each(Object.keys(SEASONS) as (keyof typeof SEASONS)[])(
    'writes every time as Oslo time with its offset, to the second, in %s time',
    async (season) => {
      const times = SEASONS[season];
      const conversation = await conversationAt(times.start, 'nb');
      await conversation.ask(times.late, 'Hei');
      await conversation.ask(times.afterMidnight, 'Takk');

      const document = conversationExportSchema.parse(await conversation.json());

      expect(document.startedAt).toBe(times.iso.startedAt);
      expect(document.expiresAt).toBe(times.iso.expiresAt);
      expect(document.messages.map((message) => message.at)).toEqual([
        times.iso.late,
        times.iso.late,
        times.iso.afterMidnight,
        times.iso.afterMidnight,
      ]);
    },
  );
});
