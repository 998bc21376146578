import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mask, RULESET_VERSION } from '#shared/anonymizer/anonymizer';

interface CorpusCase {
  text: string;
  hide: string[];
  keep: string[];
  cat: string;
}

const corpus: CorpusCase[] = readFileSync(
  new URL('../../../shared/corpus/pii-public.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as CorpusCase);

// This rules cover numbers and contact details; the other categories arrive with the
// full Norwegian rule set, but their "keep" strings must already survive.
const COVERED = new Set(['number', 'contact', 'benign']);

describe('mask', () => {
  it.each([
    ['Ring meg på 912 34 567 i dag', 'Ring meg på [nummer] i dag'],
    ['Mobil +47 400 12 345 etter fire', 'Mobil [nummer] etter fire'],
    ['konto 1234.56.78903', 'konto [nummer]'],
    ['fnr 010190 12345', 'fnr [nummer]'],
    ['kort 4925 1234 5678 9012', 'kort [nummer]'],
    ['ref 12-34-567', 'ref [nummer]'],
    ['skriv til ola.nordmann@example.no', 'skriv til [e-post]'],
    ['fra 192.168.10.1 i går', 'fra [ip-adresse] i går'],
    ['adresse 2001:db8::2:1 og fe80::1', 'adresse [ip-adresse] og [ip-adresse]'],
  ])('masks %j whole', (input, expected) => {
    expect(mask(input).text).toBe(expected);
  });

  it.each([
    'Åpent kl. 18:30 i dag',
    'Møtet er 14. mars 2026',
    'Rema 1000 ved torget',
    'Vi har 3 barn og 123456 kroner',
    'Tømming 12:00:30',
  ])('keeps %j as it is', (input) => {
    expect(mask(input).text).toBe(input);
  });

  it('reports categories found, never the values', () => {
    const result = mask('Ring 912 34 567 eller skriv til a@b.no');

    expect(result.categories).toEqual(['email', 'number']);
    expect(result.rulesetVersion).toBe(RULESET_VERSION);
    expect(JSON.stringify(result)).not.toContain('912');
  });

  it.each(corpus.filter((c) => COVERED.has(c.cat)))('hides and keeps what the corpus says: $text', (c) => {
    const { text } = mask(c.text);

    for (const hidden of c.hide) expect(text).not.toContain(hidden);
    for (const kept of c.keep) expect(text).toContain(kept);
  });

  it.each(corpus)('keeps the words the corpus marks to keep: $text', (c) => {
    const { text } = mask(c.text);

    for (const kept of c.keep) expect(text).toContain(kept);
  });

  it('is idempotent and never leaves 7 digits in a row, on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (input) => {
        const once = mask(input).text;
        expect(mask(once).text).toBe(once);
        expect(once).not.toMatch(/\d{7}/);
      }),
      { numRuns: 500 },
    );
  });

  it('masks any number of more than 6 digits, however it is grouped', () => {
    const grouped = fc
      .array(fc.stringMatching(/^\d{1,4}$/), { minLength: 2, maxLength: 5 })
      .chain((groups) => fc.tuple(fc.constant(groups), fc.constantFrom(' ', '.', '-')))
      .filter(([groups]) => groups.join('').length > 6);
    fc.assert(
      fc.property(grouped, ([groups, sep]) => {
        const number = groups.join(sep);
        // Four dotted groups of at most 255 are an IPv4 address, masked whole as such.
        expect(mask(`nummer ${number} takk`).text).toMatch(/^nummer \[(nummer|ip-adresse)\] takk$/);
      }),
    );
  });
});
