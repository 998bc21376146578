/**
 * The special-category lexicons as written, for `scripts/build-anonymizer-data.ts`: it packs
 * them into `data/packed.ts`, which is what the recognizers read. Nothing in a Lambda bundle
 * imports this file.
 */
import { ENGLISH_WORDS, ORDINARY_WORDS } from '../data/ordinary-words.ts';
import { wordList } from '../document.ts';
import { expandForms, type Lexicon } from '../lexicon.ts';
import { ENGLISH_LEXICONS } from './english.ts';
import { ethnicity } from './ethnicity.ts';
import { gender } from './gender.ts';
import { health } from './health.ts';
import { HEALTH_TERMS } from './health-terms.ts';
import { orientation } from './orientation.ts';
import { politics } from './politics.ts';
import { religion } from './religion.ts';
import { union } from './union.ts';

/**
 * Services, benefits and aids a municipality offers, which visitors ask about for anyone
 * ("Hvordan søker jeg om TT-kort?"), and words the curated lexicon only masks in context
 * ("tilgjengelig med rullestol" is about a building); and phrases led by "går" ("går til
 * psykolog"), whose health word the lists find by itself.
 */
const SERVICES =
  /(?:^går |fysioterapi|ergoterapi|mammografi|ledsagerbevis|trygghetsalarm|tt-kort|hjertestarter|hjemmesykepleie|hjemmetjeneste|avlastning|støttekontakt|rehabilitering|vaksin|screening|helsestasjon|psykisk helse|rullestol|medisin|behandling|legetime|resept|hjelpemiddel|omsorgslønn|brukerstyrt)/;

const ORDINARY = new Set(wordList(`${ORDINARY_WORDS} ${ENGLISH_WORDS}`).map((word) => word.toLowerCase()));

/**
 * The broad list of health terms, without any whose base form is an ordinary word: a term that
 * is also an everyday word ("tap", "kald") must come from a recognizer that knows its context.
 */
export const BROAD_HEALTH_TERMS = HEALTH_TERMS.filter(
  (entry) => !ORDINARY.has(expandForms(entry)[0] ?? '') && !SERVICES.test(entry),
);

/**
 * The special categories (GDPR Art. 9) as word lists per category, in bokmål, nynorsk and
 * English: the lexicons curated for this project. The broad health list joins them last.
 */
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
