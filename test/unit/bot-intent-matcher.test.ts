import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntentMatcherBot } from '#shared/chat/bot/intent-matcher';
import { type IntentSetInput, parseIntentSet } from '#shared/chat/bot/intent-set';
import { DEFAULT_INTENTS } from '#shared/chat/bot/intents';
import { tokenize } from '#shared/chat/bot/normalize';
import type { Language } from '#shared/languages';

const bot = new IntentMatcherBot();
const ask = (text: string, lang: Language = 'nb', engine = bot) =>
  engine.reply({ siteId: 'demo', lang, text });

/** An intent of the small sets: its name, its examples, a one-letter answer. */
const topic =
  (name: 'parking' | 'library', answer: string) =>
  (...examples: string[]) => ({
    name,
    title: { nb: 'T', nn: 'T', en: 'T' },
    examples,
    answer: { nb: answer, nn: answer, en: answer },
  });
const parking = topic('parking', 'P');
const library = topic('library', 'B');

/** A small intent set with overrides, for the scoring rules. */
function anIntentSet(overrides: Partial<IntentSetInput> = {}) {
  return parseIntentSet({
    greeting: { nb: 'Hei fra testkommune', nn: 'Hei frå testkommune', en: 'Hello from test' },
    fallback: { nb: 'Vet ikke', nn: 'Veit ikkje', en: 'Do not know' },
    intents: [parking('parkering', 'parking'), library('bibliotek', 'library')],
    ...overrides,
  });
}

const PHRASINGS: Record<string, Record<Language, string[]>> = {
  greeting: {
    nb: ['Hei!', 'HALLO', 'God dag', 'Heisann', 'god morgen'],
    nn: ['Hei på deg', 'Goddag!', 'God kveld', 'Hallo, er det nokon der?'],
    en: ['Hello', 'Hi there!', 'Good morning', 'hey'],
  },
  opening_hours: {
    nb: [
      'Hva er åpningstidene?',
      'Når har dere åpent?',
      'Når åpner servicetorget i morgen?',
      'Er rådhuset ÅPENT i julen?',
      'Når stenger dere?',
      'apningstider',
    ],
    nn: [
      'Kva er opningstidene?',
      'Når er de opne?',
      'Kva tid opnar dykk?',
      'Har de ope på laurdag?',
      'Når stengjer servicetorget?',
    ],
    en: [
      'What are your opening hours?',
      'When are you open?',
      'Are you open today?',
      'When is closing time on Friday?',
      'Is the town hall closed on Monday?',
    ],
  },
  waste_collection: {
    nb: [
      'Når tømmes søppelet?',
      'Hvilken dag er tømmedagen for restavfall?',
      'Hvor leverer jeg farlig avfall?',
      'Renovasjonen kom ikke i dag',
      'SØPPELDUNKEN ble ikke tømt',
      'soppel',
    ],
    nn: [
      'Kva dag er det bosshenting hos meg?',
      'Når blir bosset henta?',
      'Kvar kan eg levere hageavfall?',
      'Søppeldunken vart ikkje tømd',
      'Korleis skal eg sortere plastemballasje?',
    ],
    en: [
      'When is my bin collected?',
      'When is rubbish collection?',
      'Where can I recycle glass?',
      'What goes in the GARBAGE?',
      'Which is my collection day?',
    ],
  },
  kindergarten: {
    nb: [
      'Hvordan søker jeg BARNEHAGEPLASS?',
      'Når er fristen for hovedopptaket?',
      'Hva koster barnehagen?',
      'Hvilke barnehager finnes i kommunen?',
      'bArNeHaGe',
    ],
    nn: [
      'Korleis søkjer eg plass i barnehagen?',
      'Kva kostar barnehageplassen?',
      'Når er søknadsfristen for hovudopptaket?',
      'Søknad om barnehageplass',
    ],
    en: [
      'How do I apply for a kindergarten place?',
      'Kindergarten fees',
      'Is there a nursery near me?',
      'daycare for my son',
    ],
  },
  building_permit: {
    nb: [
      'Må jeg sende byggesøknad for en garasje?',
      'Hvordan søker jeg om å bygge på huset?',
      'Trenger jeg ferdigattest?',
      'Hvor lang tid tar byggesaken min?',
    ],
    nn: [
      'Må eg søkje om byggjeløyve for eit tilbygg?',
      'Korleis søkjer eg om å byggje?',
      'Kor lang tid tek byggjesaka?',
    ],
    en: [
      'Do I need a building permit?',
      'Do I need planning permission for a shed?',
      'Can I get permission to build an extension?',
    ],
  },
  property_tax: {
    nb: ['Hvor mye er eiendomsskatten?', 'Hvorfor må jeg betale skatt på huset?', 'EIENDOMSSKATT'],
    nn: ['Kor mykje er eigedomsskatten?', 'Korleis klagar eg på eigedomsskatten?', 'Skatt på hytta?'],
    en: ['How much is the property tax?', 'Property taxes', 'When is council tax due?'],
  },
  contact: {
    nb: [
      'Hvordan kan jeg kontakte kommunen?',
      'Hva er telefonnummeret?',
      'Hva er e-postadressen deres?',
      'Jeg vil snakke med en saksbehandler',
    ],
    nn: [
      'Korleis kan eg kontakte kommunen?',
      'Eg vil snakke med ein sakshandsamar',
      'Kven kan eg ringje?',
      'Kva er telefonnummeret til servicetorget?',
    ],
    en: ['How do I contact you?', 'What is your phone number?', 'Can I speak to someone?', 'EMAIL address'],
  },
  thanks: {
    nb: ['Takk!', 'Tusen takk', 'takk for hjelpen', 'Mange takk!'],
    nn: ['Takk skal du ha', 'Tusen takk for svaret'],
    en: ['Thanks!', 'Thank you so much', 'thx'],
  },
};

const CASES = Object.entries(PHRASINGS).flatMap(([intent, byLang]) =>
  (Object.entries(byLang) as [Language, string[]][]).flatMap(([lang, texts]) =>
    texts.map((text) => ({ intent, lang, text })),
  ),
);

describe('IntentMatcherBot', () => {
  it.each(CASES)('recognises $lang $text as $intent', async ({ intent, lang, text }) => {
    const reply = await ask(text, lang);

    expect(reply.intent).toBe(intent);
    expect(reply.answered).toBe(true);
  });

  it('covers every intent of the default set in every language', () => {
    const covered = new Set(CASES.map((c) => `${c.intent}/${c.lang}`));

    for (const intent of DEFAULT_INTENTS.intents) {
      for (const lang of ['nb', 'nn', 'en'] as const) expect(covered).toContain(`${intent.name}/${lang}`);
    }
  });

  it.each([
    ['Kan jeg få refusjon for parkeringsbot?', 'nb'],
    ['Hvem vant kampen i går?', 'nb'],
    ['Kva er klokka?', 'nn'],
    ['What is the meaning of life?', 'en'],
    ['???', 'en'],
    ['12345', 'nb'],
  ] as const)('falls back, not answered, on %j', async (text, lang) => {
    const reply = await ask(text, lang);

    expect(reply).toEqual({ text: DEFAULT_INTENTS.fallback[lang], intent: 'fallback', answered: false });
  });

  it('answers in the conversation’s language, nynorsk differing from bokmål', async () => {
    const [nb, nn, en] = await Promise.all(
      (['nb', 'nn', 'en'] as const).map((lang) => ask('Korleis søkjer eg barnehageplass?', lang)),
    );

    expect(nb?.text).toBe(DEFAULT_INTENTS.intents.find((i) => i.name === 'kindergarten')?.answer.nb);
    expect(nn?.text).toMatch(/søkjer/);
    expect(en?.text).toMatch(/kindergarten/);
    expect(new Set([nb?.text, nn?.text, en?.text]).size).toBe(3);
  });

  it('lets a topic win over small talk, and small talk win alone', async () => {
    expect((await ask('Hei, når tømmes søppelet?')).intent).toBe('waste_collection');
    expect((await ask('Takk! Og hva med eiendomsskatten?')).intent).toBe('property_tax');
    expect((await ask('Tusen takk for hjelpen med barnehagen')).intent).toBe('thanks');
    expect((await ask('Hei')).intent).toBe('greeting');
  });

  it('weighs a phrase more than a single word', async () => {
    const engine = new IntentMatcherBot({
      defaults: anIntentSet({
        intents: [parking('parkering'), library('lån av bøker')],
      }),
    });

    const reply = await ask('Parkering ved lån av bøker', 'nb', engine);

    expect(reply.intent).toBe('library');
  });

  it('matches a phrase only in order and with at most two words between', async () => {
    const engine = new IntentMatcherBot({
      defaults: anIntentSet({
        intents: [library('lån av bøker')],
      }),
    });

    expect((await ask('lån av mange gamle bøker', 'nb', engine)).intent).toBe('library');
    expect((await ask('lån av svært mange gamle bøker', 'nb', engine)).intent).toBe('fallback');
    expect((await ask('bøker av lån', 'nb', engine)).intent).toBe('fallback');
  });

  it('matches a stem of four letters or more by prefix, and a shorter one exactly', async () => {
    const engine = new IntentMatcherBot({
      defaults: anIntentSet({
        intents: [parking('park'), library('bok')],
      }),
    });

    expect((await ask('parkeringsplass', 'nb', engine)).intent).toBe('parking');
    expect((await ask('bok', 'nb', engine)).intent).toBe('library');
    expect((await ask('bokhylle', 'nb', engine)).intent).toBe('fallback');
    expect((await ask('sparkesykkel', 'nb', engine)).intent).toBe('fallback');
  });

  it('counts an example once, however often the visitor repeats it', async () => {
    const engine = new IntentMatcherBot({
      defaults: anIntentSet({
        intents: [parking('parkering'), library('bibliotek', 'bøker')],
      }),
    });

    const reply = await ask('parkering parkering parkering ved biblioteket for bøker', 'nb', engine);

    expect(reply.intent).toBe('library');
  });

  it('gives a tie to the intent listed first, every time', async () => {
    const engine = new IntentMatcherBot({ defaults: anIntentSet() });

    const replies = await Promise.all([1, 2, 3].map(() => ask('parkering ved biblioteket', 'nb', engine)));

    expect(replies.map((r) => r.intent)).toEqual(['parking', 'parking', 'parking']);
  });

  it('falls back below the set’s minimum score', async () => {
    const engine = new IntentMatcherBot({ defaults: anIntentSet({ minScore: 2 }) });

    expect((await ask('parkering', 'nb', engine)).intent).toBe('fallback');
    expect((await ask('parkering og parking', 'nb', engine)).intent).toBe('parking');
  });

  it('uses a site’s own intents and greeting, and the defaults for every other site', async () => {
    const engine = new IntentMatcherBot({ sites: { testby: anIntentSet() } });

    const own = await engine.reply({ siteId: 'testby', lang: 'nn', text: 'Kvar er biblioteket?' });
    const other = await engine.reply({ siteId: 'demo', lang: 'nn', text: 'Kvar er biblioteket?' });

    expect(own).toEqual({ text: 'B', intent: 'library', answered: true });
    expect(other).toEqual({ text: DEFAULT_INTENTS.fallback.nn, intent: 'fallback', answered: false });
    expect(engine.greeting('testby', 'nn')).toEqual({ text: 'Hei frå testkommune' });
    expect(engine.greeting('demo', 'en')).toEqual({ text: DEFAULT_INTENTS.greeting.en });
  });

  it('ignores masked labels, even ones that spell an example', async () => {
    expect((await ask('Ring meg på [nummer]')).intent).toBe('fallback');
    expect((await ask('Min adresse er [e-post]')).intent).toBe('fallback');
    expect((await ask('[nummer] [e-post] [ip-adresse] [helse]')).intent).toBe('fallback');
    expect((await ask('Søppelet hos [nummer] er ikke hentet')).intent).toBe('waste_collection');
  });

  it('answers a 2000-character message from the words in it', async () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(80).slice(0, 1980);
    const text = `${filler} eiendomsskatt`.slice(0, 2000);

    const reply = await ask(text);

    expect(text.length).toBeLessThanOrEqual(2000);
    expect(reply.intent).toBe('property_tax');
  });

  // Its cost is timed in `npm run bench` ("a phrase never completed").
  it('falls back on a message that repeats a phrase’s words without completing it', async () => {
    const engine = new IntentMatcherBot({
      defaults: anIntentSet({
        intents: [library('om om om om om om bok')],
      }),
    });
    const text = 'om '.repeat(666);

    const reply = await ask(text, 'nb', engine);

    expect(reply.intent).toBe('fallback');
  });

  it('is deterministic: the same message always gets the same reply', async () => {
    const text = 'Hei! Når åpner servicetorget, og hvordan søker jeg barnehageplass?';

    const replies = await Promise.all(Array.from({ length: 5 }, () => ask(text)));

    expect(new Set(replies.map((r) => JSON.stringify(r))).size).toBe(1);
  });

  it('matches the words the caller already split instead of splitting the text again', async () => {
    const text = 'Korleis søkjer eg barnehageplass?';

    const given = await bot.reply({
      siteId: 'demo',
      lang: 'nn',
      text,
      words: tokenize('Når tømmes søppelet?'),
    });
    const own = await bot.reply({ siteId: 'demo', lang: 'nn', text, words: tokenize(text) });

    expect(given.intent).toBe('waste_collection');
    expect(own).toEqual(await ask(text, 'nn'));
  });
});

/**
 * The scoring rules read straight from the matcher's documentation, trying every intent and
 * every example with no index: the matcher's index must never change which intent answers.
 */
function scoredByRules(set: ReturnType<typeof parseIntentSet>, text: string): string {
  const words = tokenize(text);
  const matches = (word: string, stem: string) =>
    word === stem || (stem.length >= 4 && word.length > stem.length && word.startsWith(stem));
  // The first positions, earliest first, of the stems in order, each at most two words after the last.
  const firstPath = (stems: string[], from: number, path: number[]): number[] | undefined => {
    const [stem, ...rest] = stems;
    if (stem === undefined) return path;
    const last = path.length === 0 ? words.length - 1 : Math.min(words.length - 1, from + 2);
    for (let position = path.length === 0 ? 0 : from; position <= last; position++) {
      if (!matches(words[position] as string, stem)) continue;
      const found = firstPath(rest, position + 1, [...path, position]);
      if (found) return found;
    }
    return undefined;
  };
  let best: { name: string; score: number } | undefined;
  for (const intent of set.intents) {
    const earned = new Map<number, number>();
    for (const example of intent.examples) {
      const stems = tokenize(example);
      const weight = stems.length > 1 ? 1.5 : 1;
      for (const position of firstPath(stems, 0, []) ?? []) {
        earned.set(position, Math.max(earned.get(position) ?? 0, weight));
      }
    }
    const score = [...earned.values()].reduce((sum, weight) => sum + weight, 0) * intent.weight;
    if (score >= set.minScore && (!best || score > best.score)) best = { name: intent.name, score };
  }
  return best?.name ?? 'fallback';
}

describe('IntentMatcherBot against its rules', () => {
  // Few letters, so that words repeat, share prefixes of four letters and more, and complete phrases.
  const word = fc.stringMatching(/^[abe]{2,6}$/);
  const intentSet = fc
    .record({
      minScore: fc.constantFrom(0.5, 1, 2.5),
      intents: fc.array(
        fc.record({
          weight: fc.constantFrom(0.6, 1, 2),
          examples: fc.array(
            fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
            { minLength: 1, maxLength: 5 },
          ),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    })
    .map(({ minScore, intents }) =>
      anIntentSet({
        minScore,
        intents: intents.map(({ weight, examples }, i) => ({
          name: `topic_${i}`,
          title: { nb: 'T', nn: 'T', en: 'T' },
          weight,
          examples,
          answer: { nb: `A${i}`, nn: `A${i}`, en: `A${i}` },
        })),
      }),
    );
  const message = fc.array(word, { maxLength: 14 }).map((w) => w.join(' '));

  it('answers the intent that the rules score best, ties to the first listed', async () => {
    await fc.assert(
      fc.asyncProperty(intentSet, message, async (set, text) => {
        const reply = await ask(text, 'nb', new IntentMatcherBot({ defaults: set }));

        expect(reply.intent).toBe(scoredByRules(set, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds an example of the last intent of the largest set the schema allows', async () => {
    const set = anIntentSet({
      intents: Array.from({ length: 200 }, (_, i) => ({
        name: `topic_${i}`,
        title: { nb: 'T', nn: 'T', en: 'T' },
        examples: Array.from({ length: 500 }, (_, j) => `emne${i}x${j} ord${j}`),
        answer: { nb: `A${i}`, nn: `A${i}`, en: `A${i}` },
      })),
    });
    const engine = new IntentMatcherBot({ defaults: set });

    expect((await ask('Gjelder det emne199x499 ord499?', 'nb', engine)).intent).toBe('topic_199');
    expect((await ask('emne199x499 uten resten', 'nb', engine)).intent).toBe('fallback');
  });
});
