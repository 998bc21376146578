/**
 * The shape of a word list. Lexicons are data: a category's words for bokmål and nynorsk,
 * each written once with its inflections (`homofil|e|t` is homofil, homofile, homofilt).
 * Matching is on whole words, so `mann` never touches "Mannskapet" or "bemanning".
 */
export const LEXICON_CATEGORIES = [
  'health',
  'gender',
  'orientation',
  'politics',
  'religion',
  'ethnicity',
  'union',
] as const;
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

export interface CuedWords {
  /** Words (inflected like `words`) that are sensitive only in this context. */
  words: readonly string[];
  /** Match the words in exactly this case (party abbreviations, names that are common words). */
  exact?: boolean;
  /**
   * Phrases of which one must end right before the word (`stemmer på`, `er fra`). `SUBJECT` in a
   * phrase stands for each of the person subjects (`${SUBJECT} er`: "jeg er", "far min er", …).
   */
  before?: readonly string[];
  /** Words of which one must come right after it (`polsk bakgrunn`), or be joined to it. */
  after?: readonly string[];
  /** Words that make it sensitive only when joined to it by a hyphen (`frp-er`, `sp-ordføreren`). */
  joinedWith?: readonly string[];
  /** A capitalised word in mid-sentence counts as cued, unless one of these words precedes it. */
  properNounUnlessAfter?: readonly string[];
}

export interface Lexicon {
  category: LexiconCategory;
  /** Whole words and phrases, any case. */
  words: readonly string[];
  /** Whole words in exactly this case (abbreviations such as `KrF`, `LO`). */
  exactWords?: readonly string[];
  /**
   * Endings that make a compound sensitive as a whole (`brystkreft`, `nøtteallergi`); the
   * compound needs at least two letters before the ending.
   */
  compoundHeads?: readonly string[];
  /** Beginnings that make a compound sensitive as a whole (`kreftpasient`, `demensavdeling`). */
  compoundModifiers?: readonly string[];
  cued?: readonly CuedWords[];
  /**
   * What a span of this category extends over: a linker and one of the words right after
   * it (`kurder fra Syria` as one span, as the country tells the origin too).
   */
  trailing?: { linkers: readonly string[]; words: readonly string[] };
}

/** `stem|a|b` → stem, stema, stemb; a phrase is expanded on its last word. */
export function expandForms(entry: string): string[] {
  const forms = entry.split('|');
  const stem = forms[0] as string;
  for (let i = 1; i < forms.length; i++) forms[i] = stem + forms[i];
  return forms;
}

/**
 * In a cue's `before` phrases: any of the person subjects (`personSubjects()` of `people.ts`),
 * so that a list holds "far min er" and its thousand siblings as one phrase.
 */
export const SUBJECT = '{subject}';
