import { vocabulary, wordSet } from '../data/word-sets.ts';
import { spaced, type Token } from '../document.ts';
import type { Allowance, AllowanceRecognizer } from '../recognizer.ts';

/**
 * What is not a person or a place of a person: institutions named after a place or a person
 * ("Fevik skole", "Solbakken sykehjem", "Kari Nordmanns minnefond"), organisations and
 * services visitors name ("NAV", "Altinn"), and the names the site gives for itself and its
 * bot. They are allowances: names and places found inside them are not masked.
 */

/** Words that make the capitalised words before them an institution's name. */
const INSTITUTION_HEADS = wordSet(() => vocabulary().institutions.heads);

/** Company and club forms, which count only written in capitals ("Hansen AS", "Eik IL"). */
const FORM_HEADS = wordSet(() => vocabulary().institutions.formHeads);

/** Forms of school that are written in lower case too: "Ole Vig vgs". */
const SCHOOL_FORMS = wordSet(() => ['vgs', 'sfo', 'aks']);

/** Words after which the capitalised words are an area, not a person: "Grimstad kommune". */
const AREA_HEADS = wordSet(() => [
  'kommune',
  'kommunes',
  'sentrum',
  'bydel',
  'bydelen',
  'fylke',
  'fylkeskommune',
]);

/** Organisations and services that visitors name in passing. */
const ORGANISATIONS = wordSet(() => vocabulary().institutions.organisations.map((w) => w.toLowerCase()));

/** True when `token` ends a name as an institution's: "Fevik skole", "Hansen AS", "Arendal kommune". */
export const isInstitutionHead = (token: Token): boolean =>
  INSTITUTION_HEADS.holds(token) ||
  FORM_HEADS.has(token.text) ||
  AREA_HEADS.holds(token) ||
  SCHOOL_FORMS.holds(token);

/** "NAV", "Altinn", and joined words led by one: "NAV-kontoret", "Vipps-betaling". */
export const isOrganisation = (token: Token): boolean =>
  ORGANISATIONS.holds(token) ||
  (token.parts.length > 1 && ORGANISATIONS.has((token.parts[0] ?? '').toLowerCase())) ||
  ORGANISATION_ENDINGS.test(token.lower);

/** A body named by what it is: "Foreldrerådet", "Eldrerådet", "Velforeningen", "Servicetorget". */
const ORGANISATION_ENDINGS =
  /(?:rådet|utvalget|utvalet|styret|laget|foreningen|foreininga|forbundet|gruppa|gruppen|kontoret|etaten|avdelingen|avdelinga|tjenesten|tenesta|senteret|sentralen|torget|nemnda|komiteen|sekretariatet)$/;

const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/** A letter or digit, which an own name must not be glued to (a module constant: see test/unit/anonymizer-bundle.test.ts). */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function ownNameAllowances(text: string, ownNames: readonly string[]): Allowance[] {
  const allowances: Allowance[] = [];
  const lower = text.toLowerCase();
  for (const name of ownNames) {
    const needle = name.toLowerCase();
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + needle.length] ?? ' ';
      if (WORD_CHARACTER.test(before) || WORD_CHARACTER.test(after)) continue;
      allowances.push({ start: at, end: at + needle.length, allow: ['name', 'location'] });
    }
  }
  return allowances;
}

export const institutions: AllowanceRecognizer = {
  name: 'institutions, organisations and the site’s own names (allowances)',
  allowancesOnly: true,
  categories: ['name', 'location', 'health'],
  find({ text, tokens }, options) {
    const allowances = ownNameAllowances(text, options.ownNames ?? []);
    for (let i = 0; i < tokens.length; i++) {
      const head = tokens[i] as Token;
      const area = AREA_HEADS.holds(head);
      if (!area && !isInstitutionHead(head)) continue;
      // Up to three capitalised words right before the head: "Nedre Eiker kirke".
      let first = i;
      while (first > 0 && i - first < 3) {
        const previous = tokens[first - 1] as Token;
        if (!CAPITALISED_WORD.test(previous.text) || !spaced(text, previous, tokens[first] as Token)) break;
        first--;
      }
      if (first < i) {
        // A medicine-like name before "skole" is the school's: "Wergeland skole".
        const allow = area ? (['name'] as const) : (['name', 'location', 'health'] as const);
        allowances.push({ start: (tokens[first] as Token).start, end: head.end, allow });
      }
    }
    return allowances;
  },
};
