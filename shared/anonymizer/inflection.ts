/**
 * Suffix rules for Norwegian inflection, bokmål and nynorsk: the forms a word may take, so
 * that a listed base form ("ritalin", "diabetes") is found in "Ritalinen", "metadonet",
 * "diagnosane". Only endings of nouns and adjectives; what is left must keep 4 letters.
 */
const ENDINGS = [
  ...['erne', 'ene', 'ane', 'ens', 'ets', 'ane', 'ar', 'er', 'en', 'et', 'a', 'e', 's', 't'],
  ...['aene', 'ers', 'ars', 'inga', 'ingen', 'ingane', 'ingene'],
].sort((a, b) => b.length - a.length);

/** The word's possible base forms, longest ending stripped first; never the word itself. */
export function baseForms(lower: string): string[] {
  const forms: string[] = [];
  for (const ending of ENDINGS) {
    if (lower.length - ending.length >= 4 && lower.endsWith(ending))
      forms.push(lower.slice(0, -ending.length));
  }
  return forms;
}
