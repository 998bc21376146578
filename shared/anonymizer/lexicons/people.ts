/**
 * People a visitor writes about, for words that are personal only when said of a person
 * ("far er kven", "mor sit i rullestol"). Used by several categories' cues.
 */
/** Kin and household, the people questions to a municipality are most often about. */
export const KIN = [
  'far',
  'faren',
  'mor',
  'moren',
  'mora',
  'farfar',
  'farmor',
  'morfar',
  'mormor',
  'bestefar',
  'bestemor',
  'besteforeldre',
  'besteforeldra',
  'oldefar',
  'oldemor',
  'onkel',
  'onkelen',
  'tante',
  'tanta',
  'tanten',
  'bror',
  'broren',
  'søster',
  'søstera',
  'søsteren',
  'syster',
  'systera',
  'sønn',
  'sønnen',
  'son',
  'sonen',
  'datter',
  'datteren',
  'dattera',
  'dotter',
  'dottera',
  'barnet',
  'barna',
  'borna',
  'mannen',
  'kona',
  'kjæresten',
  'samboeren',
  'sambuaren',
  'familien',
  'slekta',
  'slekten',
  'naboen',
  'foreldrene',
  'foreldra',
  // People one answers for: a pupil, a patient, a client.
  ...['eleven', 'elevane', 'elevene', 'pasienten', 'brukeren', 'brukaren', 'klienten', 'vennen', 'venninna'],
];
export const POSSESSIVES = ['min', 'mi', 'mitt', 'mine', 'vår', 'vårt', 'våre', 'hans', 'hennar', 'hennes'];

/** Who a sentence is about, for words that name an origin only when said of a person. */
export const PERSON_SUBJECTS = [
  ...['jeg', 'eg', 'vi', 'me', 'han', 'hun', 'ho', 'de', 'dei'],
  ...KIN,
  ...KIN.flatMap((kin) => POSSESSIVES.flatMap((own) => [`${own} ${kin}`, `${kin} ${own}`])),
];
