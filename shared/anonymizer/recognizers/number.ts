import { patternFindings, type Recognizer } from '../recognizer.ts';

/** Anything but a digit (a module constant: see test/unit/anonymizer-bundle.test.ts). */
const NOT_DIGIT = /\P{Nd}/gu;
const countDigits = (value: string): number => value.replace(NOT_DIGIT, '').length;

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
const YEAR = '(?:(?:19|20)\\d{2}|\\d{2})';
const HOUR = '(?:[01]?\\d|2[0-3])';
/**
 * Numbers that are not about a person: dates (15.03.2024, 1.3.24, 2024-03-15), clock times
 * and their ranges (08.15–16.00), year ranges (2023–2024) and case numbers (2023/4567,
 * 24/01234-3). They may hold more than 6 digits and are kept as written.
 */
const NOT_PERSONAL = new RegExp(
  [
    `${DAY}[./]${MONTH}[./]${YEAR}`,
    `${DAY}-${MONTH}-(?:19|20)\\d{2}`,
    `(?:19|20)\\d{2}-${MONTH}-${DAY}`,
    `${HOUR}[.:][0-5]\\d\\s?[-–]\\s?${HOUR}[.:][0-5]\\d`,
    '(?:19|20)\\d{2}\\s?[-–]\\s?(?:(?:19|20)\\d{2}|\\d{2})',
    '(?:(?:19|20)\\d{2}|\\d{2})\\/\\d{1,6}(?:-\\d{1,3})?',
  ]
    .map((p) => `(?<!\\p{Nd}[.:/-]?)${p}(?![\\p{Nd}]|[./:-]\\p{Nd})`)
    .join('|'),
  'gu',
);

const NUMBER = /\+?\p{Nd}(?:[ .\-/]?\p{Nd})*/gu;
const ANY_DIGIT = /\p{Nd}/u;

const blankOut = (text: string, pattern: RegExp): string =>
  text.replace(pattern, (match) => ' '.repeat(match.length));

/**
 * Any run of more than 6 digits, however it is grouped: digits joined by single spaces, dots,
 * dashes or slashes are one number, so `912 34 567` and `1234.56.78903` are masked whole,
 * with a leading `+47`. A number glued to letters (`ID1234567`) is masked too.
 */
export const longNumbers: Recognizer = {
  name: 'numbers of more than 6 digits (not dates, times or case numbers)',
  categories: ['number'],
  find: ({ text }) =>
    // A text without a digit is not scanned (nor are the patterns compiled).
    ANY_DIGIT.test(text)
      ? patternFindings(blankOut(text, NOT_PERSONAL), NUMBER, 'number', (value) => countDigits(value) > 6)
      : [],
};
