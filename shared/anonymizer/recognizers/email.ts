import { vocabulary, wordSet } from '../data/word-sets.ts';
import { patternFindings, type Recognizer } from '../recognizer.ts';

const LOCAL = "[\\p{L}\\p{N}._%+'-]+";
const LABEL = '[\\p{L}\\p{N}-]+';
// Starts only where a run of address characters starts: without the look-behind a long word
// without @ took milliseconds (every position scanned to its end).
const PLAIN = new RegExp(`(?<![\\p{L}\\p{N}._%+'-])${LOCAL}@${LABEL}(?:\\.${LABEL})*\\.\\p{L}{2,}`, 'gu');

// Written so that a harvester would not see it: kari(at)example.no, kari [at] example [dot] no,
// kari at example dot no, kari krøllalfa example.no.
const AT = '\\s*(?:\\(at\\)|\\[at\\]|\\{at\\}|\\(a\\)|\\s(?:at|krøllalfa|alfakrøll)\\s|\\(krøllalfa\\))\\s*';
const DOT = '(?:\\.|\\s*(?:[([{](?:dot|punktum|prikk)[)\\]}]|\\s(?:dot|punktum|prikk)\\s)\\s*)';
const TLD = '(?:no|com|net|org|se|dk|fi|uk|de|nl|eu|info|io|me|nu|biz|co|online)';
const OBFUSCATED = new RegExp(
  `(?<![\\p{L}\\p{N}._%+'-])${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}${TLD}(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * Addresses of a service, not of a person: the municipality's post room, a help desk. Kept,
 * so that a visitor's "skriv til postmottak@kommune.no" still reads as it should.
 */
const ROLE_LOCAL_PARTS = wordSet(() => vocabulary().email.roleLocalParts);

/** Public bodies whose role addresses visitors are told to write to. */
const PUBLIC_DOMAIN =
  /(?:^|\.)(?:[\p{L}-]*kommune|fylkeskommune|nav|skatteetaten|udir|helsenorge|statsforvalteren|politiet|kartverket|lanekassen|husbanken|bufdir|vegvesen|regjeringen)\.no$/u;

/** A role address of a public body ("postmottak@grimstad.kommune.no"), not of a person or a firm. */
const serviceAddress = (email: string): boolean => {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  return ROLE_LOCAL_PARTS.has(local) && PUBLIC_DOMAIN.test(domain);
};

/**
 * What an obfuscated address cannot do without: its "at" and its dot before the top-level
 * domain, in the same case-insensitive way. The pattern itself is slow to compile (its letter
 * classes are case-folded), so a text without both is not scanned.
 */
const OBFUSCATED_AT = /\(at\)|\[at\]|\{at\}|\(a\)|\s(?:at|krøllalfa|alfakrøll)\s|\(krøllalfa\)/iu;
const OBFUSCATED_DOT = new RegExp(`${DOT}${TLD}`, 'iu');

export const emailAddresses: Recognizer = {
  name: 'e-mail address (also written with (at) or dot)',
  categories: ['email'],
  // Texts without an @, or an "at" and a domain, are not scanned (nor are the patterns compiled).
  find: ({ text }) => [
    ...(text.includes('@') ? patternFindings(text, PLAIN, 'email', (value) => !serviceAddress(value)) : []),
    ...(OBFUSCATED_AT.test(text) && OBFUSCATED_DOT.test(text)
      ? patternFindings(text, OBFUSCATED, 'email')
      : []),
  ],
};
