import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '#shared/anonymizer/matches';

/** What a test compares of a match: where, what, its groups. */
const shape = (match: RegExpMatchArray) => ({
  index: match.index,
  values: [...match],
  groups: match.groups ? { ...match.groups } : undefined,
});

/** Patterns of the kinds the anonymizer scans with, and some that match the empty string. */
const PATTERNS: readonly RegExp[] = [
  /[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[-/][\p{L}\p{N}]+)*\+?/gu,
  /(?<![\p{L}\p{N}])(?<digits>\d{3})\s?(\d{2})(?![\p{N}])/gu,
  /(?<=\bbor\s)\p{Lu}\p{L}+/gu,
  /x*/g,
  /(?:)/gu,
  /\p{L}?/gu,
  /a|ab/gi,
  /[😀-🙏]|./gu,
  /\b/g,
];

/** Text with letters, digits, spaces, Norwegian letters and characters outside the BMP. */
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'b',
    'x',
    'Å',
    'ø',
    '1',
    '2',
    '3',
    ' ',
    '-',
    "'",
    'bor ',
    'Oslo',
    '😀',
    '\u{1F64F}',
  ),
  maxLength: 40,
});

describe('allMatches', () => {
  it('finds exactly what matchAll finds, empty matches and surrogate pairs included', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...PATTERNS), (value, pattern) => {
        expect(allMatches(value, pattern).map(shape)).toEqual([...value.matchAll(pattern)].map(shape));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves the pattern as it was, also when it was left mid-scan by someone else', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    expect(allMatches('12 345 6', pattern).map((match) => match[0])).toEqual(['12', '345', '6']);
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern without the g flag, as matchAll does, instead of looping for ever', () => {
    expect(() => allMatches('abc', /b/)).toThrow(TypeError);
    expect(() => 'abc'.matchAll(/b/)).toThrow(TypeError);
  });
});
