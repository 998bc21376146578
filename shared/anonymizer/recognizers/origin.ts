import { ORDINARY_WORD_SET, vocabulary, wordSet } from '../data/word-sets.ts';
import { spaced, type TextDocument, type Token } from '../document.ts';
import { people } from '../people.ts';
import type { Finding, Recognizer } from '../recognizer.ts';

/**
 * Ethnic or national origin said of a person by an adjective no list has: "mannen min er
 * gambisk", "som burundisk statsborger", "I'm Ukrainian", "my Eritrean husband". Norwegian
 * origin adjectives end in -sk (polsk, somalisk, kongolesisk); English demonyms are capitalised
 * and end in -an, -ian, -ese, -ish, -i, -ino, -ch or -ic (Filipino, French, Icelandic). A word of that shape counts only right after a person
 * and a copula, or before a person noun, and never when it is an ordinary word (praktisk,
 * typisk) or a regional one (trøndersk, bergensk).
 */

const NORWEGIAN_SHAPE = /^\p{Ll}{3,}sk[e]?$/u;
const ENGLISH_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ino|ina|ine|ch|ic)$/u;
const NOT_ORIGINS = wordSet(() => vocabulary().origin.notOrigins);
const COPULAS = wordSet(() => people().copulaWords);
const HALF = wordSet(() => ['halvt', 'halv', 'half', 'også', 'og', 'both']);
const PERSON_NOUNS = wordSet(() => vocabulary().origin.personNouns);
const SUBJECTS = wordSet(() => {
  const { kin, moreKin, englishKin, possessives } = people();
  return [...vocabulary().origin.subjects, ...kin, ...moreKin, ...englishKin, ...possessives];
});

/**
 * Whether a word can have one of the shapes at all, told from two characters: a Norwegian one
 * ends in -sk or -ske, an English one starts with a capital (which an ASCII character other
 * than A–Z is not). Most words are neither, and skip the look-ups and patterns below.
 */
const mayHaveShape = (text: string): boolean => {
  const first = text.charCodeAt(0);
  return first >= 128 || (first >= 65 && first <= 90) || text.endsWith('sk') || text.endsWith('ske');
};

const shaped = (token: Token) =>
  mayHaveShape(token.text) &&
  !NOT_ORIGINS.holds(token) &&
  !ORDINARY_WORD_SET.has(token.lower) &&
  (NORWEGIAN_SHAPE.test(token.text) || ENGLISH_SHAPE.test(token.text));

function saidOfPerson(document: TextDocument, i: number): boolean {
  const { text, tokens } = document;
  let j = i - 1;
  if (tokens[j] && HALF.holds(tokens[j] as Token)) j--;
  const copula = tokens[j];
  if (!copula || !spaced(text, copula, tokens[j + 1] as Token)) return false;
  if (COPULAS.holds(copula)) {
    if (copula.lower.includes("'")) return true;
    const subject = tokens[j - 1];
    return subject !== undefined && spaced(text, subject, copula) && SUBJECTS.holds(subject);
  }
  // "som en gambisk", "as an American living here".
  const before = tokens[j - 1];
  if (['a', 'an', 'en', 'ein', 'ei'].includes(copula.lower) && before && ['as', 'som'].includes(before.lower))
    return true;
  // "som gambisk statsborger", "my Eritrean husband": before a person noun.
  const next = tokens[i + 1];
  return next !== undefined && spaced(text, tokens[i] as Token, next) && PERSON_NOUNS.holds(next);
}

export const originAdjectives: Recognizer = {
  name: 'origin adjectives said of a person (by shape)',
  categories: ['ethnicity'],
  find(document) {
    const findings: Finding[] = [];
    document.tokens.forEach((token, i) => {
      if (shaped(token) && saidOfPerson(document, i))
        findings.push({ start: token.start, end: token.end, category: 'ethnicity' });
    });
    return findings;
  },
};
