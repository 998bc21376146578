/**
 * The anonymizer's rules, as data. Each rule finds spans of one category; a span is
 * replaced whole by the category's label. Bump `RULESET_VERSION` whenever a rule changes so
 * that stored text can be re-checked with the newer rules.
 */
export const RULESET_VERSION = 1;

export const CATEGORY_LABELS = {
  number: '[nummer]',
  email: '[e-post]',
  ip: '[ip-adresse]',
} as const;

export type Category = keyof typeof CATEGORY_LABELS;

export interface PatternRule {
  category: Category;
  /** Must carry the `g` flag. */
  pattern: RegExp;
  /** Optional check on a match; a match that fails it is left alone. */
  accept?: (match: string) => boolean;
}

const countDigits = (value: string): number => value.replace(/\D/g, '').length;

const isIpv4 = (value: string): boolean => value.split('.').every((part) => Number(part) <= 255);

export const PATTERN_RULES: readonly PatternRule[] = [
  {
    category: 'email',
    pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
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
    // Digits joined by single spaces, dots, dashes or slashes count as one number, so
    // `912 34 567` and `1234.56.78903` are masked whole, including a leading `+47`.
    category: 'number',
    pattern: /(?<![\p{L}\p{N}])\+?\d(?:[ .\-/]?\d)*/gu,
    accept: (value) => countDigits(value) > 6,
  },
];
