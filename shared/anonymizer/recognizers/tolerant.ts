import { distance } from 'fastest-levenshtein';
import { ORDINARY_WORD_SET } from '../data/word-sets.ts';
import type { Token } from '../document.ts';
import { baseForms } from '../inflection.ts';
import type { LexiconCategory } from '../lexicon.ts';
import { LEXICON_CATEGORIES } from '../lexicon.ts';
import type { Finding, Recognizer } from '../recognizer.ts';
import { singleCategory } from '../words.ts';
import { compiledLexicons } from './special-categories.ts';

/**
 * Special-category words written otherwise than listed: inflected ("Ritalinen", "diagnosane")
 * and misspelled ("diabetis", "epelepsi", "schizofreni" as "schizofrini"), up to edit distance
 * 1 for words of 6 letters or more and 2 for 10 or more (measured with fastest-levenshtein).
 * An ordinary word (`data/ordinary-words.ts`) is never taken for a sensitive one, however close:
 * "cancel" is not "cancer". Candidates come from a deletion index (the symmetric-delete method),
 * so a word costs a few map look-ups, not a comparison with every listed word. A misspelling is
 * taken to keep its first two letters, as nearly all do; that also rules out most near words.
 */

const MIN_LENGTH = 6;
const VERY_LONG = 12;
const VOWEL = /[aeiouyæøå]/;
const LETTERS = /^\p{L}+$/u;
const LONG = 10;
/** Longer words are compounds, which the lexicons find by their parts. */
const MAX_QUERY = 14;

/**
 * The listed words searched for misspellings, by their first letter: a misspelling keeps its
 * first letter (see `closer`), so each search needs the words of one letter only, and those
 * are indexed on the first search for a word with it.
 */
interface Letter {
  /** The words, in the order of the lexicons. */
  words: string[];
  /** Their first two letters: a misspelling keeps them. */
  prefixes: Set<string>;
  /** Their first three letters (for c: which s or k may stand for). */
  threes: Set<string>;
  /** Whether one of them has a vowel second (which a misspelling may change). */
  vowelSecond: boolean;
  /** First two letters and length of every word (`shape`), and with a vowel second (`vowelShape`). */
  shapes: Set<string>;
  /**
   * Words of 8 letters or more by their first three letters and length: a 10-letter spelling
   * two edits away keeps those letters and is at most two letters longer or shorter, so it is
   * compared with a handful of words, not the whole list.
   */
  longByPrefix: Map<string, string[]>;
  /** Each word and its forms with one letter deleted → the words; built on its first use. */
  oneDeleted?: Map<string, string[]>;
}

const deletions = (word: string, from = 0): string[] => {
  const out: string[] = [];
  for (let i = from; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
};

const add = (map: Map<string, string[]>, key: string, word: string) => {
  const list = map.get(key);
  if (!list) map.set(key, [word]);
  else if (!list.includes(word)) list.push(word);
};

const shape = (word: string, length: number) => `${word.slice(0, 2)}${length}`;
/** A vowel for a vowel in second place keeps the first and third letters and the length. */
const vowelShape = (word: string, length: number) =>
  VOWEL.test(word[1] ?? '') ? `${word[0]}*${word[2] ?? ''}${length}` : `${word[0]}!${length}`;

/** The category of a listed one-word form. */
const listed = (word: string): LexiconCategory | undefined => singleCategory(compiledLexicons(), word);

/**
 * Whether the one-word form `word` of a lexicon is searched for misspellings (`data/pack-source.ts`
 * marks them so, and this recognizer reads the marks). The broad list of health terms is matched
 * as written and inflected, not misspelled: its thousands of forms would make every unknown
 * word's search several times longer (`broadOnly`: the forms no curated lexicon lists as written).
 */
export const searchedForMisspellings = (word: string, broadOnly: ReadonlySet<string>): boolean =>
  word.length >= MIN_LENGTH && LETTERS.test(word) && !broadOnly.has(word);

const letters = new Map<string, Letter>();

/** The index of the listed words that start with `initial`, built on its first use. */
function letter(initial: string): Letter {
  let index = letters.get(initial);
  if (index) return index;
  // The marked words of the letter, in the lexicons' order.
  const { singles, searched } = compiledLexicons().letter(initial);
  const words: string[] = [];
  for (const word of singles.keys()) if (searched.has(word)) words.push(word);
  index = {
    words,
    prefixes: new Set(),
    threes: new Set(),
    vowelSecond: false,
    shapes: new Set(),
    longByPrefix: new Map(),
  };
  for (const word of index.words) {
    index.prefixes.add(word.slice(0, 2));
    index.threes.add(word.slice(0, 3));
    shapes(index, word);
    if (word.length >= LONG - 2) add(index.longByPrefix, `${word.slice(0, 3)}${word.length}`, word);
  }
  letters.set(initial, index);
  return index;
}

function shapes(index: Letter, word: string) {
  index.shapes.add(shape(word, word.length));
  if (!VOWEL.test(word[1] ?? '')) return;
  index.vowelSecond = true;
  index.shapes.add(vowelShape(word, word.length));
}

/** The deletion index of a letter's words. */
function oneDeletedOf(index: Letter): Map<string, string[]> {
  if (index.oneDeleted) return index.oneDeleted;
  const oneDeleted = new Map<string, string[]>();
  for (const word of index.words) {
    add(oneDeleted, word, word);
    for (const d of deletions(word)) add(oneDeleted, d, word);
  }
  index.oneDeleted = oneDeleted;
  return oneDeleted;
}

interface Best {
  category: LexiconCategory;
  cost: number;
}

/**
 * `best`, or `word` if it is a misspelling of `query` within `limit` edits and closer than
 * `best` (the first of equally close ones wins).
 */
function closer(query: string, word: string, limit: number, best: Best | undefined): Best | undefined {
  // A misspelling keeps its first letters: "regning" is not "legning".
  // (A vowel for a vowel in second place is a misspelling too: "perese" for "parese".)
  if (
    word[0] !== query[0] ||
    (word[1] !== query[1] && !(VOWEL.test(word[1] ?? '') && VOWEL.test(query[1] ?? '')))
  )
    return best;
  const cost = distance(query, word);
  const category = listed(word);
  return cost <= limit && category && (!best || cost < best.cost) ? { category, cost } : best;
}

/** The closest listed word within the allowed distance, by the fewest edits. */
function closest(query: string): LexiconCategory | undefined {
  const index = letter(query[0] ?? '');
  let best: Best | undefined;
  // No listed word of a nearby length starts like this one: nothing one edit away.
  const { length } = query;
  const oneEditAway =
    index.shapes.has(vowelShape(query, length)) ||
    index.shapes.has(shape(query, length - 1)) ||
    index.shapes.has(shape(query, length)) ||
    index.shapes.has(shape(query, length + 1));
  if (!oneEditAway && query.length < LONG) return undefined;
  // A word of 12 letters or more is compared with the listed words of its first three letters
  // (below) instead: fewer look-ups than its dozen deletions, and misspellings sit in the middle.
  const searchDeletions = oneEditAway && query.length < VERY_LONG;
  const oneDeleted = searchDeletions ? oneDeletedOf(index) : undefined;
  if (oneDeleted) for (const word of oneDeleted.get(query) ?? []) best = closer(query, word, 1, best);
  // Deleting one of the first two letters would change them, and those a misspelling keeps.
  // (Unless the second is a vowel, which a misspelling may change: "perese" for "parese".)
  const from = VOWEL.test(query[1] ?? '') ? 1 : 2;
  if (oneDeleted)
    for (const d of deletions(query, from))
      for (const word of oneDeleted.get(d) ?? []) best = closer(query, word, 1, best);
  // Two edits only for a spelling of 10 letters or more, with the same first three letters
  // ("skitsofreni" for "skizofreni"; not nynorsk "leidningen" for "legningen").
  if (!best && query.length >= LONG) {
    const prefix = query.slice(0, 3);
    for (let length = query.length - 2; length <= query.length + 2; length++) {
      for (const word of index.longByPrefix.get(`${prefix}${length}`) ?? []) {
        // …and the same last three: "blindveien" is a road, not "blindheten".
        if (word.slice(-3) === query.slice(-3)) best = closer(query, word, 2, best);
        else if (query.length >= VERY_LONG) best = closer(query, word, 1, best);
      }
    }
  }
  return best?.category;
}

/**
 * Words already judged in this process, bounded: visitors' questions share most of their words,
 * so a warm function looks each up once. Emptied when full, so memory stays bounded.
 */
const JUDGED = new Map<string, LexiconCategory | null>();
const MAX_JUDGED = 20_000;

/** The category of a word that the lexicons know in another form or spelling, if any. */
function tolerantCategory(token: Token): LexiconCategory | undefined {
  const lower = token.lower;
  if (lower.length < MIN_LENGTH - 1 || ORDINARY_WORD_SET.has(lower)) return undefined;
  if (lower.length > MAX_QUERY) return listedDefinite(lower);
  const known = JUDGED.get(token.lower);
  if (known !== undefined) return known ?? undefined;
  const category = judge(token.lower);
  if (JUDGED.size >= MAX_JUDGED) JUDGED.clear();
  JUDGED.set(token.lower, category ?? null);
  return category;
}

/** The endings of a definite form, in the order they are tried. */
const DEFINITE_ENDINGS = ['et', 'en'] as const;

/**
 * Each listed one-word form that ends like a definite, under what comes before the ending, by
 * the first letter: the category of the form ending in "et" if both are listed. Built on a
 * letter's first use, so that a word costs one look-up, not a new string per ending.
 */
const definiteStems = new Map<string, Map<string, LexiconCategory>>();

function definiteStemsOf(initial: string): Map<string, LexiconCategory> {
  let stems = definiteStems.get(initial);
  if (stems) return stems;
  stems = new Map();
  const { singles } = compiledLexicons().letter(initial);
  for (const ending of DEFINITE_ENDINGS) {
    for (const [word, category] of singles) {
      if (!category || word.length <= ending.length || !word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length);
      if (!stems.has(stem)) stems.set(stem, category);
    }
  }
  definiteStems.set(initial, stems);
  return stems;
}

/** "Norsk Sjukepleiarforbund": a word listed only in its definite form. */
function listedDefinite(lower: string): LexiconCategory | undefined {
  const initial = lower[0];
  return initial === undefined ? undefined : definiteStemsOf(initial).get(lower);
}

function judge(lower: string): LexiconCategory | undefined {
  if (!LETTERS.test(lower)) return undefined;
  // What the lexicon recognizer finds as written, it finds; here only other forms count.
  if (listed(lower)) return undefined;
  const bases = baseForms(lower);
  for (const base of bases) {
    if (ORDINARY_WORD_SET.has(base)) return undefined;
    const category = listed(base);
    if (category) return category;
  }
  if (lower.length < MIN_LENGTH) return undefined;
  const index = letter(lower[0] ?? '');
  if (!index.prefixes.has(lower.slice(0, 2)) && !index.vowelSecond) return undefined;
  const definite = listedDefinite(lower);
  if (definite) return definite;
  // The word as written, then without its longest ending ("diabetisen" → "diabetis").
  const base = bases[0];
  // Two edits already reach a long word's inflected forms.
  const inflected = base && base.length >= MIN_LENGTH && lower.length < LONG;
  // "søliaki" for "cøliaki": s and k at the start may stand for a c.
  const withC = lower[0] === 's' || lower[0] === 'k' ? `c${lower.slice(1)}` : undefined;
  return (
    closest(lower) ??
    (inflected ? closest(base) : undefined) ??
    (withC && letter('c').threes.has(withC.slice(0, 3)) ? closest(withC) : undefined)
  );
}

export const tolerantWords: Recognizer = {
  name: 'special-category words inflected or misspelled (suffix rules, edit distance)',
  categories: LEXICON_CATEGORIES,
  find({ tokens }) {
    const findings: Finding[] = [];
    for (const token of tokens) {
      const category = tolerantCategory(token);
      if (category) findings.push({ start: token.start, end: token.end, category });
    }
    return findings;
  },
};
