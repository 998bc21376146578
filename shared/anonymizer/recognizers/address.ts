import { patternFindings, type Recognizer } from '../recognizer.ts';

// Street words that end a street name: written as part of it (Storgata, Eikevegen) or, for the
// commonest, as a word of their own (Dronningens gate, Kong Oscars gate).
const STREET_ANY_CASE = 'gate|gata|gaten|gt\\.|vei|veien|veg|vegen|vn\\.|allé|alle|alléen|alleen';
const STREET_ENDINGS = [
  'plass|plassen|stien|stig|stigen|bakken|bakke|lia|lien|tunet|tun|brygga|brygge|bryggen|kaia|kai',
  'kaien|ringen|ring|svingen|sving|haugen|haug|åsen|løkka|løkken|jordet|hagen|toppen|moen|myra|dalen',
  'kroken|krok|grenda|lunden|engen|enga|vollen|skogen|stranda|stranden|torget|torg|sletta|kollen',
  'heia|bråten|feltet|veita|smauet|smug|promenaden|parken|terrassen|holmen|vika|viken|berget|hamna',
  'allmenningen|allmenning|almenningen|stredet|strædet|gangen|rabben|flaten|passasjen|kvartalet',
  'teigen|teig|stykket|åkeren|lykkja|reina|tangen|nesset|øyra|bakkane|haugane|høgda|høyda|kleiva',
  'havna|marka|tjønna|odden|neset|sundet|strand|bekken|brekka|bøen|tråkket|hogda|lykkja|li|tjern',
  'jorde|myr|åker|vangen|vang|hei|dal|åsvegen|nuten|fjellet|haugvegen|bø|hamar|hammaren|skaret',
].join('|');
const STREET_WORD = 'gate|gata|gaten|vei|veien|veg|vegen|allé|alle|plass|plassen|brygge|torg|bakke';
const HOUSE_NUMBER =
  '\\d{1,4}(?:[A-Za-zÆØÅæøå](?![\\p{L}\\p{N}])|\\s[A-Ha-h](?![\\p{L}\\p{N}]))?(?:\\s?[-–]\\s?\\d{1,4})?(?:\\s+[HU]\\d{4})?';
const PREFIX =
  '(?:(?:Nedre|Øvre|Øvste|Gamle|Nye|Store|Lille|Vesle|Vestre|Østre|Søndre|Nordre|Indre|Ytre|Sankt|St\\.)\\s+)?';

/** A street name as the recognizers of places see it: by its ending, any case. */
export const STREET_NAME = new RegExp(
  `^(?:\\p{L}{2,}(?:${STREET_ANY_CASE.replace('|gt\\.', '').replace('|vn\\.', '')})|\\p{Lu}\\p{L}+(?:${STREET_ENDINGS}))$`,
  'u',
);

// A street and its house number. The postcode and postal place after it are kept: an area of a
// few thousand people, which editors need to read a complaint ("Storgata 5, 4870 Fevik").
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}\\]])(?:${PREFIX}(?:\\p{L}{2,}(?:${STREET_ANY_CASE})|\\p{Lu}\\p{L}+(?:${STREET_ENDINGS}))|(?:\\p{Lu}[\\p{L}.]*\\s+){1,3}(?:${STREET_WORD}))\\s*${HOUSE_NUMBER}(?![\\p{N}])`,
  'gu',
);

// After a word that says an address follows ("bor i", "adressen er"), any name with a house
// number is one: Fjellhaug 12, Kong Haakon 7s plass.
const CUED_ADDRESS = new RegExp(
  `(?<=(?:\\b(?:bor|bur|bodde|budde|adresse|adressa|adressen|address|live|lives|living|hos)\\s(?:(?:i|på|på\\s+adressen|er|at|on|in|oss\\s+i|oss\\s+på|meg\\s+i|meg\\s+på|:)\\s*)?))(?!(?:Postboks|Boks|Pb)\\s)${PREFIX}\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+){0,2}\\s${HOUSE_NUMBER}(?![\\p{N}])`,
  'gu',
);

// Any name with a house number that a postcode and place follow is an address, whatever its
// ending: "Fjellhaug 12, 4870 Fevik" (up to three digits: "Rema 1000, 4870 Fevik" is a shop).
const BEFORE_POSTCODE = new RegExp(
  `(?<![\\p{L}\\p{N}\\]])(?!(?:Postboks|Boks|Pb)\\s)${PREFIX}\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+){0,2}\\s\\d{1,3}[A-Za-zÆØÅæøå]?(?=,?\\s+\\d{4}\\s+\\p{Lu})`,
  'gu',
);

/** A flat's number in the address register (bolignummer): H0203, U0101, K0102, L0201. */
const FLAT_NUMBER = /(?<![\p{L}\p{N}])[HUKL]\d{4}(?![\p{L}\p{N}])/gu;

/** Every pattern above needs a digit: a text without one is not scanned (nor are they compiled). */
const DIGIT = /[0-9]/;

export const streetAddresses: Recognizer = {
  name: 'street address with house number',
  categories: ['address'],
  find: ({ text }) =>
    DIGIT.test(text)
      ? [
          ...patternFindings(text, FLAT_NUMBER, 'address'),
          ...patternFindings(text, ADDRESS, 'address'),
          ...patternFindings(text, CUED_ADDRESS, 'address'),
          ...patternFindings(text, BEFORE_POSTCODE, 'address'),
        ]
      : [],
};
