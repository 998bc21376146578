import { patternFindings, type Recognizer } from '../recognizer.ts';

/**
 * Norwegian national identity numbers: fødselsnummer (DDMMYY + three individual digits +
 * two mod-11 check digits), D-number (day + 40) and H-number (month + 40). Only a number
 * whose check digits and date are valid is called one; any other 11 digits are still
 * masked, as a number.
 */
const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function checkDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  return k === 10 ? undefined : k;
}

function plausibleDate(digits: readonly number[]): boolean {
  let day = (digits[0] ?? 0) * 10 + (digits[1] ?? 0);
  let month = (digits[2] ?? 0) * 10 + (digits[3] ?? 0);
  if (day > 40) day -= 40; // D-number
  if (month > 40) month -= 40; // H-number
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** True for a valid fødselsnummer, D-number or H-number, given with or without separators. */
export function isNationalIdentityNumber(value: string): boolean {
  const digits = [...value.replace(/\D/g, '')].map(Number);
  if (digits.length !== 11 || !plausibleDate(digits)) return false;
  const k1 = checkDigit(digits, K1_WEIGHTS);
  if (k1 === undefined || k1 !== digits[9]) return false;
  const k2 = checkDigit(digits, K2_WEIGHTS);
  return k2 !== undefined && k2 === digits[10];
}

const IDENTITY_NUMBER = /(?<!\p{Nd})\d{6}[ .-]?\d{5}(?!\p{Nd})/gu;
const SIX_DIGITS = /\d{6}/;

/** Fødselsnummer and D-numbers, with or without a separator after the date. */
export const identityNumbers: Recognizer = {
  name: 'identity number (mod-11 checked)',
  categories: ['identity'],
  find: ({ text }) =>
    // Six digits in a row or no match: a text without them is not scanned.
    SIX_DIGITS.test(text) ? patternFindings(text, IDENTITY_NUMBER, 'identity', isNationalIdentityNumber) : [],
};
