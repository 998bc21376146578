import type { Recognizer } from '../recognizer.ts';
import { streetAddresses } from './address.ts';
import { coordinates } from './coordinates.ts';
import { emailAddresses } from './email.ts';
import { identityNumbers } from './identity-number.ts';
import { institutions } from './institutions.ts';
import { ipAddresses } from './ip.ts';
import { medicalTerms } from './medical-terms.ts';
import { personNames } from './names.ts';
import { longNumbers } from './number.ts';
import { originAdjectives } from './origin.ts';
import { personalPlaces } from './places.ts';
import { specialCategoryWords } from './special-categories.ts';
import { tolerantWords } from './tolerant.ts';
import { topics } from './topics.ts';
import { unionNames } from './unions.ts';

/**
 * Every recognizer the anonymizer runs, in no particular order: the merger decides between
 * their findings. Adding a category is one recognizer file and one line here.
 */
export const RECOGNIZERS: readonly Recognizer[] = [
  emailAddresses,
  identityNumbers,
  ipAddresses,
  coordinates,
  streetAddresses,
  longNumbers,
  specialCategoryWords,
  tolerantWords,
  medicalTerms,
  personNames,
  personalPlaces,
  originAdjectives,
  unionNames,
  institutions,
  topics,
];
