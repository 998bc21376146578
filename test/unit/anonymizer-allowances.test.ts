import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IDENTIFIERS, mask, maskWith } from '#shared/anonymizer/anonymizer';
import { parseCorpus } from '#shared/anonymizer/evaluate';
import type { Recognizer } from '#shared/anonymizer/recognizer';
import { RECOGNIZERS } from '#shared/anonymizer/recognizers/index';

/** Every recognizer run on every text, the allowances' too, as `mask` did before it skipped them. */
const EVERY_TIME: readonly Recognizer[] = RECOGNIZERS.map((recognizer) => ({
  ...recognizer,
  allowancesOnly: false,
}));

const FIXTURES = new URL('../fixtures/anonymizer/', import.meta.url);
const corpusTexts = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.jsonl'))
  .flatMap((file) => parseCorpus(readFileSync(new URL(file, FIXTURES), 'utf8')).map((c) => c.text));

/** Words that make findings of each kind and the allowances that may drop them, in any order. */
const WORDS = [
  'jeg',
  'sønnen min',
  'har',
  'diabetes',
  'kurs i',
  'epilepsi',
  'informasjon om',
  'demens',
  'Kari Nordmann',
  'Frida',
  'Wergeland skole',
  'Foreldrerådet',
  'bor i',
  'Storgata 5',
  'Fevik',
  'muslim',
  'Skeive dager',
  'kvinner',
  'eller',
  'menn',
  'ring',
  '912 34 567',
  'kari@example.no',
  ',',
  '.',
];
const texts = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

describe('mask runs the recognizers of allowances only when they could drop something', () => {
  it('masks every text of the corpora as it does with every recognizer run every time', () => {
    expect(corpusTexts.length).toBeGreaterThan(1000);
    for (const text of corpusTexts) {
      expect(mask(text, { ownNames: ['Frida'] })).toEqual(
        maskWith(EVERY_TIME, text, { ownNames: ['Frida'] }),
      );
    }
  });

  it('masks texts mixing findings and allowances as with every recognizer run every time', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(mask(text, { ownNames: ['Frida'] })).toEqual(
          maskWith(EVERY_TIME, text, { ownNames: ['Frida'] }),
        );
        expect(mask(text, { only: IDENTIFIERS })).toEqual(maskWith(EVERY_TIME, text, { only: IDENTIFIERS }));
      }),
      { numRuns: 1500 },
    );
  });

  it('still lets an allowance keep what it allows: a topic, an institution, the site’s own name', () => {
    expect(mask('Har dere kurs i førstehjelp ved epilepsi?').text).toBe(
      'Har dere kurs i førstehjelp ved epilepsi?',
    );
    expect(mask('Sønnen min går på Wergeland skole').text).toBe('Sønnen min går på Wergeland skole');
    expect(mask('Hei Frida, takk for svaret', { ownNames: ['Frida'] }).text).toBe(
      'Hei Frida, takk for svaret',
    );
  });
});
