import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeList,
  decodeText,
  encodeList,
  encodeText,
  PART_SEPARATOR,
  unpackParts,
  unpackValue,
} from '#shared/anonymizer/data/codec';
import { packedData, packPayload } from '#shared/anonymizer/data/pack-source';
import { PACKED, PACKED_BYTES } from '#shared/anonymizer/data/packed';
import { expandForms } from '#shared/anonymizer/lexicon';

describe('the packed word lists (data/packed.ts)', () => {
  it('are what `npm run build:anonymizer-data` makes of the lists in data/, lexicons/ and vocabulary/', () => {
    const packed = brotliDecompressSync(decodeText(PACKED, PACKED_BYTES)).toString('utf8');
    const expected = packPayload();
    let from = 0;
    while (from < expected.length && packed[from] === expected[from]) from++;

    // Not toBe: a diff of two 200 KB payloads helps nobody.
    expect(
      packed === expected,
      `packed.ts is out of date (from character ${from}): run \`npm run build:anonymizer-data\``,
    ).toBe(true);
  });

  it('read back as the lists they were packed from', () => {
    const parts = unpackParts(PACKED, PACKED_BYTES);

    expect(unpackValue(JSON.parse(parts.text(0)), parts)).toEqual(packedData());
  });

  it('hold the ordinary words, names and lexicons, none of them empty', () => {
    const data = packedData();
    const letters = (lists: Readonly<Record<string, readonly string[]>>) => Object.values(lists).flat();

    expect(letters(data.ordinaryWords).length).toBeGreaterThan(10_000);
    expect(letters(data.firstNames).length).toBeGreaterThan(2_000);
    expect(letters(data.surnames).length).toBeGreaterThan(1_200);
    expect(data.lexicons.length).toBeGreaterThanOrEqual(7);
    const lexiconForms = Object.values(data.lexiconWords).flatMap(([, ...entries]) =>
      entries.flatMap(expandForms),
    );
    expect(lexiconForms.length).toBeGreaterThan(5_000);
    for (const lists of [data.ordinaryWords, data.firstNames, data.surnames])
      for (const [initial, words] of Object.entries(lists))
        expect(words.every((word) => word.startsWith(initial))).toBe(true);
    // The lexicons' words after a line of their categories.
    for (const [initial, [codes = '', ...entries]] of Object.entries(data.lexiconWords)) {
      const forms = entries.flatMap(expandForms);
      expect(codes).toMatch(/^[0-6a-g]+$/);
      expect(codes.length).toBe(forms.length);
      expect(forms.every((form) => form.startsWith(initial))).toBe(true);
    }
  });
});

describe('the codec of the packed lists', () => {
  const lists = [
    [],
    [''],
    ['a', ''],
    ['høy', 'høyare', 'høyast', 'høye', 'høyere', 'høyt', 'lav', 'lave'],
    ['industri- og næringspartiet', 'lhbt+', "i'm", 'far min', 'x'.repeat(200), `${'x'.repeat(199)}y`, 'z'],
    ['stem|e|t', 'second', 'sec'],
  ];

  it.each(['p', 'd'] as const)('codes a list by %s and reads it back unchanged', (coding) => {
    for (const list of lists) expect(decodeList(encodeList(list, coding))).toEqual(list);
  });

  it('refuses an entry it could not read back', () => {
    expect(() => encodeList(['two\nlines'], 'p')).toThrow(/line break/);
    expect(() => encodeList([`a${PART_SEPARATOR}b`], 'd')).toThrow(/NUL/);
  });

  it("writes bytes as printable ASCII but ' ` \\ $, 13 bits to two characters, and back", () => {
    for (const length of [0, 1, 2, 3, 12, 13, 100, 4096]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 151 + length) & 255);
      const text = encodeText(bytes);

      expect(text).toMatch(/^[\x20-\x23\x25\x26\x28-\x5b\x5d-\x5f\x61-\x7e]*$/);
      expect(text.length).toBe(2 * Math.ceil((length * 8) / 13));
      expect(decodeText(text, length)).toEqual(bytes);
    }
  });
});
