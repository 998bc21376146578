import { allMatches } from './matches.ts';

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

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[-/][\p{L}\p{N}]+)*\+?/gu;
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
  for (const match of allMatches(text, TOKEN)) {
    const value = match[0];
    const start = match.index;
    const end = start + value.length;
    // A mask label such as "[helse]" is not a word of the text, and what is glued to one was
    // part of a longer word before masking, so it is left as it was then.
    // Read within the text only: V8 throws away code that it compiled once it reads past an end.
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    const after = end < text.length ? text.charCodeAt(end) : -1;
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
