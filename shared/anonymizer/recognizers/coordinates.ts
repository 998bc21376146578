import { patternFindings, type Recognizer } from '../recognizer.ts';

const HEMISPHERE = '(?:N|S|Ø|Ö|V|E|W)(?![\\p{L}])';
const MINUTES = "\\d{1,2}(?:[.,]\\d+)?\\s?['′’]";
const SECONDS = "\\d{1,2}(?:[.,]\\d+)?\\s?(?:[\"″”]|''|′′)";

// Degrees with minutes or a hemisphere: 60°23′N, 58° 20' 25" N, N 58° 20.5'. A bare "20°" is a
// temperature and stays. Never the last digits of a longer number: "12345 ° N" holds no degrees.
const DEGREES = new RegExp(
  `(?<![\\p{N}.,\\]])(?:${HEMISPHERE.replace('(?![\\p{L}])', '')}\\s?)?\\d{1,3}(?:[.,]\\d+)?\\s?°\\s?(?:${MINUTES}(?:\\s?${SECONDS})?(?:\\s?${HEMISPHERE})?|${HEMISPHERE})`,
  'gu',
);
// A decimal latitude and longitude pair: 59.9127, 10.7461 or 58,342 8,594.
const DECIMAL_PAIR = new RegExp(
  `(?<![\\p{N}.,\\]])[-+]?\\d{1,2}[.,]\\d{2,}°?(?:\\s?${HEMISPHERE})?\\s*[,;/]?\\s*[-+]?\\d{1,3}[.,]\\d{2,}°?(?:\\s?${HEMISPHERE})?(?![\\p{N}])`,
  'gu',
);
const ONE_WITH_HEMISPHERE = /(?<![\p{N}.,\]])\d{1,3}[.,]\d{2,}\s?°?\s?(?:N|S|Ø|Ö|E|W)(?![\p{L}])/gu;

const decimals = (value: string) => (value.split(/[.,]/)[1] ?? '').length;

/**
 * A decimal pair is a position when both numbers are a latitude and a longitude and either has
 * at least four decimals or a hemisphere letter, or it lies in Norway's box (mainland and
 * Svalbard): "1.500, 2.000" is two amounts, "58.342, 8.594" a place in Agder.
 */
function isPosition(value: string): boolean {
  const numbers = value.match(/\d{1,3}[.,]\d+/g) ?? [];
  const [lat, lon] = numbers.map((n) => Number(n.replace(',', '.')));
  if (lat === undefined || lon === undefined || lat > 90 || lon > 180) return false;
  const places = Math.min(...numbers.map(decimals));
  if (places >= 4 || /[NSØÖVEW]/.test(value)) return true;
  const inNorway = ((lat >= 57.5 && lat <= 71.5) || (lat >= 74 && lat <= 81)) && lon >= 4 && lon <= 31.5;
  return inNorway && places >= 2;
}

/** Every pattern above needs a digit: a text without one is not scanned (nor are they compiled). */
const DIGIT = /[0-9]/;

export const coordinates: Recognizer = {
  name: 'coordinates (degrees, decimal pairs)',
  categories: ['coordinates'],
  find: ({ text }) =>
    DIGIT.test(text)
      ? [
          ...patternFindings(text, DEGREES, 'coordinates'),
          ...patternFindings(text, DECIMAL_PAIR, 'coordinates', isPosition),
          ...patternFindings(text, ONE_WITH_HEMISPHERE, 'coordinates'),
        ]
      : [],
};
