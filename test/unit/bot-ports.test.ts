import { describe, expect, it } from 'vitest';
import { IntentMatcherBot } from '#shared/chat/bot/intent-matcher';
import {
  type BotEngine,
  type BotInput,
  type BotReply,
  botReplySchema,
  FALLBACK_INTENT,
} from '#shared/chat/bot/ports';
import type { Language } from '#shared/languages';

/** A stand-in for another engine, such as an external bot over HTTP. */
class ScriptedEngine implements BotEngine {
  readonly seen: BotInput[] = [];

  constructor(private readonly answers: Record<string, unknown>) {}

  greeting(_siteId: string, lang: Language) {
    return { text: lang === 'en' ? 'Welcome' : 'Velkommen' };
  }

  async reply(input: BotInput): Promise<BotReply> {
    this.seen.push(input);
    // What comes over the wire is parsed, as an HTTP adapter would.
    const remote = this.answers[input.text] ?? { text: 'Nei', intent: FALLBACK_INTENT, answered: false };
    return botReplySchema.parse(remote);
  }
}

/** Asks the first engine, and the second when the first could not answer. */
const firstAnswered = (first: BotEngine, second: BotEngine): BotEngine => ({
  greeting: (siteId, lang) => first.greeting(siteId, lang),
  reply: async (input) => {
    const reply = await first.reply(input);
    return reply.answered ? reply : second.reply(input);
  },
});

describe('BotEngine', () => {
  it('can be implemented by another engine, which receives the input and history', async () => {
    const engine: BotEngine = new ScriptedEngine({
      parkering: { text: 'P', intent: 'parking', answered: true },
    });
    const history = [{ role: 'bot', text: 'Hei' } as const];

    const reply = await engine.reply({ siteId: 'demo', lang: 'nb', text: 'parkering', history });

    expect(reply).toEqual({ text: 'P', intent: 'parking', answered: true });
    expect((engine as ScriptedEngine).seen[0]?.history).toEqual(history);
    expect(engine.greeting('demo', 'en')).toEqual({ text: 'Welcome' });
  });

  it('combines with the default engine without either knowing the other', async () => {
    const engine = firstAnswered(
      new ScriptedEngine({ parkering: { text: 'P', intent: 'parking', answered: true } }),
      new IntentMatcherBot(),
    );

    expect((await engine.reply({ siteId: 'demo', lang: 'nb', text: 'parkering' })).intent).toBe('parking');
    expect((await engine.reply({ siteId: 'demo', lang: 'nb', text: 'barnehage' })).intent).toBe(
      'kindergarten',
    );
  });
});

describe('botReplySchema', () => {
  it.each([
    ['an empty text', { text: '', intent: 'parking', answered: true }],
    ['an intent unfit for a statistics key', { text: 'x', intent: 'waste#1 ', answered: true }],
    ['a missing answered flag', { text: 'x', intent: 'parking' }],
    ['an extra field', { text: 'x', intent: 'parking', answered: true, visitor: 'Kari' }],
    ['a text over 4000 characters', { text: 'x'.repeat(4001), intent: 'parking', answered: true }],
  ])('rejects %s from another engine', (_, remote) => {
    expect(botReplySchema.safeParse(remote).success).toBe(false);
  });

  it('accepts every reply of the default engine', async () => {
    const bot = new IntentMatcherBot();

    for (const text of ['hei', 'barnehage', 'noe helt annet']) {
      const reply = await bot.reply({ siteId: 'demo', lang: 'nn', text });
      expect(botReplySchema.parse(reply)).toEqual(reply);
    }
  });
});
