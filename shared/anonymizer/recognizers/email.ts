import { vocabulary, wordSet } from '../data/word-sets.ts';
import { type Finding, patternFindings, type Recognizer } from '../recognizer.ts';

const LOCAL = "[\\p{L}\\p{N}._%+'-]+";
const LABEL = '[\\p{L}\\p{N}-]+';

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
 * A plain address is found from its @: the whole run of address characters before it (where
 * that run starts, not inside it), the @ and the domain. That is what scanning the text with
 * `LOCAL@DOMAIN`, started only at the start of a run, found (test/unit/anonymizer-recognizers.test.ts
 * holds the two to the same matches), but the scan tried every word of the text: on a 2 000-
 * character message with twelve @s the recognizer took 14 µs with the scan, and takes 6.3 from the @s.
 */
const LOCAL_BEFORE = new RegExp(`(?<=(${LOCAL}))@`, 'uy');
const DOMAIN = new RegExp(`@${LABEL}(?:\\.${LABEL})*\\.\\p{L}{2,}`, 'uy');

/** Each plain address that is not a service's (`serviceAddress`), in order and not overlapping. */
function plainAddresses(text: string): Finding[] {
  const found: Finding[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    LOCAL_BEFORE.lastIndex = at;
    const local = LOCAL_BEFORE.exec(text)?.[1];
    // The run reaches back into the address before: the pattern would start inside the run, where it cannot.
    if (local === undefined || at - local.length < from) continue;
    DOMAIN.lastIndex = at;
    if (!DOMAIN.test(text)) continue;
    const start = at - local.length;
    from = DOMAIN.lastIndex;
    if (!serviceAddress(text.slice(start, from))) found.push({ start, end: from, category: 'email' });
  }
  return found;
}

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
  // Texts without an "at" and a domain are not scanned for an obfuscated address (nor is its pattern compiled).
  find: ({ text }) => [
    ...plainAddresses(text),
    ...(OBFUSCATED_AT.test(text) && OBFUSCATED_DOT.test(text)
      ? patternFindings(text, OBFUSCATED, 'email')
      : []),
  ],
};
