import type { TextDocument, Token } from './document.ts';
import { type CuedWords, expandForms, type Lexicon, type LexiconCategory } from './lexicon.ts';

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
  /**
   * The phrases that may come right before, as a trie read backwards from the word before:
   * a cue with thousands of them ("far min er", "bestefar var", …) costs a few lookups.
   */
  before: ReverseTrie;
  after: Set<string>;
  joinedWith: Set<string>;
  properNounUnlessAfter?: Set<string>;
}

interface Affix {
  affix: string;
  category: LexiconCategory;
}

export interface Compiled {
  phrases: Map<string, Phrase[]>;
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
  /** Lower-case phrases by their first word. */
  words: Map<string, string[][]>;
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

function phraseWords(form: string): string[] {
  // "industri- og næringspartiet" → industri, og, næringspartiet: hyphen-space is a gap.
  return form.toLowerCase().replace(/-\s/g, ' ').split(/\s+/).filter(Boolean);
}

function addPhrase(map: Map<string, Phrase[]>, words: string[], category: LexiconCategory) {
  const first = words[0];
  if (first === undefined) return;
  pushTo(map, first, { words, category });
}

/** Longest first, so "miljøpartiet de grønne" wins over "miljøpartiet"; a stable sort keeps the rest in order. */
function longestFirst(map: Map<string, Phrase[]>) {
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
}

function compileCue(category: LexiconCategory, cue: CuedWords): CompiledCue {
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
    before: reverseTrie((cue.before ?? []).map(phraseWords)),
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

export function compileLexicons(lexicons: readonly Lexicon[]): Compiled {
  const compiled: Compiled = {
    phrases: new Map(),
    exact: new Map(),
    heads: new Map(),
    modifiers: new Map(),
    cues: [],
    cuesByWord: new Map(),
    trailing: new Map(),
  };
  for (const lexicon of lexicons) {
    for (const entry of lexicon.words) {
      for (const form of expandForms(entry)) addPhrase(compiled.phrases, phraseWords(form), lexicon.category);
    }
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
      const words = new Map<string, string[][]>();
      for (const entry of lexicon.trailing.words) {
        for (const form of expandForms(entry)) {
          const parts = phraseWords(form);
          if (parts[0] !== undefined) pushTo(words, parts[0], parts);
        }
      }
      compiled.trailing.set(lexicon.category, { linkers: new Set(lexicon.trailing.linkers), words });
    }
  }
  longestFirst(compiled.phrases);
  return compiled;
}

/**
 * Words are adjacent when only spaces (or a hyphen, in "Industri- og", or a plural's apostrophe, in
 * "teachers' union") stand between them.
 */
const adjacent = (text: string, left: Token, right: Token): boolean =>
  /^['’]?[\s-]*$/.test(text.slice(left.end, right.start)) && right.start > left.end - 1;

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
function precededBy(text: string, tokens: Token[], i: number, trie: ReverseTrie): boolean {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  if (!previous || !/^\s+$/.test(text.slice(previous.end, token.start))) return false;
  let node: ReverseTrie | undefined = trie;
  for (let k = i - 1; k >= 0; k--) {
    const word = tokens[k] as Token;
    node = node.next.get(word.lower);
    if (!node) return false;
    if (node.end) return true;
    const before = tokens[k - 1];
    if (!before || !adjacent(text, before, word)) return false;
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
    if (precededBy(text, tokens, i, cue.before)) return last;
    const next = tokens[last + 1];
    const lastToken = tokens[last] as Token;
    if (next && cue.after.has(next.lower) && /^\s+$/.test(text.slice(lastToken.end, next.start))) return last;
    if (properNounHere(tokens, i, cue)) return last;
  }
  return -1;
}

/** A word's category by the lists alone: as a whole word, an exact abbreviation or a compound. */
function wordCategory(compiled: Compiled, word: string, lower: string): LexiconCategory | undefined {
  const exact = compiled.exact.get(word);
  if (exact) return exact;
  const single = compiled.phrases.get(lower)?.find((phrase) => phrase.words.length === 1);
  if (single) return single.category;
  for (const { affix, category } of compiled.heads.get(lower.slice(-AFFIX_KEY)) ?? []) {
    if (lower.length >= affix.length + 2 && lower.endsWith(affix)) return category;
  }
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
  if (!/^\s+$/.test(text.slice(lastToken.end, linker.start))) return last;
  const first = tokens[last + 2];
  if (!first || !/^\s+$/.test(text.slice(linker.end, first.start))) return last;
  let end = last;
  for (const words of trailing.words.get(first.lower) ?? []) {
    end = Math.max(end, matchAt(text, tokens, last + 2, words, false));
  }
  return end;
}

/** The one-word entries of the lexicons (every inflected form), with their categories. */
export function singleWords(compiled: Compiled): Map<string, LexiconCategory> {
  const words = new Map<string, LexiconCategory>();
  for (const [first, phrases] of compiled.phrases) {
    const single = phrases.find((phrase) => phrase.words.length === 1);
    if (single) words.set(first, single.category);
  }
  return words;
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
    for (const phrase of compiled.phrases.get(token.lower) ?? []) {
      const end = matchAt(text, tokens, i, phrase.words, false);
      if (end > last) {
        last = end;
        category = phrase.category;
      }
    }
    if (category === undefined) {
      category = wordCategory(compiled, token.text, token.lower);
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
