/**
 * Text normalization for matching, shared by the intent data (to check that every example
 * phrase yields words) and the matcher (to compare a visitor's words with the examples).
 * Both sides go through the same function, so the folding below never has to be undone.
 */

/**
 * A bracketed category label left by the anonymizer, e.g. `[nummer]`, `[e-post]`,
 * `[ip-adresse]`. Any such label is dropped, not only today's ones, so that a label added to
 * the anonymizer later can never be read as a word ("[e-post]" must not mean "contact").
 */
const MASK_LABEL = /\[\p{L}+(?:-\p{L}+)*\]/gu;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Visitors on a foreign keyboard write "apningstider", "soppel" or "aapningstider", so
 * æ, ø and å are folded to plain letters and their old spellings (aa, oe) to the same.
 * Accents go with the combining marks after decomposition (å → a, é → e, ü → u); ø and æ
 * have no decomposition. A chain of plain patterns: this runs on every message, and `\p{M}`
 * or a replacer function made a 2000-character message several times slower.
 */
const FOLDS: readonly (readonly [RegExp, string])[] = [
  [/[\u0300-\u036f]/g, ''],
  [/aa/g, 'a'],
  [/oe/g, 'o'],
  [/æ/g, 'ae'],
  [/ø/g, 'o'],
];

/** Lower case, Unicode NFKC, masked labels removed, Norwegian letters folded. */
export function normalize(text: string): string {
  let out = text.normalize('NFKC').toLowerCase().replace(MASK_LABEL, ' ').normalize('NFD');
  for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
  return out;
}

const isWordChar = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text.charAt(i));
};

/**
 * The words of a text as matching keys: letters and digits only, punctuation dropped.
 * They are folded ("søppelet" → "soppelet"), so they are for comparing, never for showing.
 * A loop rather than `split(/[^\p{L}\p{N}]+/u)`, which took 80 µs on a 2000-character
 * message once folding had made it plain ASCII; the text is lower case, hence only a-z.
 */
export function tokenize(text: string): string[] {
  const folded = normalize(text);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    if (isWordChar(folded, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(folded.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(folded.slice(start));
  return words;
}
