/**
 * What `packed.ts` is made of: the readable word lists of `data/`, `lexicons/` and `vocabulary/`
 * (development only: nothing in a Lambda bundle imports this file). Kept beside the data so that
 * the test and `npm run build:anonymizer-data` pack it the same way.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { wordList } from '../document.ts';
import { type CuedWords, expandForms, type Lexicon } from '../lexicon.ts';
import { BROAD_HEALTH_TERMS, CURATED_LEXICONS } from '../lexicons/index.ts';
import { searchedForMisspellings } from '../recognizers/tolerant.ts';
import { VOCABULARY, type Vocabulary } from '../vocabulary/index.ts';
import { letterEntries } from '../words.ts';
import {
  type ByInitial,
  encodeList,
  encodeText,
  type ListCoding,
  PART_SEPARATOR,
  type PackedData,
  packValue,
} from './codec.ts';
import { FIRST_NAMES } from './first-names.ts';
import { ENGLISH_WORDS, ORDINARY_WORDS } from './ordinary-words.ts';
import { COUNTRIES, NORWEGIAN_PLACES } from './places.ts';
import { SURNAME_PARTICLES, SURNAMES } from './surnames.ts';

/** A list the anonymizer only looks words up in, as it would: lower case, once each, sorted. */
const lowerSorted = (list: string) => [...new Set(wordList(list).map((word) => word.toLowerCase()))].sort();

/** Names by the first letter of their first word, in their order. */
function byFirstLetter(names: readonly string[]): ByInitial {
  const lists: Record<string, string[]> = {};
  for (const name of names) {
    const initial = name.trim()[0];
    if (initial === undefined) continue;
    lists[initial] ??= [];
    lists[initial].push(name);
  }
  return lists;
}

/** A sorted list by first letter. */
function byInitial(sortedList: readonly string[]): ByInitial {
  const lists: Record<string, string[]> = {};
  for (const word of sortedList) {
    const initial = word[0] as string;
    lists[initial] ??= [];
    lists[initial].push(word);
  }
  return lists;
}

/** Once each and sorted, for lists that only become sets (their order says nothing). */
const sorted = (list: readonly string[]) => [...new Set(list)].sort();

function packedCue(cue: CuedWords): CuedWords {
  const { before, after, joinedWith, properNounUnlessAfter } = cue;
  return {
    ...cue,
    ...(before && { before: sorted(before) }),
    ...(after && { after: sorted(after) }),
    ...(joinedWith && { joinedWith: sorted(joinedWith) }),
    ...(properNounUnlessAfter && { properNounUnlessAfter: sorted(properNounUnlessAfter) }),
  };
}

/** A lexicon without its words (`lexiconWords` has them) and trailing words, its sets sorted. */
function packedLexicon(lexicon: Lexicon): Lexicon {
  return {
    ...lexicon,
    words: [],
    ...(lexicon.cued && { cued: lexicon.cued.map(packedCue) }),
    ...(lexicon.trailing && { trailing: { linkers: sorted(lexicon.trailing.linkers), words: [] } }),
  };
}

/**
 * The broad list's forms, sorted, without those a curated lexicon lists as written: the
 * curated lexicons come first, so the broad list's copy of such a form never decides anything
 * (and it is not broad-only, which the tolerant recognizer asks). Its order says nothing
 * either, as all its words are of one category and none of them is searched for misspellings.
 */
function broadHealthForms(): string[] {
  const curated = new Set(CURATED_LEXICONS.flatMap((lexicon) => lexicon.words.flatMap(expandForms)));
  return sorted(BROAD_HEALTH_TERMS.flatMap(expandForms).filter((form) => !curated.has(form)));
}

/** The curated lexicons' words, then the broad list's forms, as the recognizers read them. */
function lexiconWords(): ByInitial {
  const broad = broadHealthForms();
  const broadOnly = new Set(broad);
  return letterEntries([...CURATED_LEXICONS, { category: 'health', words: broad }], (word) =>
    searchedForMisspellings(word, broadOnly),
  );
}

export function packedData(): PackedData {
  return {
    ordinaryWords: byInitial(lowerSorted(`${ORDINARY_WORDS} ${ENGLISH_WORDS}`)),
    firstNames: byInitial(lowerSorted(FIRST_NAMES)),
    surnames: byInitial(lowerSorted(SURNAMES)),
    surnameParticles: lowerSorted(SURNAME_PARTICLES),
    norwegianPlaces: byFirstLetter(NORWEGIAN_PLACES.split('|')),
    countries: byFirstLetter(COUNTRIES.split('|')),
    lexiconWords: lexiconWords(),
    lexicons: CURATED_LEXICONS.map(packedLexicon),
    trailingWords: Object.fromEntries(
      CURATED_LEXICONS.flatMap(({ category, trailing }) => (trailing ? [[category, trailing.words]] : [])),
    ),
    vocabulary: Object.fromEntries(
      Object.entries(VOCABULARY).map(([group, lists]) => [
        group,
        Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, sorted(list)])),
      ]),
    ) as unknown as Vocabulary,
  };
}

const BROTLI = {
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
  },
};

const compress = (text: string) => brotliCompressSync(Buffer.from(text, 'utf8'), BROTLI);

/** The list coded whichever way compresses smaller (drop coding suits inflected words). */
function codedList(list: readonly string[]): string {
  const coded = (['p', 'd'] as ListCoding[]).map((coding) => encodeList(list, coding));
  const [prefix = '', drop = ''] = coded;
  return list.length > 50 && compress(drop).byteLength < compress(prefix).byteLength ? drop : prefix;
}

/** The payload before compression: the skeleton's JSON, then each distinct list once, coded. */
export function packPayload(): string {
  const parts: string[] = [];
  const indexes = new Map<string, number>();
  const addList = (list: readonly string[]) => {
    const coded = codedList(list);
    let index = indexes.get(coded);
    if (index === undefined) {
      parts.push(coded);
      index = parts.length;
      indexes.set(coded, index);
    }
    return index;
  };
  const skeleton = packValue(packedData(), addList);
  return [JSON.stringify(skeleton), ...parts].join(PART_SEPARATOR);
}

/** `packed.ts` as `npm run build:anonymizer-data` writes it. */
export function renderPacked(): string {
  const compressed = compress(packPayload());
  return [
    '// Generated by `npm run build:anonymizer-data` from the word lists in data/, lexicons/ and',
    "// vocabulary/ (see pack-source.ts; their sources and licences are in each list's file and in the",
    '// README). Do not edit by hand: edit the lists and run the script. A unit test checks that it is',
    '// up to date.',
    '',
    '/** The length of the compressed payload in bytes. */',
    `export const PACKED_BYTES = ${compressed.byteLength};`,
    '',
    "/** The anonymizer's word lists: coded, brotli-compressed and written as text (codec.ts). */",
    `export const PACKED =\n  '${encodeText(compressed)}';`,
    '',
  ].join('\n');
}
