/**
 * The data lists as sets, built once per process when the anonymizer is first imported.
 */
import { wordList } from '../document.ts';
import { FIRST_NAMES } from './first-names.ts';
import { ENGLISH_WORDS, ORDINARY_WORDS } from './ordinary-words.ts';
import { COUNTRIES, NORWEGIAN_PLACES } from './places.ts';
import { SURNAME_PARTICLES, SURNAMES } from './surnames.ts';

const lowerSet = (list: string) => new Set(wordList(list).map((word) => word.toLowerCase()));

/** Given names, lower case. */
export const FIRST_NAME_SET = lowerSet(FIRST_NAMES);
/** Surnames, lower case. */
export const SURNAME_SET = lowerSet(SURNAMES);
export const PARTICLE_SET = lowerSet(SURNAME_PARTICLES);
/** Ordinary words of bokmål, nynorsk and English: never a sensitive word by themselves. */
export const ORDINARY_WORD_SET = new Set([...lowerSet(ORDINARY_WORDS), ...lowerSet(ENGLISH_WORDS)]);

/** Multi-word names by their first word: "mo i rana" under "mo". */
export interface Gazetteer {
  byFirstWord: Map<string, string[][]>;
}

function gazetteer(list: string): Gazetteer {
  const byFirstWord = new Map<string, string[][]>();
  for (const name of list.split('|')) {
    const words = name.split(/[\s]+/).filter(Boolean);
    const first = words[0];
    if (!first) continue;
    const entries = byFirstWord.get(first);
    if (entries) entries.push(words);
    else byFirstWord.set(first, [words]);
  }
  // Longest first; a stable sort keeps names of one length in their order.
  for (const entries of byFirstWord.values()) entries.sort((a, b) => b.length - a.length);
  return { byFirstWord };
}

export const NORWEGIAN_PLACE_NAMES = gazetteer(NORWEGIAN_PLACES);
export const COUNTRY_NAMES = gazetteer(COUNTRIES);
