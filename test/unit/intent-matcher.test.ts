import { describe, expect, it } from 'vitest';
import { IntentMatcherBot, tokenize } from '#shared/chat/bot/intent-matcher';
import { DEFAULT_INTENTS } from '#shared/chat/bot/intents';
import type { BotEngine } from '#shared/chat/bot/ports';
import type { Language } from '#shared/sites';

const bot = new IntentMatcherBot();
const ask = (text: string, lang: Language = 'nb') => bot.reply({ siteId: 'demo', lang, text });

describe('IntentMatcherBot', () => {
  it.each([
    ['Når tømmes søppelet?', 'waste_collection'],
    ['Kva dag er det bosshenting hos meg?', 'waste_collection'],
    ['When is my bin collected?', 'waste_collection'],
    ['Hva er åpningstidene til servicetorget?', 'opening_hours'],
    ['Kva er opningstidene?', 'opening_hours'],
    ['Hvordan søker jeg BARNEHAGEPLASS?', 'kindergarten'],
    ['Korleis søkjer eg plass i barnehagen?', 'kindergarten'],
    ['Må jeg sende byggesøknad for en garasje?', 'building_permit'],
    ['Do I need a building permit?', 'building_permit'],
    ['Hvor mye er eiendomsskatten?', 'property_tax'],
    ['Kor mykje er eigedomsskatten?', 'property_tax'],
    ['Hvordan kan jeg kontakte kommunen på telefon?', 'contact'],
    ['Hei!', 'greeting'],
    ['Tusen takk', 'thanks'],
  ])('recognises %j as %s', async (text, intent) => {
    expect((await ask(text)).intent).toBe(intent);
  });

  it('falls back, not answered, on questions it does not know', async () => {
    const reply = await ask('Kan jeg få refusjon for parkeringsbot?');

    expect(reply).toEqual({ text: DEFAULT_INTENTS.fallback.nb, intent: 'fallback', answered: false });
  });

  it('answers in the conversation’s language, with real nynorsk', async () => {
    const nb = await ask('barnehage', 'nb');
    const nn = await ask('barnehage', 'nn');
    const en = await ask('barnehage', 'en');

    expect(new Set([nb.text, nn.text, en.text]).size).toBe(3);
    expect(nn.text).toMatch(/søkjer|sida/);
  });

  it('ignores masked labels and handles a 2000-character message', async () => {
    expect(tokenize('Ring [nummer] om [helse]')).toEqual(['ring', 'om']);
    expect((await ask(`${'bla '.repeat(495)}renovasjon`)).intent).toBe('waste_collection');
  });

  it('is one engine among others behind the port', async () => {
    const echo: BotEngine = {
      greeting: () => ({ text: 'hello' }),
      reply: async ({ text }) => ({ text, intent: 'echo', answered: true }),
    };

    expect(await echo.reply({ siteId: 'demo', lang: 'en', text: 'x' })).toEqual({
      text: 'x',
      intent: 'echo',
      answered: true,
    });
    expect(bot.greeting('demo', 'nn').text).toBe(DEFAULT_INTENTS.greeting.nn);
  });
});
