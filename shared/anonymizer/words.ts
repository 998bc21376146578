import type { TextDocument, Token } from './document.ts';
import {
  type CuedWords,
  expandForms,
  LEXICON_CATEGORIES,
  type Lexicon,
  type LexiconCategory,
  SUBJECT,
} from './lexicon.ts';
import { personSubjects } from './people.ts';

/**
 * Finds the special-category words of the lexicons in a text. The text is cut into word
 * tokens once and every token is looked up in maps, so the cost grows with the length of
 * the text, not with the size of the lexicons (a regular expression with thousands of
 * alternatives was several times slower on a 2000-character message).
 */

export interface WordSpan {
  start: number;
  end: number;
  category: LexiconCategory;
}

interface Phrase {
  /** Lower-case words; the first is the map key. */
  words: string[];
  category: LexiconCategory;
}

interface CompiledCue {
  category: LexiconCategory;
  words: Map<string, string[][]>;
  exact: boolean;
  /** The phrases that may come right before; built on the cue's first use. */
  before: () => Before;
  after: Set<string>;
  joinedWith: Set<string>;
  properNounUnlessAfter?: Set<string>;
}

interface Affix {
  affix: string;
  category: LexiconCategory;
}

/** The lexicons' words and phrases whose first word starts with one letter. */
export interface LetterWords {
  /** Phrases of two words or more by their first word, longest first. */
  phrases: Map<string, Phrase[]>;
  /**
   * Every first word of a phrase, with the category of the first one-word phrase listed for
   * it, or null when there is none: most phrases are one word, which this keeps without a list
   * each. In the order the words first appear in the lexicons.
   */
  singles: Map<string, LexiconCategory | null>;
  /** The one-word forms the tolerant recognizer searches for misspellings. */
  searched: Set<string>;
}

export interface Compiled {
  /** The lexicons' words by first letter, each letter compiled on its first use. */
  letter: (initial: string) => LetterWords;
  exact: Map<string, LexiconCategory>;
  /** Compound endings by their last `AFFIX_KEY` letters, so a word is checked against a few. */
  heads: Map<string, Affix[]>;
  /** Compound beginnings by their first `AFFIX_KEY` letters. */
  modifiers: Map<string, Affix[]>;
  cues: CompiledCue[];
  /** The cues by the words they are for (exact or lower case): a token is tried against a few. */
  cuesByWord: Map<string, CompiledCue[]>;
  trailing: Map<LexiconCategory, CompiledTrailing>;
}

interface CompiledTrailing {
  linkers: Set<string>;
  /** Lower-case phrases by their first word, built on first use (thousands of places). */
  words: () => Map<string, string[][]>;
}

const AFFIX_KEY = 4;

/** Adds `value` to the list under `key`, in place (copying the list each time made start-up quadratic). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addAffix(map: Map<string, Affix[]>, key: string, affix: Affix) {
  if (affix.affix.length < AFFIX_KEY)
    throw new Error(`Compound part "${affix.affix}" is shorter than ${AFFIX_KEY} letters`);
  pushTo(map, key, affix);
}

const SPACE = /\s/;

function phraseWords(form: string): string[] {
  const lower = form.toLowerCase();
  // One word, as most are: no need to split it.
  if (!SPACE.test(lower)) return lower ? [lower] : [];
  // "industri- og næringspartiet" → industri, og, næringspartiet: hyphen-space is a gap.
  return lower.replace(/-\s/g, ' ').split(/\s+/).filter(Boolean);
}

/**
 * The lexicons' words as `compileLexicons` reads them (what `data/packed.ts` holds, so that no
 * process expands and lowers them again): by the first letter of their first word, every form
 * in the lexicons' order as its lower-case words, after a first line with one character for
 * each of them: its category's digit (`LEXICON_CATEGORIES`), or letter when it is `searched` (by
 * the tolerant recognizer). Left out are the forms that could never decide a match: a one-word
 * form whose word has one already, a phrase that is listed already. One-word forms in a row
 * that begin with the first are written as one entry again (`sykdom|men|mer`).
 */
export function letterEntries(
  lexicons: readonly Lexicon[],
  searched: (word: string) => boolean,
): Record<string, string[]> {
  const entries: Record<string, string[]> = {};
  const codes: Record<string, string> = {};
  const singles = new Map<string, LexiconCategory | null>();
  const phrases = new Set<string>();
  for (const lexicon of lexicons) {
    const index = LEXICON_CATEGORIES.indexOf(lexicon.category);
    const code = String.fromCharCode(DIGIT + index);
    const marked = String.fromCharCode(LETTER + index);
    for (const form of lexicon.words.flatMap(expandForms)) {
      const words = phraseWords(form);
      const first = words[0];
      if (first === undefined) continue;
      const phrase = words.join(' ');
      if (words.length > 1) {
        if (phrases.has(phrase)) continue;
        phrases.add(phrase);
        if (!singles.has(first)) singles.set(first, null);
      } else {
        if (singles.get(first)) continue;
        singles.set(first, lexicon.category);
      }
      const initial = first[0] as string;
      entries[initial] ??= [];
      entries[initial].push(phrase);
      codes[initial] = (codes[initial] ?? '') + (words.length === 1 && searched(first) ? marked : code);
    }
  }
  return Object.fromEntries(
    Object.entries(entries).map(([initial, list]) => [initial, [codes[initial] ?? '', ...asEntries(list)]]),
  );
}

function asEntries(forms: readonly string[]): string[] {
  const entries: string[] = [];
  for (let i = 0; i < forms.length; ) {
    const stem = forms[i] as string;
    let entry = stem;
    for (i++; i < forms.length && !stem.includes(' '); i++) {
      const form = forms[i] as string;
      if (form.includes(' ') || !form.startsWith(stem)) break;
      entry += `|${form.slice(stem.length)}`;
    }
    entries.push(entry);
  }
  return entries;
}

const DIGIT = 48;
const LETTER = 97;

/** One letter's words and phrases from its `letterEntries`. */
function compileLetter(entries: readonly string[]): LetterWords {
  const letter: LetterWords = { phrases: new Map(), singles: new Map(), searched: new Set() };
  const codes = entries[0] ?? '';
  let form = 0;
  for (let i = 1; i < entries.length; i++) {
    const entry = entries[i] as string;
    if (!entry.includes('|')) addForm(letter, entry, codes.charCodeAt(form++));
    else for (const phrase of expandForms(entry)) addForm(letter, phrase, codes.charCodeAt(form++));
  }
  longestFirst(letter.phrases);
  return letter;
}

function addForm(letter: LetterWords, phrase: string, code: number) {
  const marked = code >= LETTER;
  const category = LEXICON_CATEGORIES[code - (marked ? LETTER : DIGIT)] as LexiconCategory;
  if (phrase.includes(' ')) {
    const words = phrase.split(' ');
    const first = words[0] as string;
    pushTo(letter.phrases, first, { words, category });
    if (!letter.singles.has(first)) letter.singles.set(first, null);
  } else {
    letter.singles.set(phrase, category);
    if (marked) letter.searched.add(phrase);
  }
}

/** The category of a listed one-word form, if it is one. */
export function singleCategory(compiled: Compiled, lower: string): LexiconCategory | undefined {
  const initial = lower[0];
  return initial === undefined ? undefined : (compiled.letter(initial).singles.get(lower) ?? undefined);
}

/** Longest first, so "miljøpartiet de grønne" wins over "miljøpartiet"; a stable sort keeps the rest in order. */
function longestFirst(map: Map<string, Phrase[]>) {
  for (const list of map.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
}

/**
 * A cue's phrases before its word: the phrases as a trie read backwards from the word before,
 * so that a cue with many of them costs a few look-ups, and those with `SUBJECT` as the words
 * around it, matched with the one trie of the person subjects: "far min er" and the thousand
 * phrases like it are one phrase, `${SUBJECT} er`, not a thousand branches of the trie.
 */
interface Before {
  trie: ReverseTrie;
  withSubject: { before: string[]; after: string[] }[];
}

function compileBefore(phrases: readonly string[]): Before {
  const plain: string[][] = [];
  const withSubject: Before['withSubject'] = [];
  for (const phrase of phrases) {
    const words = phraseWords(phrase);
    const at = words.indexOf(SUBJECT);
    if (at < 0) plain.push(words);
    else if (words.lastIndexOf(SUBJECT) === at && words.length > 1)
      withSubject.push({ before: words.slice(0, at), after: words.slice(at + 1) });
    else throw new Error(`A cue phrase takes ${SUBJECT} once, beside other words: "${phrase}"`);
  }
  return { trie: reverseTrie(plain), withSubject };
}

let subjects: ReverseTrie | undefined;
/** The person subjects as a trie read backwards, built on first use. */
const subjectTrie = (): ReverseTrie => {
  subjects ??= reverseTrie(personSubjects().map(phraseWords));
  return subjects;
};

function compileCue(category: LexiconCategory, cue: CuedWords): CompiledCue {
  let before: Before | undefined;
  const words = new Map<string, string[][]>();
  for (const entry of cue.words) {
    for (const form of expandForms(entry)) {
      const parts = cue.exact ? form.split(/\s+/) : phraseWords(form);
      const key = parts[0];
      if (key === undefined) continue;
      pushTo(words, key, parts);
    }
  }
  return {
    category,
    words,
    exact: cue.exact ?? false,
    before: () => {
      before ??= compileBefore(cue.before ?? []);
      return before;
    },
    after: new Set((cue.after ?? []).map((w) => w.toLowerCase())),
    joinedWith: new Set((cue.joinedWith ?? []).map((w) => w.toLowerCase())),
    ...(cue.properNounUnlessAfter && { properNounUnlessAfter: new Set(cue.properNounUnlessAfter) }),
  };
}

interface ReverseTrie {
  /** A whole phrase ends here (reading backwards: its first word). */
  end: boolean;
  next: Map<string, ReverseTrie>;
}

function reverseTrie(phrases: string[][]): ReverseTrie {
  const root: ReverseTrie = { end: false, next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const word of [...phrase].reverse()) {
      let child = node.next.get(word);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.end = phrase.length > 0;
  }
  return root;
}

/**
 * The lexicons (their `words` are read from `letterEntries`, one letter at a time, on first
 * use) compiled for look-ups.
 */
export function compileLexicons(
  lexicons: readonly Lexicon[],
  entriesOf: (initial: string) => readonly string[],
  trailingOf: (category: LexiconCategory) => readonly string[],
): Compiled {
  const letters = new Map<string, LetterWords>();
  const compiled: Compiled = {
    letter(initial) {
      let letter = letters.get(initial);
      if (!letter) {
        letter = compileLetter(entriesOf(initial));
        letters.set(initial, letter);
      }
      return letter;
    },
    exact: new Map(),
    heads: new Map(),
    modifiers: new Map(),
    cues: [],
    cuesByWord: new Map(),
    trailing: new Map(),
  };
  for (const lexicon of lexicons) {
    for (const word of lexicon.exactWords ?? []) compiled.exact.set(word, lexicon.category);
    for (const entry of lexicon.compoundHeads ?? []) {
      for (const affix of expandForms(entry)) {
        addAffix(compiled.heads, affix.slice(-AFFIX_KEY), { affix, category: lexicon.category });
      }
    }
    for (const affix of lexicon.compoundModifiers ?? []) {
      addAffix(compiled.modifiers, affix.slice(0, AFFIX_KEY), { affix, category: lexicon.category });
    }
    for (const cue of lexicon.cued ?? []) {
      const compiledCue = compileCue(lexicon.category, cue);
      compiled.cues.push(compiledCue);
      for (const word of compiledCue.words.keys()) {
        const list = compiled.cuesByWord.get(word) ?? [];
        if (!list.includes(compiledCue)) list.push(compiledCue);
        compiled.cuesByWord.set(word, list);
      }
    }
    if (lexicon.trailing) {
      const { category } = lexicon;
      let words: Map<string, string[][]> | undefined;
      const trailingWords = () => {
        if (words) return words;
        words = new Map();
        for (const entry of trailingOf(category)) {
          for (const form of expandForms(entry)) {
            const parts = phraseWords(form);
            if (parts[0] !== undefined) pushTo(words, parts[0], parts);
          }
        }
        return words;
      };
      compiled.trailing.set(lexicon.category, {
        linkers: new Set(lexicon.trailing.linkers),
        words: trailingWords,
      });
    }
  }
  return compiled;
}

/**
 * Words are adjacent when only spaces (or a hyphen, in "Industri- og", or a plural's apostrophe, in
 * "teachers' union") stand between them.
 */
const adjacent = (text: string, left: Token, right: Token): boolean =>
  right.start === left.end ||
  (right.start === left.end + 1 && text.charCodeAt(left.end) === 32) ||
  (ADJACENT.test(text.slice(left.end, right.start)) && right.start > left.end - 1);
const ADJACENT = /^['’]?[\s-]*$/;

/** Only white space, at least one character of it, from `from` to `to` (one space, mostly). */
const whiteBetween = (text: string, from: number, to: number): boolean =>
  (to === from + 1 && text.charCodeAt(from) === 32) || WHITE.test(text.slice(from, to));
const WHITE = /^\s+$/;

/** Index of the last token of `words` matched from token `i`, or -1. */
function matchAt(text: string, tokens: Token[], i: number, words: string[], exact: boolean): number {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[i + k];
    if (!token || (exact ? token.text : token.lower) !== words[k]) return -1;
    const previous = tokens[i + k - 1];
    if (k > 0 && previous && !adjacent(text, previous, token)) return -1;
  }
  return i + words.length - 1;
}

/**
 * True when one of the phrases ends right before token `i`, with only spaces between, its
 * words adjacent to each other (as `matchAt` takes them).
 */
function precededBy(text: string, tokens: Token[], i: number, before: Before): boolean {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  if (!previous || !whiteBetween(text, previous.end, token.start)) return false;
  return (
    inTrie(text, tokens, i - 1, before.trie) ||
    before.withSubject.some((phrase) => withSubjectBefore(text, tokens, i - 1, phrase))
  );
}

/** Does a phrase of the trie end at token `k` (read backwards, its words adjacent)? */
function inTrie(text: string, tokens: Token[], k: number, trie: ReverseTrie): boolean {
  let node: ReverseTrie | undefined = trie;
  for (; k >= 0; k--) {
    const word = tokens[k] as Token;
    node = node.next.get(word.lower);
    if (!node) return false;
    if (node.end) return true;
    const before = tokens[k - 1];
    if (!before || !adjacent(text, before, word)) return false;
  }
  return false;
}

/** Does `words` end at token `k`, its words adjacent? */
function wordsEndAt(text: string, tokens: Token[], k: number, words: readonly string[]): boolean {
  for (let j = words.length - 1; j >= 0; j--, k--) {
    const word = tokens[k];
    if (!word || word.lower !== words[j]) return false;
    const before = tokens[k - 1];
    if (j > 0 && (!before || !adjacent(text, before, word))) return false;
  }
  return true;
}

/**
 * Does a phrase with a person subject end at token `k`: its words after the subject, a subject
 * (the longest or a shorter one), then its words before the subject, all adjacent?
 */
function withSubjectBefore(
  text: string,
  tokens: Token[],
  k: number,
  phrase: Before['withSubject'][number],
): boolean {
  for (let j = phrase.after.length - 1; j >= 0; j--, k--) {
    const word = tokens[k];
    const before = tokens[k - 1];
    if (!word || word.lower !== phrase.after[j] || !before || !adjacent(text, before, word)) return false;
  }
  let node: ReverseTrie | undefined = subjectTrie();
  for (; k >= 0; k--) {
    const word = tokens[k] as Token;
    node = node.next.get(word.lower);
    if (!node) return false;
    const before = tokens[k - 1];
    const joined = before !== undefined && adjacent(text, before, word);
    if (
      node.end &&
      (phrase.before.length === 0 || (joined && wordsEndAt(text, tokens, k - 1, phrase.before)))
    )
      return true;
    if (!joined) return false;
  }
  return false;
}

/** A capitalised word in mid-sentence, not right after one of the cue's exceptions. */
function properNounHere(tokens: Token[], i: number, cue: CompiledCue): boolean {
  if (!cue.properNounUnlessAfter || (tokens[i] as Token).sentenceStart) return false;
  const previous = tokens[i - 1];
  return !previous || !cue.properNounUnlessAfter.has(previous.lower);
}

function matchCue(text: string, tokens: Token[], i: number, cue: CompiledCue): number {
  const token = tokens[i] as Token;
  const candidates = cue.words.get(cue.exact ? token.text : token.lower);
  // A joined word led by the name counts as the name when it is written as one (Høyre-plakat
  // in mid-sentence) or its other part is one of the cue's words (Venstre-politikeren).
  const [lead, rest] = token.parts;
  if (!candidates && lead !== undefined) {
    const named = cue.words.get(cue.exact ? lead : lead.toLowerCase())?.some((words) => words.length === 1);
    const cuedByRest =
      rest !== undefined && (cue.after.has(rest.toLowerCase()) || cue.joinedWith.has(rest.toLowerCase()));
    return named && (cuedByRest || properNounHere(tokens, i, cue)) ? i : -1;
  }
  if (!candidates) return -1;
  for (const words of candidates) {
    const last = matchAt(text, tokens, i, words, cue.exact);
    if (last < 0) continue;
    if (precededBy(text, tokens, i, cue.before())) return last;
    const next = tokens[last + 1];
    const lastToken = tokens[last] as Token;
    if (next && cue.after.has(next.lower) && whiteBetween(text, lastToken.end, next.start)) return last;
    if (properNounHere(tokens, i, cue)) return last;
  }
  return -1;
}

/** A word's category by the lists alone: as a whole word, an exact abbreviation or a compound. */
function wordCategory(compiled: Compiled, word: string, lower: string): LexiconCategory | undefined {
  return compiled.exact.get(word) ?? singleCategory(compiled, lower) ?? compoundCategory(compiled, lower);
}

/**
 * A compound's category by a listed ending with at least two letters before it, or a listed
 * beginning with at least three after it. No part is shorter than `AFFIX_KEY`, so a word too
 * short for either is not looked up (most words of a message are).
 */
function compoundCategory(compiled: Compiled, lower: string): LexiconCategory | undefined {
  if (lower.length < AFFIX_KEY + 2) return undefined;
  for (const { affix, category } of compiled.heads.get(lower.slice(-AFFIX_KEY)) ?? []) {
    if (lower.length >= affix.length + 2 && lower.endsWith(affix)) return category;
  }
  if (lower.length < AFFIX_KEY + 3) return undefined;
  for (const { affix, category } of compiled.modifiers.get(lower.slice(0, AFFIX_KEY)) ?? []) {
    if (lower.length >= affix.length + 3 && lower.startsWith(affix)) return category;
  }
  return undefined;
}

/** The span's last token, moved past `fra Syria` when the category takes a trailing phrase. */
function extendTrailing(text: string, tokens: Token[], last: number, trailing?: CompiledTrailing): number {
  const linker = tokens[last + 1];
  const lastToken = tokens[last] as Token;
  if (!trailing || !linker || !trailing.linkers.has(linker.lower)) return last;
  if (!whiteBetween(text, lastToken.end, linker.start)) return last;
  const first = tokens[last + 2];
  if (!first || !whiteBetween(text, linker.end, first.start)) return last;
  let end = last;
  for (const words of trailing.words().get(first.lower) ?? []) {
    end = Math.max(end, matchAt(text, tokens, last + 2, words, false));
  }
  return end;
}

/** The cues that may match at a token: those for its word, or for the lead of a joined word. */
const NO_CUES: CompiledCue[] = [];

function cuesFor(compiled: Compiled, token: Token): CompiledCue[] {
  const { cuesByWord } = compiled;
  const lead = token.parts[0];
  const byLower = cuesByWord.get(token.lower);
  const byText = token.text === token.lower ? undefined : cuesByWord.get(token.text);
  if (lead === undefined && !byText) return byLower ?? NO_CUES;
  const found = new Set([
    ...(byLower ?? []),
    ...(byText ?? []),
    ...(lead === undefined
      ? []
      : [...(cuesByWord.get(lead.toLowerCase()) ?? []), ...(cuesByWord.get(lead) ?? [])]),
  ]);
  // In the order the lexicons list them, as before the index.
  return found.size > 1 ? compiled.cues.filter((cue) => found.has(cue)) : [...found];
}

export function findWordSpans({ text, tokens }: TextDocument, compiled: Compiled): WordSpan[] {
  const spans: WordSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // No listed word starts with a digit ("2-roms", "10.klasse" are not special categories).
    const first = token.text.charCodeAt(0);
    if (first >= 48 && first <= 57) continue;
    let last = -1;
    let category: LexiconCategory | undefined;
    const letter = compiled.letter(token.lower[0] as string);
    for (const phrase of letter.phrases.get(token.lower) ?? []) {
      const end = matchAt(text, tokens, i, phrase.words, false);
      if (end > last) {
        last = end;
        category = phrase.category;
      }
    }
    // A one-word phrase when no longer one matched (they came last in the list of phrases).
    const single = category === undefined ? letter.singles.get(token.lower) : undefined;
    if (single) {
      last = i;
      category = single;
    }
    if (category === undefined) {
      // As `wordCategory`, less the one-word look-up just made.
      category = compiled.exact.get(token.text) ?? compoundCategory(compiled, token.lower);
      // A joined word is sensitive as a whole when one of its parts is: HIV-positiv, MDG-medlem.
      for (const part of token.parts) {
        if (category) break;
        category = wordCategory(compiled, part, part.toLowerCase());
      }
      if (category) last = i;
    }
    if (category === undefined) {
      for (const cue of cuesFor(compiled, token)) {
        const end = matchCue(text, tokens, i, cue);
        if (end >= 0) {
          last = end;
          category = cue.category;
          break;
        }
      }
    }
    if (category === undefined) continue;
    last = extendTrailing(text, tokens, last, compiled.trailing.get(category));
    spans.push({ start: token.start, end: (tokens[last] as Token).end, category });
    i = last;
  }
  return spans;
}
