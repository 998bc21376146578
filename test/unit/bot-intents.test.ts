import { describe, expect, it } from 'vitest';
import { type IntentSetInput, parseIntentSet } from '#shared/chat/bot/intent-set';
import { DEFAULT_INTENTS, intentTitle } from '#shared/chat/bot/intents';
import { normalize, tokenize } from '#shared/chat/bot/normalize';

const answer = { nb: 'Svar', nn: 'Svar', en: 'Answer' };

function anIntentSetJson(overrides: Partial<IntentSetInput> = {}): IntentSetInput {
  return {
    greeting: { nb: 'Hei', nn: 'Hei', en: 'Hi' },
    fallback: { nb: 'Vet ikke', nn: 'Veit ikkje', en: 'Do not know' },
    intents: [{ name: 'library', title: { nb: 'T', nn: 'T', en: 'T' }, examples: ['bibliotek'], answer }],
    ...overrides,
  };
}

/** Every text of the default set with its language. */
const texts = [
  DEFAULT_INTENTS.greeting,
  DEFAULT_INTENTS.fallback,
  ...DEFAULT_INTENTS.intents.map((intent) => intent.answer),
];

describe('DEFAULT_INTENTS', () => {
  it('has the intents of the brief', () => {
    expect(DEFAULT_INTENTS.intents.map((intent) => intent.name).sort()).toEqual([
      'building_permit',
      'contact',
      'greeting',
      'kindergarten',
      'opening_hours',
      'property_tax',
      'thanks',
      'waste_collection',
    ]);
  });

  it('is written in real nynorsk, not bokmål copied', () => {
    const bokmaalOnly = /\b(jeg|ikke|hva|hvordan|hvilke|finner|også|noe|bare|hentes|slettes)\b/i;
    const nynorskOnly = /\b(eg|ikkje|kva|korleis|finn|òg|noko|berre|dei|frå)\b/i;

    for (const text of texts) {
      expect(text.nn).not.toBe(text.nb);
      expect(text.nn).not.toMatch(bokmaalOnly);
      expect(text.nb).not.toMatch(nynorskOnly);
    }
  });

  it('claims no phone numbers, prices or dates, and sends the visitor to servicetorget', () => {
    for (const text of texts) {
      for (const value of [text.nb, text.nn, text.en]) expect(value).not.toMatch(/\d{3}|kr\b|NOK/);
    }

    expect(DEFAULT_INTENTS.fallback.nb).toMatch(/servicetorget.*kontaktside/);
    expect(DEFAULT_INTENTS.fallback.nn).toMatch(/servicetorget.*kontaktsida/);
    expect(DEFAULT_INTENTS.fallback.en).toMatch(/service centre.*contact page/);
  });

  // No function parses the built-in set at import: it must be written as the schema leaves it.
  it('is valid as written, its own JSON form, with every default spelled out', () => {
    const json = JSON.parse(JSON.stringify(DEFAULT_INTENTS));

    expect(parseIntentSet(json)).toEqual(DEFAULT_INTENTS);
  });
});

describe('parseIntentSet', () => {
  it('fills in the weights and the minimum score', () => {
    const set = parseIntentSet(anIntentSetJson());

    expect(set.minScore).toBe(0.5);
    expect(set.intents[0]?.weight).toBe(1);
  });

  it.each([
    [
      'a duplicate intent name',
      { intents: [...(anIntentSetJson().intents ?? []), ...(anIntentSetJson().intents ?? [])] },
    ],
    [
      'an intent named fallback',
      { intents: [{ name: 'fallback', title: { nb: 'T', nn: 'T', en: 'T' }, examples: ['x y'], answer }] },
    ],
    [
      'a name unfit for a statistics key',
      {
        intents: [{ name: 'Library Hours', title: { nb: 'T', nn: 'T', en: 'T' }, examples: ['bok'], answer }],
      },
    ],
    [
      'an example with no words',
      {
        intents: [
          { name: 'library', title: { nb: 'T', nn: 'T', en: 'T' }, examples: ['[nummer] ?!'], answer },
        ],
      },
    ],
    [
      'a missing nynorsk answer',
      {
        intents: [
          {
            name: 'library',
            title: { nb: 'T', nn: 'T', en: 'T' },
            examples: ['bok'],
            answer: { nb: 'a', en: 'b' },
          },
        ],
      },
    ],
    ['an intent without a title', { intents: [{ name: 'library', examples: ['bok'], answer }] }],
    [
      'a title missing nynorsk',
      {
        intents: [{ name: 'library', title: { nb: 'Bibliotek', en: 'Library' }, examples: ['bok'], answer }],
      },
    ],
    ['an unknown field', { colour: 'blue' }],
    ['no intents', { intents: [] }],
  ])('rejects %s', (_, overrides) => {
    expect(() => parseIntentSet({ ...anIntentSetJson(), ...overrides })).toThrow();
  });
});

describe('tokenize', () => {
  it('lowercases, strips punctuation and splits on anything but letters and digits', () => {
    expect(tokenize('Hvordan søker jeg BARNEHAGEPLASS?!')).toEqual([
      'hvordan',
      'soker',
      'jeg',
      'barnehageplass',
    ]);
  });

  it('folds æøå and their old spellings so both ways of typing meet', () => {
    expect(tokenize('Åpningstider søppel ÆRE')).toEqual(tokenize('aapningstider soeppel aere'));
    expect(tokenize('åpningstider')).toEqual(['apningstider']);
  });

  it('applies Unicode NFKC, so composed, decomposed and full-width letters are alike', () => {
    expect(tokenize('a\u030Apent ｔａｋｋ')).toEqual(tokenize('åpent takk'));
  });

  it('drops masked labels whole, whatever the category', () => {
    expect(tokenize('Ring [nummer] om [helse] eller [e-post] / [ip-adresse]')).toEqual([
      'ring',
      'om',
      'eller',
    ]);
    expect(normalize('[NUMMER]').trim()).toBe('');
  });
});

describe('intentTitle', () => {
  it('names each intent in the editor language, the fallback as "no answer", and a retired intent by its id', () => {
    expect(intentTitle('kindergarten', 'nb')).toBe('Barnehage');
    expect(intentTitle('building_permit', 'nn')).toBe('Byggjesak');
    expect(intentTitle('waste_collection', 'en')).toBe('Waste collection');
    expect(intentTitle('fallback', 'nb')).toBe('Uten svar');
    expect(intentTitle('fallback', 'nn')).toBe('Utan svar');
    expect(intentTitle('parking_2019', 'nb')).toBe('parking_2019');
  });

  it('gives every intent of the default set a title in each language that is not its code name', () => {
    for (const intent of DEFAULT_INTENTS.intents) {
      for (const lang of ['nb', 'nn', 'en'] as const) {
        expect(intentTitle(intent.name, lang)).not.toBe(intent.name);
      }
    }
  });
});
