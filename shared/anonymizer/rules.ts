import { isNationalIdentityNumber } from './identity-number.ts';
import type { Lexicon } from './lexicon.ts';
import { ENGLISH_LEXICONS } from './lexicons/english.ts';
import { ethnicity } from './lexicons/ethnicity.ts';
import { gender } from './lexicons/gender.ts';
import { health } from './lexicons/health.ts';
import { orientation } from './lexicons/orientation.ts';
import { politics } from './lexicons/politics.ts';
import { religion } from './lexicons/religion.ts';
import { union } from './lexicons/union.ts';

/**
 * The anonymizer's rules, as data: patterns with validators for numbers, identities,
 * contact details and places, and word lists for the special categories. A span is replaced
 * whole by its category's label. Bump `RULESET_VERSION` whenever a rule or a list changes, so
 * that the hourly job re-checks stored text with the newer rules.
 */
export const RULESET_VERSION = 5;

/** Labels in bokmål; they are what editors and visitors read in a masked text. */
export const CATEGORY_LABELS = {
  identity: '[personnummer]',
  email: '[e-post]',
  ip: '[ip-adresse]',
  coordinates: '[koordinater]',
  address: '[adresse]',
  number: '[nummer]',
  health: '[helse]',
  gender: '[kjønn]',
  orientation: '[legning]',
  politics: '[politikk]',
  religion: '[religion]',
  ethnicity: '[etnisitet]',
  union: '[fagforening]',
} as const;

export type Category = keyof typeof CATEGORY_LABELS;

/** When two rules find the same span, the category listed first in the labels names it. */
export const CATEGORY_PRIORITY: readonly Category[] = Object.keys(CATEGORY_LABELS) as Category[];

export interface PatternRule {
  category: Category;
  /** Must carry the `g` flag. */
  pattern: RegExp;
  /** Optional check on a match; a match that fails it is left alone. */
  accept?: (match: string) => boolean;
}

const countDigits = (value: string): number => value.replace(/\P{Nd}/gu, '').length;

const isIpv4 = (value: string): boolean => value.split('.').every((part) => Number(part) <= 255);

/** Both numbers of a decimal pair must be a latitude and a longitude. */
const isCoordinatePair = (value: string): boolean => {
  const [lat, lon] = (value.match(/\d{1,3}[.,]\d+/g) ?? []).map((n) => Number(n.replace(',', '.')));
  return lat !== undefined && lon !== undefined && lat <= 90 && lon <= 180;
};

// Street words that end a street name: written as part of it (Storgata, Eikevegen) or, for
// the commonest, as a word of their own (Dronningens gate, Kong Oscars gate).
const STREET_ANY_CASE = 'gate|gata|gaten|gt\\.|vei|veien|veg|vegen|vn\\.|allé|alle|alléen|alleen';
const STREET_CAPITALISED = [
  'plass|plassen|stien|stig|stigen|bakken|bakke|lia|lien|tunet|tun|brygga|brygge|bryggen|kaia|kai',
  'kaien|ringen|ring|svingen|sving|haugen|åsen|løkka|løkken|jordet|hagen|toppen|moen|myra|dalen',
  'kroken|krok|grenda|lunden|engen|enga|vollen|skogen|stranda|stranden|torget|torg|sletta|kollen',
  'heia|bråten|feltet|veita|smauet|smug|promenaden|parken|terrassen|holmen|vika|viken|berget|hamna',
  'allmenningen|allmenning|almenningen|stredet|strædet|gangen|rabben|flaten|passasjen|kvartalet',
  'teigen|teig|stykket|åkeren|lykkja|reina|tangen|nesset|øyra|bakkane|haugane|lia',
  'havna|marka|tjønna|kleiva|odden|neset|sundet|strand|bekken|brekka|lykkja|bøen|tråkket|hogda',
].join('|');
const STREET_WORD = 'gate|gata|gaten|vei|veien|veg|vegen|allé|alle|plass|plassen|brygge|torg|bakke';
const HOUSE_NUMBER =
  '\\d{1,4}(?:[A-Za-zÆØÅæøå](?![\\p{L}\\p{N}])|\\s[A-Ha-h](?![\\p{L}\\p{N}]))?(?:\\s?[-–]\\s?\\d{1,4})?(?:\\s+[HU]\\d{4})?';
const POSTCODE_AND_PLACE = '(?:,?\\s+\\d{4}\\s+\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)?';
const ADDRESS_PREFIX =
  '(?:(?:Nedre|Øvre|Øvste|Gamle|Nye|Store|Lille|Vesle|Vestre|Østre|Søndre|Nordre|Indre|Ytre|Sankt|St\\.)\\s+)?';
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}\\]])(?:${ADDRESS_PREFIX}(?:\\p{L}{2,}(?:${STREET_ANY_CASE})|\\p{Lu}\\p{L}+(?:${STREET_CAPITALISED}))|(?:\\p{Lu}[\\p{L}.]*\\s+){1,3}(?:${STREET_WORD}))\\s*${HOUSE_NUMBER}${POSTCODE_AND_PLACE}(?![\\p{N}])`,
  'gu',
);

const HEMISPHERE = '(?:N|S|Ø|Ö|V|E|W)(?![\\p{L}])';
const MINUTES = "\\d{1,2}(?:[.,]\\d+)?\\s?['′’]";
const SECONDS = "\\d{1,2}(?:[.,]\\d+)?\\s?(?:[\"″”]|''|′′)";

export const PATTERN_RULES: readonly PatternRule[] = [
  {
    category: 'email',
    // Starts only where a run of address characters starts: without the look-behind a long
    // word without @ took milliseconds (every position scanned to its end).
    pattern: /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
  },
  {
    category: 'identity',
    pattern: /(?<!\p{Nd})\d{6}[ .-]?\d{5}(?!\p{Nd})/gu,
    accept: isNationalIdentityNumber,
  },
  {
    category: 'ip',
    pattern: /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)/g,
    accept: isIpv4,
  },
  {
    // IPv6: either a `::` compression or at least four colon-separated hex groups, so that
    // clock times such as 18:30 or 18:30:15 are not taken for addresses.
    category: 'ip',
    pattern:
      /(?<![\p{L}\p{N}:])(?:(?:[0-9a-f]{1,4}:){1,7}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?|::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)|(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4})(?![\p{L}\p{N}:])/giu,
    accept: (value) => /[0-9a-f]{1,4}:/i.test(value) && !/^\d{1,2}:\d{2}(?::\d{2})?$/.test(value),
  },
  {
    // Degrees with minutes or a hemisphere: 60°23′N, 58° 20' 25" N, N 58° 20.5'. A bare
    // "20°" is a temperature and stays.
    category: 'coordinates',
    pattern: new RegExp(
      `(?:${HEMISPHERE.replace('(?![\\p{L}])', '')}\\s?)?\\d{1,3}(?:[.,]\\d+)?\\s?°\\s?(?:${MINUTES}(?:\\s?${SECONDS})?(?:\\s?${HEMISPHERE})?|${HEMISPHERE})`,
      'gu',
    ),
  },
  {
    // A decimal latitude and longitude: at least four decimals each (three could be a
    // thousands separator, as in "1.500, 2.000"), or a hemisphere letter.
    category: 'coordinates',
    pattern: new RegExp(
      `(?<![\\p{N}.,\\]])[-+]?\\d{1,2}[.,]\\d{4,}°?(?:\\s?${HEMISPHERE})?\\s*[,;/]?\\s*[-+]?\\d{1,3}[.,]\\d{4,}°?(?:\\s?${HEMISPHERE})?(?![\\p{N}])`,
      'gu',
    ),
    accept: isCoordinatePair,
  },
  {
    category: 'coordinates',
    pattern: /(?<![\p{N}.,\]])\d{1,3}[.,]\d{2,}\s?°?\s?(?:N|S|Ø|Ö|E|W)(?![\p{L}])/gu,
  },
  { category: 'address', pattern: ADDRESS },
  {
    // Digits joined by single spaces, dots, dashes or slashes count as one number, so
    // `912 34 567` and `1234.56.78903` are masked whole, including a leading `+47`. A
    // number glued to letters (`ID1234567`) is masked too: no 7 digits may survive.
    category: 'number',
    pattern: /\+?\p{Nd}(?:[ .\-/]?\p{Nd})*/gu,
    accept: (value) => countDigits(value) > 6,
  },
];

export const LEXICONS: readonly Lexicon[] = [
  health,
  gender,
  orientation,
  politics,
  religion,
  ethnicity,
  union,
  ...ENGLISH_LEXICONS,
];
