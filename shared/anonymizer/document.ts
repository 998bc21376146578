/**
 * A text cut into word tokens once, for every recognizer. A token knows its position, its
 * lower-case form, its parts when it is joined (`HIV-positiv`), whether it is capitalised
 * and whether it starts a sentence, so recognizers never re-scan the text for these.
 */
export interface Token {
  /** As written. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Parts of a joined word (`HIV-positiv` → HIV, positiv); empty for a plain word. */
  parts: string[];
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** First word of the text or of a sentence (after . ! ? : a line break or a quote). */
  sentenceStart: boolean;
  /** The word classes its lower-case form is in, as `WordClass` looks them up on first use. */
  classes: Uint32Array | undefined;
}

export interface TextDocument {
  text: string;
  tokens: Token[];
}

/**
 * The tokenizer reads a word as the pattern `[\p{L}\p{N}]+(?:['’]\p{L}+)?(?:[-/][\p{L}\p{N}]+)*\+?`
 * would match it (test/unit/anonymizer-recognizers.test.ts holds the two to the same tokens), but
 * by character codes: a letter or digit of the BMP is a table look-up, and only a character
 * outside it, or a run past its first 32 characters, is asked of a sticky Unicode pattern,
 * which then reads the rest of the run. Cutting a 2 000-character message of dense
 * personal data into words takes 54–57 µs this way, against 68–75 with the pattern and its match
 * objects (one process, in turns); one 2 000-letter word 4 µs, as with the pattern (by the table
 * alone, 8–9).
 */
const WORD = 1;
const LETTER = 2;
/** Set for every code whose class the table holds (a code of no class has only this bit). */
const KNOWN = 4;
/** Codes below this are classed from the start: Basic Latin to Latin Extended-B, which Norwegian, Sami and their neighbours write in. */
const TABLE_END = 0x250;
const SURROGATES = 0xd800;
const SURROGATES_END = 0xe000;

/**
 * Each code's class as \p{L} and \p{N} have them. Below `TABLE_END` from the start: A–Z, a–z,
 * ª µ º and À–ɏ but × and ÷ are letters; 0–9, ² ³ ¹ and ¼ ½ ¾ are digits. Any other code of the
 * BMP is asked of the Unicode classes the first time a text has it, and kept (`classOf`), so
 * Cyrillic or Arabic text is read by the table too once its letters have been seen. A test
 * holds the table to the Unicode classes, code by code.
 */
const CLASS_OF = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (from: number, to: number, kind: number) => table.fill(KNOWN | kind, from, to + 1);
  mark(0, TABLE_END - 1, 0);
  mark(0x30, 0x39, WORD);
  mark(0x41, 0x5a, WORD | LETTER);
  mark(0x61, 0x7a, WORD | LETTER);
  for (const code of [0xaa, 0xb5, 0xba]) mark(code, code, WORD | LETTER);
  for (const code of [0xb2, 0xb3, 0xb9]) mark(code, code, WORD);
  mark(0xbc, 0xbe, WORD);
  mark(0xc0, TABLE_END - 1, WORD | LETTER);
  mark(0xd7, 0xd7, 0);
  mark(0xf7, 0xf7, 0);
  return table;
})();

const ONE_LETTER = /^\p{L}$/u;
const ONE_NUMBER = /^\p{N}$/u;

/** The class of a code outside the surrogates: from the table, or asked once and kept there. */
function classOf(code: number): number {
  const kept = CLASS_OF[code] as number;
  if (kept !== 0) return kept;
  const char = String.fromCharCode(code);
  const found = KNOWN | (ONE_LETTER.test(char) ? WORD | LETTER : ONE_NUMBER.test(char) ? WORD : 0);
  CLASS_OF[code] = found;
  return found;
}

/** Half of a surrogate pair: its character, outside the BMP, is asked of the patterns below. */
const surrogate = (code: number): boolean => code >= SURROGATES && code < SURROGATES_END;

/** A run of letters and digits, or of letters only, from `lastIndex` (sticky: there or not at all). */
const WORD_RUN = /[\p{L}\p{N}]+/uy;
const LETTER_RUN = /\p{L}+/uy;
/** One letter or digit at `lastIndex`: where a word starts, its run is read by `wordEnd`. */
const WORD_CHAR = /[\p{L}\p{N}]/uy;

/** After this many characters by the table, a run is read on by the pattern: faster over a long one. */
const LONG_RUN = 32;

/** Where the run of `kind` (WORD or LETTER) characters that starts at `from` ends (`from` when there is none). */
function runEnd(text: string, from: number, kind: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!surrogate(code) && i - from < LONG_RUN) {
      if ((classOf(code) & kind) === 0) return i;
      i++;
      continue;
    }
    const run = kind === WORD ? WORD_RUN : LETTER_RUN;
    run.lastIndex = i;
    if (!run.test(text)) return i;
    i = run.lastIndex;
  }
  return i;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
const SLASH = 47;
const PLUS = 43;

/** The code at `i`, or -1 past the end: V8 throws away code that it compiled once it reads past an end. */
const codeAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);

/** Where the word that starts at `start` ends: its run, an apostrophe's letters, its joined parts, a plus. */
function wordEnd(text: string, start: number): number {
  let i = runEnd(text, start, WORD);
  let code = codeAt(text, i);
  if (code === APOSTROPHE || code === RIGHT_QUOTE) {
    const end = runEnd(text, i + 1, LETTER);
    if (end > i + 1) i = end;
    code = codeAt(text, i);
  }
  while (code === HYPHEN || code === SLASH) {
    const end = runEnd(text, i + 1, WORD);
    if (end === i + 1) break;
    i = end;
    code = codeAt(text, i);
  }
  return code === PLUS ? i + 1 : i;
}

/** Where the next word starts at or after `from`, or the text's length. */
function nextWord(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!surrogate(code)) {
      if ((classOf(code) & WORD) !== 0) return i;
      i++;
      continue;
    }
    WORD_CHAR.lastIndex = i;
    if (WORD_CHAR.test(text)) return i;
    // The second half of a surrogate pair is no letter on its own: one code unit on is enough.
    i++;
  }
  return i;
}

const NO_PARTS: string[] = [];
/** What ends a sentence or starts a quote: . ! ? : a line break « " “ (by code, with no new strings). */
const breaksAt = (code: number): boolean =>
  code === 46 ||
  code === 33 ||
  code === 63 ||
  code === 58 ||
  code === 10 ||
  code === 171 ||
  code === 34 ||
  code === 8220;

function breaksSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (breaksAt(text.charCodeAt(i))) return true;
  return false;
}

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/**
 * Upper case and not the same in lower case: letters only, no regular expression per token.
 * An ASCII letter or digit is told by its code, with no new strings.
 */
const startsUpper = (value: string): boolean => {
  const code = value.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = value[0] as string;
  return first !== first.toLowerCase() && first === first.toUpperCase();
};

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  /** No word yet, not even one that is skipped. */
  let first = true;
  let end = 0;
  for (let start = nextWord(text, 0); start < text.length; start = nextWord(text, end)) {
    end = wordEnd(text, start);
    const value = text.slice(start, end);
    // A mask label such as "[helse]" is not a word of the text, and what is glued to one was
    // part of a longer word before masking, so it is left as it was then.
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    const after = codeAt(text, end);
    const label = before === OPEN_BRACKET && after === CLOSE_BRACKET;
    if (label || before === CLOSE_BRACKET || after === OPEN_BRACKET) {
      // It still stands where a word stood, so the word after it is no more the first of a
      // sentence than it was before masking: "[nummer] kari" as "912 34 567 kari". Masking a
      // masked text again then finds what the first pass found.
      previousEnd = end;
      first = false;
      continue;
    }
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end,
      parts: value.includes('-') || value.includes('/') ? value.split(/[-/]/).filter(Boolean) : NO_PARTS,
      capitalised: startsUpper(value),
      sentenceStart: first || breaksSentence(text, previousEnd, start),
      classes: undefined,
    });
    previousEnd = end;
    first = false;
  }
  return tokens;
}

export const textDocument = (text: string): TextDocument => ({ text, tokens: tokenize(text) });

/** Only white space between two tokens: spaces or tabs, at least one. */
export function spaced(text: string, left: Token, right: Token): boolean {
  if (right.start <= left.end) return false;
  for (let i = left.end; i < right.start; i++) {
    const char = text.charCodeAt(i);
    if (char !== 32 && char !== 9) return false;
  }
  return true;
}

/** Phrases of lower-case words, looked up by how many words they have; built on first use. */
export class PhraseSet {
  #phrases: Set<string> | undefined;
  /** The last word of every phrase: a token that is none of them is rejected with one look-up. */
  readonly #lastWords = new Set<string>();
  #longest = 0;
  readonly #list: () => Iterable<string>;

  constructor(phrases: () => Iterable<string>) {
    this.#list = phrases;
  }

  #built(): Set<string> {
    if (this.#phrases) return this.#phrases;
    const set = new Set<string>();
    for (const phrase of this.#list()) {
      const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      set.add(words.join(' '));
      this.#lastWords.add(words.at(-1) ?? '');
      this.#longest = Math.max(this.#longest, words.length);
    }
    this.#phrases = set;
    return set;
  }

  /**
   * The number of tokens of the longest phrase that ends right before token `i` (its words
   * separated by spaces only, and only spaces or one of `gap`'s characters before token `i`),
   * or 0.
   */
  endingBefore(document: TextDocument, i: number, gap = ''): number {
    const { text, tokens } = document;
    const phrases = this.#built();
    const target = tokens[i];
    const last = tokens[i - 1];
    if (!target || !last || !this.#lastWords.has(last.lower)) return 0;
    if (!isGap(text.slice(last.end, target.start), gap)) return 0;
    let words = '';
    let found = 0;
    for (let n = 1; n <= this.#longest && i - n >= 0; n++) {
      const token = tokens[i - n] as Token;
      if (n > 1 && !spaced(text, token, tokens[i - n + 1] as Token)) break;
      words = n === 1 ? token.lower : `${token.lower} ${words}`;
      if (phrases.has(words)) found = n;
    }
    return found;
  }

  has(words: string): boolean {
    return this.#built().has(words);
  }

  /** The last word of every phrase: `endingBefore` finds nothing after any other word. */
  lastWords(): ReadonlySet<string> {
    this.#built();
    return this.#lastWords;
  }
}

function isGap(between: string, gap: string): boolean {
  for (const char of between) if (char !== ' ' && char !== '\t' && !gap.includes(char)) return false;
  return between.length > 0;
}

/** The words of a list written as one string, separated by white space or `|`. */
export const wordList = (list: string): string[] => list.split(/[\s|]+/).filter(Boolean);
