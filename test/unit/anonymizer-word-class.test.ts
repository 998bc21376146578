import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textDocument } from '../../shared/anonymizer/document.ts';
import { WordClass } from '../../shared/anonymizer/word-class.ts';

const tokensOf = (text: string) => textDocument(text).tokens;

describe('WordClass', () => {
  const prepositions = new WordClass(() => ['i', 'på', 'fra', 'frå']);
  const kin = new WordClass(() => ['mor', 'far', 'bror']);
  // A word in two classes, and a class with a word that is not lower case.
  const both = new WordClass(() => ['på', 'mor']);
  const forms = new WordClass(() => ['AS', 'ASA']);

  it('holds a token exactly when its lower-case form is one of the words', () => {
    const classes = [prepositions, kin, both, forms];
    for (const token of tokensOf('Mor bor PÅ Frå i Aust-Agder, far er hos AS Bror og ASA')) {
      for (const wordClass of classes) expect(wordClass.holds(token)).toBe(wordClass.has(token.lower));
    }
    const [mor, , pa] = tokensOf('Mor bor PÅ');
    expect(mor && kin.holds(mor) && both.holds(mor) && !prepositions.holds(mor)).toBe(true);
    expect(pa && prepositions.holds(pa) && both.holds(pa) && !kin.holds(pa)).toBe(true);
    // "AS" lowers to "as", which the class does not list: as `has(token.lower)` answers.
    const [as] = tokensOf('AS');
    expect(as && forms.holds(as)).toBe(false);
  });

  it('keeps what it found on the token, so a class asks the table once per token', () => {
    const [token] = tokensOf('far');
    expect(token?.classes).toBeUndefined();
    expect(token && kin.holds(token)).toBe(true);
    const found = token?.classes;
    expect(found).toBeInstanceOf(Uint32Array);
    expect(token && prepositions.holds(token)).toBe(false);
    expect(token?.classes).toBe(found);
  });

  it('answers for a class made after the table was built, on a token looked up before it', () => {
    const [token] = tokensOf('onkel');
    expect(token && kin.holds(token)).toBe(false);
    const later = new WordClass(() => ['onkel']);
    expect(token && later.holds(token)).toBe(true);
    expect(token && kin.holds(token)).toBe(false);
  });

  it('tells apart more classes than one 32-bit lane holds', () => {
    const many = Array.from({ length: 70 }, (_, i) => new WordClass(() => [`ord${i}`]));
    for (const i of [0, 31, 32, 33, 63, 64, 69]) {
      const [token] = tokensOf(`ord${i}`);
      if (!token) throw new Error('no token');
      expect(many.map((wordClass, j) => [j, wordClass.holds(token)]).filter(([, held]) => held)).toEqual([
        [i, true],
      ]);
    }
  });

  it('agrees with a set of the same words for any words and any text', () => {
    const word = fc.stringMatching(/^[a-zæøåA-ZÆØÅ]{1,6}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        fc.array(word),
        (lists, words) => {
          const classes = lists.map((list) => new WordClass(() => list));
          const sets = lists.map((list) => new Set(list));
          for (const token of tokensOf(words.join(' '))) {
            classes.forEach((wordClass, i) => {
              expect(wordClass.holds(token)).toBe(sets[i]?.has(token.lower));
            });
          }
        },
      ),
    );
  });
});
