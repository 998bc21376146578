import { ORDINARY_WORD_SET } from '../data/word-sets.ts';
import { expandForms, type Lexicon } from '../lexicon.ts';
import { ENGLISH_LEXICONS } from '../lexicons/english.ts';
import { ethnicity } from '../lexicons/ethnicity.ts';
import { gender } from '../lexicons/gender.ts';
import { health } from '../lexicons/health.ts';
import { HEALTH_TERMS } from '../lexicons/health-terms.ts';
import { orientation } from '../lexicons/orientation.ts';
import { politics } from '../lexicons/politics.ts';
import { religion } from '../lexicons/religion.ts';
import { union } from '../lexicons/union.ts';
import type { Recognizer } from '../recognizer.ts';
import { compileLexicons, findWordSpans } from '../words.ts';

/** The special categories (GDPR Art. 9) as word lists per category, in bokmål, nynorsk and English. */
/**
 * Services, benefits and aids a municipality offers, which visitors ask about for anyone
 * ("Hvordan søker jeg om TT-kort?"), and words the curated lexicon only masks in context
 * ("tilgjengelig med rullestol" is about a building); and phrases led by "går" ("går til
 * psykolog"), whose health word the lists find by itself.
 */
const SERVICES =
  /(?:^går |fysioterapi|ergoterapi|mammografi|ledsagerbevis|trygghetsalarm|tt-kort|hjertestarter|hjemmesykepleie|hjemmetjeneste|avlastning|støttekontakt|rehabilitering|vaksin|screening|helsestasjon|psykisk helse|rullestol|medisin|behandling|legetime|resept|hjelpemiddel|omsorgslønn|brukerstyrt)/;

/**
 * The broad list of health terms, without any whose base form is an ordinary word: a term that
 * is also an everyday word ("tap", "kald") must come from a recognizer that knows its context.
 */
export const BROAD_HEALTH_TERMS = HEALTH_TERMS.filter(
  (entry) => !ORDINARY_WORD_SET.has(expandForms(entry)[0] ?? '') && !SERVICES.test(entry),
);
const healthTerms: Lexicon = { category: 'health', words: BROAD_HEALTH_TERMS };

/** The lexicons curated for this project; the broad health list joins them in LEXICONS. */
export const CURATED_LEXICONS: readonly Lexicon[] = [
  health,
  gender,
  orientation,
  politics,
  religion,
  ethnicity,
  union,
  ...ENGLISH_LEXICONS,
];

const LEXICONS: readonly Lexicon[] = [...CURATED_LEXICONS, healthTerms];

export const SPECIAL_CATEGORY_WORDS = compileLexicons(LEXICONS);

export const specialCategoryWords: Recognizer = {
  name: 'special-category words (lexicons with compounds, cues and trailing phrases)',
  find: (document) => findWordSpans(document, SPECIAL_CATEGORY_WORDS),
};
