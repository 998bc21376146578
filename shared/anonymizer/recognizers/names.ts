import {
  COUNTRY_NAMES,
  FIRST_NAME_SET,
  NORWEGIAN_PLACE_NAMES,
  ORDINARY_WORD_SET,
  PARTICLE_SET,
  SURNAME_SET,
  vocabulary,
  wordSet,
} from '../data/word-sets.ts';
import { PhraseSet, spaced, type TextDocument, type Token } from '../document.ts';
import { ownerWords, people } from '../people.ts';
import type { Finding, Recognizer } from '../recognizer.ts';
import { STREET_NAME } from './address.ts';
import { isInstitutionHead, isOrganisation } from './institutions.ts';

/**
 * Person names. Context comes first: a self-introduction ("jeg heter", "my name is"), a
 * signature ("Hilsen", "Mvh", "Regards"), a kin or role noun ("sønnen min", "saksbehandler")
 * or a title makes the words after it a name whether or not a list knows them. Without
 * context a capitalised word is a name when it is a known given name (`data/first-names.ts`),
 * and the capitalised words after it are its surname. Ordinary words that are also names
 * ("Per måned", "Liv og helse" at a sentence start) and months stay unless a cue says
 * otherwise.
 */

/** Said by the visitor of themselves: what follows is a name in any case ("jeg heter kari"). */
const SELF_INTRODUCTIONS = new PhraseSet(() => vocabulary().names.selfIntroductions);
/** "jeg er Kari", "eg er rania": a name when it is one the lists know (in any case) or capitalised. */
const WEAK_SELF_INTRODUCTIONS = new PhraseSet(() => [
  'jeg er',
  'eg er',
  'i am',
  "i'm",
  'im',
  'dette er',
  'this is',
]);
/** Said after the name: "Hans Nilsen heter jeg", "Kari er namnet mitt". */
const AFTER_NAME = [
  ['heter', 'jeg'],
  ['heiter', 'eg'],
  ['heter', 'eg'],
  ['er', 'navnet', 'mitt'],
  ['er', 'namnet', 'mitt'],
];

/** "Sol og jeg vurderer": a name that is an ordinary word, joined to the visitor. */
const WITH_ME = [
  ['og', 'jeg'],
  ['og', 'eg'],
  ['and', 'i'],
  ['og', 'meg'],
];

/** Do the words right after token `last` read as one of `phrases`? */
function followedBy(document: TextDocument, last: number, phrases: string[][]): boolean {
  const { text, tokens } = document;
  return phrases.some((words) =>
    words.every((word, k) => {
      const token = tokens[last + 1 + k];
      return token !== undefined && token.lower === word && spaced(text, tokens[last + k] as Token, token);
    }),
  );
}
/** Naming someone: what follows is a name when capitalised or a known name ("sonen heiter Ola"). */
const INTRODUCTIONS = new PhraseSet(() => vocabulary().names.introductions);
const SIGNATURES = new PhraseSet(() => vocabulary().names.signatures);

/** Particles of the name lists, and more from Portuguese, Italian, Dutch and German names. */
const MORE_PARTICLES = new Set(['dos', 'das', 'do', 'della', 'dela', 'ter', 'ten', 'op', 'zu', 'af', 'av']);
const PARTICLES = { has: (word: string) => PARTICLE_SET.has(word) || MORE_PARTICLES.has(word) };
const kinWords = () => [...people().kin, ...people().moreKin, ...people().roles];
const KIN_WORDS = wordSet(kinWords);
const ENGLISH_KIN_WORDS = wordSet(() => people().englishKin);
const ENGLISH_POSSESSIVES = wordSet(() => people().englishPossessives);
const POSSESSIVE_WORDS = wordSet(ownerWords);
const TITLE_WORDS = wordSet(() => people().titles);
/** A street named after a person is a street: "Kari Nordmanns vei", "Kong Oscars gate". */
const STREET_WORDS = wordSet(() => vocabulary().names.streetWords);
const LINKS = wordSet(() => ['og', 'and', 'eller', 'or', 'samt']);
const PATRONYMIC = /(?:sen|ssen|son|sson|dottir|datter)$/;
const PLACE_PREPOSITIONS = wordSet(() => vocabulary().names.placePrepositions);

/** Words that are capitalised for other reasons than being a name. */
const NEVER_NAMES = wordSet(() => vocabulary().names.neverNames);

const LETTERS = /^\p{L}[\p{L}'’-]*$/u;
/** A capital first (a module constant: see test/unit/anonymizer-bundle.test.ts). */
const STARTS_UPPER = /^\p{Lu}/u;

/** The word without a genitive -s ("Emils"), for list look-ups. */
const stem = (lower: string) => (lower.length > 3 && /[^s]s$/.test(lower) ? lower.slice(0, -1) : lower);

const knownFirst = (token: Token) =>
  FIRST_NAME_SET.has(token.lower) ||
  FIRST_NAME_SET.has(stem(token.lower)) ||
  (token.parts.length > 0 && token.parts.every((part) => FIRST_NAME_SET.has(part.toLowerCase())));

const knownSurname = (token: Token) => SURNAME_SET.has(token.lower) || SURNAME_SET.has(stem(token.lower));

export const isPlace = (token: Token) =>
  NORWEGIAN_PLACE_NAMES.byFirstWord.has(token.lower) || COUNTRY_NAMES.byFirstWord.has(token.lower);

const ordinary = (token: Token) => ORDINARY_WORD_SET.has(token.lower);

/** Written like a name: capitalised letters, perhaps hyphenated (Anne-Marie, al-Hassan). */
const nameShaped = (token: Token) =>
  (token.capitalised || (token.parts.length > 1 && STARTS_UPPER.test(token.parts.at(-1) ?? ''))) &&
  token.text.length >= 2 &&
  LETTERS.test(token.text) &&
  token.text !== token.text.toUpperCase();

/**
 * How a name was cued: `intro` (the visitor's own name or a signature: any case), `cue` (a
 * naming verb or a title), `kin` (a kin or role noun) or `list` (no cue: the name lists).
 */
type Mode = 'intro' | 'cue' | 'kin' | 'list';

/** Could `token` start a name in this mode? */
function startsName(token: Token, mode: Mode): boolean {
  // With no cue only a capitalised word starts a name, and most words are not: they are told
  // so before the look-ups below.
  if (mode === 'list' && !nameShaped(token)) return false;
  if (NEVER_NAMES.holds(token) || isOrganisation(token)) return false;
  // "Gata heter Storgata": a street's name, not a person's.
  if (STREET_NAME.test(token.text) && !knownFirst(token) && !knownSurname(token)) return false;
  if (nameShaped(token)) {
    if (mode === 'list') {
      if (knownFirst(token)) return !token.sentenceStart || !ordinary(token);
      return !token.sentenceStart && PATRONYMIC.test(token.lower) && knownSurname(token) && !ordinary(token);
    }
    // After a cue a capitalised word is a name unless it is a place or an ordinary word that
    // no list knows as a name ("Hilsen Grimstad kommune", "Takk Fornøyd").
    return knownFirst(token) || knownSurname(token) || (!isPlace(token) && !ordinary(token));
  }
  if (!LETTERS.test(token.text) || token.text.length < 2 || POSSESSIVE_WORDS.holds(token)) return false;
  if (mode === 'intro') return knownFirst(token) || knownSurname(token) || !ordinary(token);
  return mode !== 'list' && knownFirst(token) && !ordinary(token);
}

/** Could `token` continue a name begun in this mode? */
function continuesName(token: Token, mode: Mode): boolean {
  if (NEVER_NAMES.holds(token) || isOrganisation(token)) return false;
  // A capitalised word right after a name is its surname, even an ordinary word (Kari Berg, Ola Sol).
  if (nameShaped(token)) return true;
  if (!LETTERS.test(token.text) || mode === 'list') return false;
  return knownSurname(token) || (!ordinary(token) && (mode === 'intro' || knownFirst(token)));
}

/**
 * The index of the last token of a name that starts at token `i`, or -1. A name is one to four
 * words joined by spaces (particles such as "van der" inside); one followed by an institution
 * word ("Fevik skole", "Kari Nordmanns vei") is not a person's name.
 */
function nameRun(document: TextDocument, i: number, mode: Mode): number {
  const { text, tokens } = document;
  const first = tokens[i];
  if (!first || !startsName(first, mode)) return -1;
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i < 5; j++) {
    const token = tokens[j] as Token;
    if (!spaced(text, tokens[j - 1] as Token, token)) break;
    if (PARTICLES.has(token.lower) && !token.capitalised) {
      // "van der Berg", "de la Cruz": particles count when a capitalised name follows them.
      let k = j + 1;
      while (tokens[k] && PARTICLES.has((tokens[k] as Token).lower) && k - j < 3) k++;
      const next = tokens[k];
      if (next && spaced(text, tokens[k - 1] as Token, next) && nameShaped(next)) continue;
      break;
    }
    // A capitalised name goes on with capitalised words (al-Qadi counts as one), a lower-case
    // one with lower-case ones.
    if (nameShaped(token) !== nameShaped(first) && !PARTICLES.has((tokens[j - 1] as Token).lower)) break;
    // "Petter Dass-museet", "Ivar Aasen-tunet", "Anton Sport": an institution named after a person.
    if (namesAnInstitution(token)) return -1;
    if (!continuesName(token, mode)) break;
    last = j;
  }
  const after = tokens[last + 1];
  if (
    after &&
    spaced(text, tokens[last] as Token, after) &&
    (isInstitutionHead(after) || STREET_WORDS.holds(after))
  )
    return -1;
  return last;
}

/** A word that makes the words before it an institution's or a shop's name. */
function namesAnInstitution(token: Token): boolean {
  const last = token.parts.at(-1)?.toLowerCase();
  if (last !== undefined && token.parts.length > 1 && (INSTITUTION_WORDS.has(last) || STREET_WORDS.has(last)))
    return true;
  return token.capitalised && BUSINESS_WORDS.holds(token);
}

const INSTITUTION_WORDS = wordSet(() => vocabulary().names.institutionWords);
/** Shops and firms named after their owner: "Anton Sport", "Hansen Bygg", "Berg Regnskap". */
const BUSINESS_WORDS = wordSet(() => vocabulary().names.businessWords);

const commaOrSpace = (text: string, left: Token, right: Token) =>
  (right.start === left.end + 1 && text.charCodeAt(left.end) === 32) ||
  (COMMA_OR_SPACE.test(text.slice(left.end, right.start)) && right.start > left.end);
const COMMA_OR_SPACE = /^\.?[ \t]*,?[ \t]*$/;

/**
 * Every word that a cue of `cueBefore` ends with, right before the name: a word after none of
 * them has no cue, which one look-up tells for most words of a text. A cue added there needs
 * its words here.
 */
const CUE_LAST_WORDS = wordSet(() => [
  ...[SELF_INTRODUCTIONS, SIGNATURES, INTRODUCTIONS, WEAK_SELF_INTRODUCTIONS].flatMap((cues) => [
    ...cues.lastWords(),
  ]),
  ...people().titles,
  ...kinWords(),
  ...ownerWords(),
  ...people().englishKin,
  'til',
]);

/** The cue, if any, that makes token `i` the start of a name. */
function cueBefore(document: TextDocument, i: number): Mode | undefined {
  const { text, tokens } = document;
  const previous = tokens[i - 1];
  if (!previous || !CUE_LAST_WORDS.holds(previous)) return undefined;
  if (
    SELF_INTRODUCTIONS.endingBefore(document, i, ':,«"“') ||
    SIGNATURES.endingBefore(document, i, ',:-–\n\r')
  )
    return 'intro';
  if (INTRODUCTIONS.endingBefore(document, i, ':,«"“')) return 'cue';
  if (WEAK_SELF_INTRODUCTIONS.endingBefore(document, i)) return 'kin';
  const beforeThat = tokens[i - 2];
  if (!commaOrSpace(text, previous, tokens[i] as Token)) return undefined;
  if (TITLE_WORDS.holds(previous)) return 'cue';
  if (KIN_WORDS.holds(previous)) return 'kin';
  // "sønnen min Emil", "my son Jack", "mor til Emil"
  if (beforeThat && spaced(text, beforeThat, previous)) {
    if (POSSESSIVE_WORDS.holds(previous) && KIN_WORDS.holds(beforeThat)) return 'kin';
    if (ENGLISH_KIN_WORDS.holds(previous) && ENGLISH_POSSESSIVES.holds(beforeThat)) return 'kin';
    if (previous.lower === 'til' && KIN_WORDS.holds(beforeThat)) return 'kin';
  }
  return undefined;
}

/** "Jonas og Sofie", "Aylin and Emil": a capitalised word joined to a name by "og" is one too. */
function linkedNames(document: TextDocument, runs: [number, number][]) {
  const { text, tokens } = document;
  const starts = new Set(runs.map(([start]) => start));
  for (let r = 0; r < runs.length; r++) {
    const [start, end] = runs[r] as [number, number];
    const link = tokens[end + 1];
    const next = tokens[end + 2];
    if (link && next && LINKS.holds(link) && spaced(text, link, next) && !starts.has(end + 2)) {
      // "Hilsen Kari og amalie": in lower case too when it is a known name.
      const linkable = (nameShaped(next) && !isPlace(next)) || (knownFirst(next) && !ordinary(next));
      const last = linkable ? nameRun(document, end + 2, 'kin') : -1;
      if (last >= 0) {
        runs.push([end + 2, last]);
        starts.add(end + 2);
      }
    }
    const before = tokens[start - 1];
    const previous = tokens[start - 2];
    if (!before || !previous || !LINKS.holds(before) || starts.has(start - 2)) continue;
    if (!nameShaped(previous) || isPlace(previous) || (previous.sentenceStart && ordinary(previous)))
      continue;
    if (runs.some(([, e]) => e === start - 2)) continue;
    if (nameRun(document, start - 2, 'kin') === start - 2) {
      runs.push([start - 2, start - 2]);
      starts.add(start - 2);
    }
  }
}

export const personNames: Recognizer = {
  name: 'person names (cues, signatures, kin and role nouns, name lists)',
  categories: ['name'],
  find(document) {
    const { tokens } = document;
    const runs: [number, number][] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const mode = cueBefore(document, i) ?? 'list';
      const previous = tokens[i - 1];
      // "biblioteket på Lena": a known name that is also a place, after a preposition, is the place.
      if (mode === 'list' && previous && PLACE_PREPOSITIONS.holds(previous) && isPlace(token)) continue;
      // "programmet for Liv i sentrum": a name that is also an ordinary word, after a preposition
      // and before a lower-case word, is that word in a title.
      const next = tokens[i + 1];
      if (
        mode === 'list' &&
        previous &&
        next &&
        PLACE_PREPOSITIONS.holds(previous) &&
        ordinary(token) &&
        !next.capitalised
      )
        continue;
      let last = nameRun(document, i, mode);
      if (last < 0 && mode !== 'list') last = nameRun(document, i, 'list');
      // "Hans Nilsen heter jeg", "Per Hansen ringte": a name that is also an ordinary word counts
      // at a sentence start when a known surname, or "heter jeg", follows it.
      if (last < 0 && mode === 'list' && token.sentenceStart && (knownFirst(token) || knownSurname(token))) {
        const run = nameRun(document, i, 'intro');
        const next = tokens[i + 1];
        // "Tran Van Minh": a surname first, then a given name, as some write their names.
        const surnamed = next !== undefined && run > i && (knownSurname(next) || knownFirst(next));
        if (
          run >= i &&
          (surnamed || followedBy(document, run, AFTER_NAME) || followedBy(document, run, WITH_ME))
        )
          last = run;
      }
      if (last < 0) continue;
      runs.push([i, last]);
      i = last;
    }
    linkedNames(document, runs);
    // Pushed, not mapped: the array `map` makes differs in kind once V8 optimises this function,
    // and the masking loop, compiled for the arrays seen before, was thrown away when it met one.
    const findings: Finding[] = [];
    for (const [start, end] of runs) {
      findings.push({
        start: (tokens[start] as Token).start,
        end: (tokens[end] as Token).end,
        category: 'name',
      });
    }
    return findings;
  },
};
