import { curatedLexicons, packedLetter, trailingWords } from '../data/word-sets.ts';
import { LEXICON_CATEGORIES } from '../lexicon.ts';
import type { Recognizer } from '../recognizer.ts';
import { type Compiled, compileLexicons, findWordSpans } from '../words.ts';

/**
 * The special categories (GDPR Art. 9) as word lists per category, in bokmål, nynorsk and
 * English (`lexicons/`, packed into `data/packed.ts`): the curated lexicons, then the broad list
 * of health terms (without those that are ordinary words or services; see `lexicons/index.ts`).
 */
let compiled: Compiled | undefined;

/** The lexicons compiled for look-ups, on first use (their words one first letter at a time). */
export function compiledLexicons(): Compiled {
  compiled ??= compileLexicons(
    curatedLexicons(),
    (initial) => packedLetter('lexiconWords', initial),
    trailingWords,
  );
  return compiled;
}

export const specialCategoryWords: Recognizer = {
  name: 'special-category words (lexicons with compounds, cues and trailing phrases)',
  categories: LEXICON_CATEGORIES,
  find: (document) => findWordSpans(document, compiledLexicons()),
};
