import type { Lexicon } from '../lexicon.ts';
import { ENGLISH_LEXICONS } from '../lexicons/english.ts';
import { ethnicity } from '../lexicons/ethnicity.ts';
import { gender } from '../lexicons/gender.ts';
import { health } from '../lexicons/health.ts';
import { orientation } from '../lexicons/orientation.ts';
import { politics } from '../lexicons/politics.ts';
import { religion } from '../lexicons/religion.ts';
import { union } from '../lexicons/union.ts';
import type { Recognizer } from '../recognizer.ts';
import { compileLexicons, findWordSpans } from '../words.ts';

/** The special categories (GDPR Art. 9) as word lists per category, in bokmål, nynorsk and English. */
export const LEXICONS: readonly Lexicon[] = [
  health,
  gender,
  orientation,
  politics,
  religion,
  ethnicity,
  union,
  ...ENGLISH_LEXICONS,
];

export const SPECIAL_CATEGORY_WORDS = compileLexicons(LEXICONS);

export const specialCategoryWords: Recognizer = {
  name: 'special-category words (lexicons with compounds, cues and trailing phrases)',
  find: (document) => findWordSpans(document, SPECIAL_CATEGORY_WORDS),
};
