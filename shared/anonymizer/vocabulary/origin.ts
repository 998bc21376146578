/**
 * The longer word lists of `recognizers/origin.ts` (origin adjectives said of a person), whose
 * comments there say what each is for. Packed into `data/packed.ts` by `npm run
 * build:anonymizer-data` and read from there on first use; every list is only looked up in
 * (as a set), so it is packed sorted.
 */
export const ORIGIN = {
  notOrigins: [
    ...[
      'praktisk',
      'typisk',
      'fantastisk',
      'fysisk',
      'psykisk',
      'teknisk',
      'økonomisk',
      'politisk',
      'kritisk',
    ],
    ...[
      'logisk',
      'automatisk',
      'elektrisk',
      'realistisk',
      'optimistisk',
      'pessimistisk',
      'allergisk',
      'norsk',
    ],
    ...['norske', 'nordnorsk', 'trøndersk', 'bergensk', 'sørlandsk', 'nordlandsk', 'vestlandsk', 'østlandsk'],
    ...['stavangersk', 'sunnmørsk', 'hardingsk', 'valdresk', 'romantisk', 'dramatisk', 'spontan', 'frisk'],
    ...['hjelpsom', 'italian', 'human', 'christian', 'muslim', 'brian', 'susan', 'megan', 'morgan', 'logan'],
  ],
  personNouns: [
    ...[
      'statsborger',
      'statsborgar',
      'mann',
      'kone',
      'kvinne',
      'familie',
      'flyktning',
      'innvandrer',
      'innvandrar',
    ],
    ...['nabo', 'venn', 'far', 'mor', 'foreldre', 'opprinnelse', 'bakgrunn', 'husband', 'wife', 'family'],
    ...['neighbour', 'neighbor', 'friend', 'father', 'mother', 'parents', 'citizen', 'refugee', 'background'],
    ...['boy', 'girl', 'man', 'woman', 'origin', 'descent', 'roots', 'gutt', 'jente', 'ektemann'],
  ],
  /** Who an origin is said of, with the people of `people.ts` (kin, possessives). */
  subjects: [
    ...[
      'jeg',
      'eg',
      'vi',
      'me',
      'han',
      'hun',
      'ho',
      'de',
      'dei',
      'du',
      'dere',
      'de',
      'i',
      'we',
      'he',
      'she',
      'they',
    ],
    ...['my', 'our', 'his', 'her', 'som', 'as', 'a', 'an', 'en', 'ei', 'et', 'ein', 'eit'],
  ],
};
