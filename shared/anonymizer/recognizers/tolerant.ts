import { distance } from 'fastest-levenshtein';
import { ORDINARY_WORD_SET } from '../data/word-sets.ts';
import type { Token } from '../document.ts';
import { baseForms } from '../inflection.ts';
import type { LexiconCategory } from '../lexicon.ts';
import type { Finding, Recognizer } from '../recognizer.ts';
import { singleWords } from '../words.ts';
import { SPECIAL_CATEGORY_WORDS } from './special-categories.ts';

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
const LONG = 10;
const MAX_QUERY = 18;

interface Index {
  words: Map<string, LexiconCategory>;
  /** Each listed word and its forms with one letter deleted → the listed words. */
  oneDeleted: Map<string, string[]>;
  /** For listed words of 8+ letters (a 10-letter spelling is two edits from them): two letters deleted. */
  twoDeleted: Map<string, string[]>;
  /** The first two letters of the listed words: a misspelling keeps them. */
  prefixes: Set<string>;
}

const deletions = (word: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
};

const add = (map: Map<string, string[]>, key: string, word: string) => {
  const list = map.get(key);
  if (!list) map.set(key, [word]);
  else if (!list.includes(word)) list.push(word);
};

let index: Index | undefined;

/** Built on first use, once per process. */
function buildIndex(): Index {
  const words = singleWords(SPECIAL_CATEGORY_WORDS);
  const oneDeleted = new Map<string, string[]>();
  const twoDeleted = new Map<string, string[]>();
  const prefixes = new Set<string>();
  for (const word of words.keys()) {
    if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word)) continue;
    prefixes.add(word.slice(0, 2));
    add(oneDeleted, word, word);
    const once = deletions(word);
    for (const d of once) add(oneDeleted, d, word);
    if (word.length < LONG - 2) continue;
    for (const d of once) for (const dd of deletions(d)) add(twoDeleted, dd, word);
  }
  return { words, oneDeleted, twoDeleted, prefixes };
}

/**
 * Distance 1 for a word of 6 letters or more as written, 2 for one of 10 or more; two edits
 * only after the same first three letters ("skitsofreni", not nynorsk "leidningen" for "legningen").
 */
function allowed(query: string, word: string): boolean {
  const cost = distance(query, word);
  return cost <= 1 || (cost === 2 && query.length >= LONG && query.slice(0, 3) === word.slice(0, 3));
}

function closest(index: Index, query: string): LexiconCategory | undefined {
  const candidates = new Set<string>(index.oneDeleted.get(query) ?? []);
  const once = deletions(query);
  for (const d of once) for (const w of index.oneDeleted.get(d) ?? []) candidates.add(w);
  if (query.length >= LONG) {
    // Two edits: two letters deleted from one side and up to one from the other.
    for (const w of index.twoDeleted.get(query) ?? []) candidates.add(w);
    for (const d of once) {
      for (const w of index.twoDeleted.get(d) ?? []) candidates.add(w);
      for (const dd of deletions(d)) for (const w of index.oneDeleted.get(dd) ?? []) candidates.add(w);
    }
  }
  let best: { word: string; category: LexiconCategory; cost: number } | undefined;
  for (const word of candidates) {
    // A misspelling keeps its first letters: "regning" is not "legning".
    if (word[0] !== query[0] || word[1] !== query[1] || !allowed(query, word)) continue;
    const cost = distance(query, word);
    const category = index.words.get(word);
    if (category && (!best || cost < best.cost)) best = { word, category, cost };
  }
  return best?.category;
}

/** The category of a word that the lexicons know in another form or spelling, if any. */
export function tolerantCategory(token: Token): LexiconCategory | undefined {
  const lower = token.lower;
  if (lower.length < MIN_LENGTH - 1 || lower.length > MAX_QUERY || !/^\p{L}+$/u.test(lower)) return undefined;
  if (ORDINARY_WORD_SET.has(lower)) return undefined;
  index ??= buildIndex();
  // What the lexicon recognizer finds as written, it finds; here only other forms count.
  if (index.words.has(lower)) return undefined;
  const bases = baseForms(lower);
  for (const base of bases) {
    if (ORDINARY_WORD_SET.has(base)) return undefined;
    const category = index.words.get(base);
    if (category) return category;
  }
  if (lower.length < MIN_LENGTH) return undefined;
  if (!index.prefixes.has(lower.slice(0, 2))) return undefined;
  // The word as written, then without its longest ending ("diabetisen" → "diabetis").
  const base = bases[0];
  return closest(index, lower) ?? (base && base.length >= MIN_LENGTH ? closest(index, base) : undefined);
}

export const tolerantWords: Recognizer = {
  name: 'special-category words inflected or misspelled (suffix rules, edit distance)',
  find({ tokens }) {
    const findings: Finding[] = [];
    for (const token of tokens) {
      const category = tolerantCategory(token);
      if (category) findings.push({ start: token.start, end: token.end, category });
    }
    return findings;
  },
};
