/**
 * What counts as text from a visitor: well-formed Unicode (no lone surrogate halves) without
 * control characters, line breaks and tabs excepted. Anything else is not something a person
 * typed, and is refused before it reaches the anonymizer or a table.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Whether `value` is text a person could have typed (see above). */
export const isPlainText = (value: string): boolean => value.isWellFormed() && !CONTROL.test(value);

/** The message for a field that is not plain text. */
export const NOT_PLAIN_TEXT = 'must be text without control characters (line breaks and tabs are fine)';

/**
 * A fixed order of strings for ties in a sort: by UTF-16 code units. Not `localeCompare`,
 * whose first call in a process loads ICU's collation data (35 ms measured), a cold start's
 * worth for an order that only has to be the same every time.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
