/**
 * What counts as text from a visitor: well-formed Unicode (no lone surrogate halves) without
 * control characters, line breaks and tabs excepted. Anything else is not something a person
 * typed, and is refused before it reaches the anonymizer or a table.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A lone surrogate half: the one way a JavaScript string can be ill-formed UTF-16. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `value` is text a person could have typed (see above). */
export const isPlainText = (value: string): boolean => !CONTROL.test(value) && !LONE_SURROGATE.test(value);

/** The message for a field that is not plain text. */
export const NOT_PLAIN_TEXT = 'must be text without control characters (line breaks and tabs are fine)';
