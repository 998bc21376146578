/**
 * What the anonymizer masks, and the label each category leaves in the text. Bump
 * `RULESET_VERSION` whenever a recognizer or a list changes, so that the hourly job re-checks
 * every stored question with the newer rules.
 */
export const RULESET_VERSION = 7;

/** Labels in bokmål; they are what editors and visitors read in a masked text. */
export const CATEGORY_LABELS = {
  identity: '[personnummer]',
  email: '[e-post]',
  ip: '[ip-adresse]',
  coordinates: '[koordinater]',
  address: '[adresse]',
  number: '[nummer]',
  health: '[helse]',
  gender: '[kjønn]',
  orientation: '[legning]',
  politics: '[politikk]',
  religion: '[religion]',
  ethnicity: '[etnisitet]',
  union: '[fagforening]',
  name: '[navn]',
  location: '[sted]',
} as const;

export type Category = keyof typeof CATEGORY_LABELS;

/**
 * When two recognizers find the same span, the category listed first in the labels names it: a
 * listed special-category word says more than a name list ("I am Sami").
 */
export const CATEGORY_PRIORITY: readonly Category[] = Object.keys(CATEGORY_LABELS) as Category[];
