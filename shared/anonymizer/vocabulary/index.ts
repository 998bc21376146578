/**
 * The recognizers' longer word lists as written, for `scripts/build-anonymizer-data.ts`: it
 * packs them into `data/packed.ts`, which is what the recognizers read (`vocabulary()` in
 * `data/word-sets.ts`). Nothing in a Lambda bundle imports this file, only its type.
 */
import { EMAIL } from './email.ts';
import { INSTITUTIONS } from './institutions.ts';
import { MEDICAL_TERMS } from './medical-terms.ts';
import { NAMES } from './names.ts';
import { ORIGIN } from './origin.ts';
import { PEOPLE } from './people.ts';
import { PLACES } from './places.ts';
import { TOPICS } from './topics.ts';

export const VOCABULARY = {
  people: PEOPLE,
  names: NAMES,
  places: PLACES,
  topics: TOPICS,
  institutions: INSTITUTIONS,
  medicalTerms: MEDICAL_TERMS,
  origin: ORIGIN,
  email: EMAIL,
};

/** The lists by recognizer and name, each as a list of words or phrases. */
export type Vocabulary = {
  [Group in keyof typeof VOCABULARY]: Record<keyof (typeof VOCABULARY)[Group], readonly string[]>;
};
