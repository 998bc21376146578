/**
 * The data lists as sets and gazetteers, read from `packed.ts` and each built on its first
 * look-up, once per process: importing the anonymizer costs only the parsing of its code.
 */
import type { Lexicon, LexiconCategory } from '../lexicon.ts';
import type { Vocabulary } from '../vocabulary/index.ts';
import { WordClass } from '../word-class.ts';
import { decodeList, type Packed, type PackedData, type Parts, unpackParts, unpackValue } from './codec.ts';
import { PACKED, PACKED_BYTES } from './packed.ts';

let unpackedPayload: { parts: Parts; skeleton: Packed<PackedData> } | undefined;

/** The payload's parts and skeleton, decompressed on the first call. */
function payload() {
  if (unpackedPayload) return unpackedPayload;
  const parts = unpackParts(PACKED, PACKED_BYTES);
  unpackedPayload = { parts, skeleton: JSON.parse(parts.text(0)) as Packed<PackedData> };
  return unpackedPayload;
}

const unpacked = new Map<keyof PackedData, unknown>();

/** A packed value, decoded once; the whole payload is decompressed on the first call. */
function packed<K extends keyof PackedData>(key: K): PackedData[K] {
  if (unpacked.has(key)) return unpacked.get(key) as PackedData[K];
  const { parts, skeleton } = payload();
  const value = unpackValue<PackedData[K]>(skeleton[key], parts);
  unpacked.set(key, value);
  return value;
}

/** Looks a word up in a set that is built on the first look-up. */
export interface WordLookup {
  has(word: string): boolean;
}

/** A small set of words listed on the first look-up, which recognizers ask about tokens (`WordClass`). */
export const wordSet = (words: () => Iterable<string>): WordClass => new WordClass(words);

/**
 * A set of words packed by first letter: each letter's words are decoded and made a set on the
 * first look-up of a word with that letter.
 */
function setByInitial(key: LetterKey): WordLookup {
  const sets = new Map<string, Set<string>>();
  return {
    has(word) {
      const initial = word[0];
      if (initial === undefined) return false;
      let set = sets.get(initial);
      if (!set) {
        set = new Set(packedLetter(key, initial));
        sets.set(initial, set);
      }
      return set.has(word);
    },
  };
}

type LetterKey =
  | 'ordinaryWords'
  | 'firstNames'
  | 'surnames'
  | 'lexiconWords'
  | 'norwegianPlaces'
  | 'countries';

/** The list of one first letter of a list packed by first letter (empty when it has none). */
export function packedLetter(key: LetterKey, initial: string): string[] {
  const { parts, skeleton } = payload();
  const lists = skeleton[key];
  return Object.hasOwn(lists, initial) ? decodeList(parts.text(lists[initial] as number)) : [];
}

/** Given names, lower case. */
export const FIRST_NAME_SET = setByInitial('firstNames');
/** Surnames, lower case. */
export const SURNAME_SET = setByInitial('surnames');
export const PARTICLE_SET = wordSet(() => packed('surnameParticles'));
/** Ordinary words of bokmål, nynorsk and English: never a sensitive word by themselves. */
export const ORDINARY_WORD_SET = setByInitial('ordinaryWords');

/** Multi-word names by their first word: "mo i rana" under "mo". */
export interface Gazetteer {
  readonly byFirstWord: { has(word: string): boolean; get(word: string): string[][] | undefined };
}

const SPACE = /\s/;

function gazetteer(names: readonly string[]): Map<string, string[][]> {
  const byFirstWord = new Map<string, string[][]>();
  for (const name of names) {
    // Most names are one word: no need to split them.
    const words = SPACE.test(name) ? name.split(/[\s]+/).filter(Boolean) : name ? [name] : [];
    const first = words[0];
    if (!first) continue;
    const entries = byFirstWord.get(first);
    if (entries) entries.push(words);
    else byFirstWord.set(first, [words]);
  }
  // Longest first; a stable sort keeps names of one length in their order.
  for (const entries of byFirstWord.values())
    if (entries.length > 1) entries.sort((a, b) => b.length - a.length);
  return byFirstWord;
}

/** A gazetteer whose names of one first letter are read on the first look-up of a word with it. */
function lazyGazetteer(key: 'norwegianPlaces' | 'countries'): Gazetteer {
  const letters = new Map<string, Map<string, string[][]>>();
  const letter = (word: string) => {
    const initial = word[0];
    if (initial === undefined) return undefined;
    let names = letters.get(initial);
    if (!names) {
      names = gazetteer(packedLetter(key, initial));
      letters.set(initial, names);
    }
    return names;
  };
  return {
    byFirstWord: { has: (word) => letter(word)?.has(word) ?? false, get: (word) => letter(word)?.get(word) },
  };
}

export const NORWEGIAN_PLACE_NAMES = lazyGazetteer('norwegianPlaces');
export const COUNTRY_NAMES = lazyGazetteer('countries');

/**
 * The curated special-category lexicons, in order, without their words (decoded once): those are
 * in `lexiconWords`, by first letter (`packedLetter`).
 */
export const curatedLexicons = (): readonly Lexicon[] => packed('lexicons');

/** The lexicons' trailing words of a category, read on first use. */
export const trailingWords = (category: LexiconCategory): readonly string[] =>
  packed('trailingWords')[category] ?? [];

let lazyVocabulary: Vocabulary | undefined;

/** The recognizers' longer word lists (`vocabulary/`), each decoded on its first use. */
export function vocabulary(): Vocabulary {
  if (lazyVocabulary) return lazyVocabulary;
  const { parts, skeleton } = payload();
  const groups: Record<string, Record<string, readonly string[]>> = {};
  for (const [group, lists] of Object.entries(skeleton.vocabulary)) {
    const decoded: Record<string, readonly string[]> = {};
    for (const [name, index] of Object.entries(lists as Record<string, number>)) {
      let list: readonly string[] | undefined;
      Object.defineProperty(decoded, name, {
        enumerable: true,
        get: () => {
          list ??= decodeList(parts.text(index));
          return list;
        },
      });
    }
    groups[group] = decoded;
  }
  lazyVocabulary = groups as Vocabulary;
  return lazyVocabulary;
}
