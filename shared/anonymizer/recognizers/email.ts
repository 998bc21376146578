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
const ROLE_LOCAL_PARTS = new Set(
  (
    'post postmottak postkasse firmapost kundeservice kundesenter servicetorget servicetorg servicesenter ' +
    'innbyggerservice info informasjon kontakt kontakt-oss sentralbord support hjelp noreply no-reply ' +
    'personvern personvernombud personvernombodet sikkerhet it-support helpdesk brukerstotte ' +
    'bibliotek biblioteket skole barnehage eiendomsskatt byggesak plan teknisk renovasjon vann ' +
    'kemner skatt legevakt helsestasjon nav redaksjon webredaktor web nettredaksjon admin'
  ).split(' '),
);

/** Public bodies whose role addresses visitors are told to write to. */
const PUBLIC_DOMAIN =
  /(?:^|\.)(?:[\p{L}-]*kommune|fylkeskommune|nav|skatteetaten|udir|helsenorge|statsforvalteren|politiet|kartverket|lanekassen|husbanken|bufdir|vegvesen|regjeringen)\.no$/u;

/** A role address of a public body ("postmottak@grimstad.kommune.no"), not of a person or a firm. */
const serviceAddress = (email: string): boolean => {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  return ROLE_LOCAL_PARTS.has(local) && PUBLIC_DOMAIN.test(domain);
};

export const emailAddresses: Recognizer = {
  name: 'e-mail address (also written with (at) or dot)',
  find: ({ text }) => [
    ...patternFindings(text, PLAIN, 'email', (value) => !serviceAddress(value)),
    ...patternFindings(text, OBFUSCATED, 'email'),
  ],
};
