import { CATEGORY_LABELS, type Category, RULESET_VERSION } from './categories.ts';
import { COUNTRY_NAMES, NORWEGIAN_PLACE_NAMES } from './data/word-sets.ts';
import { textDocument } from './document.ts';
import {
  type Allowance,
  type Finding,
  type MaskOptions,
  mergeFindings,
  type Recognizer,
} from './recognizer.ts';
import { RECOGNIZERS } from './recognizers/index.ts';

export { CATEGORY_LABELS, type Category, RULESET_VERSION } from './categories.ts';
export type { MaskOptions } from './recognizer.ts';

/**
 * What identifies a person wherever it stands: numbers, identity numbers, e-mail and IP
 * addresses, coordinates. A URL path masks these only, since its words are the page's topic
 * ("/helse/kreft"), not something a visitor said about a person.
 */
export const IDENTIFIERS: readonly Category[] = ['identity', 'email', 'ip', 'coordinates', 'number'];

export interface MaskResult {
  /** The text with every sensitive span replaced whole by its category label. */
  text: string;
  /** The categories found, sorted; never the values that were found. */
  categories: Category[];
  /** How many spans of each category were masked; counts only, never values. */
  counts: Partial<Record<Category, number>>;
  /** The rule-set version the text was checked with. */
  rulesetVersion: number;
}

const ORIGIN_AFTER = /^\s+(?:fra|frå|from)\s+(\p{L}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)/u;

/**
 * Where an origin said of a person comes from goes with it, whichever recognizer found the
 * origin: "[etnisitet] frå Libanon", "kurder fra Syria" (a known country or Norwegian place).
 */
function withOrigins(text: string, spans: Finding[]): Finding[] {
  for (const span of spans) {
    if (span.category !== 'ethnicity') continue;
    const match = ORIGIN_AFTER.exec(text.slice(span.end, span.end + 60));
    const place = match?.[1]?.toLowerCase();
    if (
      !match ||
      !place ||
      !(
        COUNTRY_NAMES.byFirstWord.has(place.split(' ')[0] ?? '') ||
        NORWEGIAN_PLACE_NAMES.byFirstWord.has(place.split(' ')[0] ?? '')
      )
    )
      continue;
    const next = spans.find((other) => other.start > span.start);
    const end = span.end + match[0].length;
    if (!next || next.start >= end) span.end = end;
  }
  return spans;
}

const RECOGNIZERS_FOR = new Map<readonly Category[], readonly Recognizer[]>();

/**
 * The recognizers that report or allow one of `only`'s categories, the same list for the same
 * array: the others' findings would be dropped and their allowances concern other categories.
 */
function recognizersFor(only: readonly Category[]): readonly Recognizer[] {
  let recognizers = RECOGNIZERS_FOR.get(only);
  if (!recognizers) {
    recognizers = RECOGNIZERS.filter((recognizer) => recognizer.categories.some((c) => only.includes(c)));
    // A caller that builds a new array per call must not grow the map without bound.
    if (RECOGNIZERS_FOR.size < 16) RECOGNIZERS_FOR.set(only, recognizers);
  }
  return recognizers;
}

/**
 * Masks personal data in free text before it is stored anywhere. The text is tokenized once,
 * every registered recognizer reports what it finds, and one merger resolves the findings
 * into spans that are each replaced whole by their category's label. Pure and idempotent.
 */
export function mask(text: string, options: MaskOptions = {}): MaskResult {
  return maskWith(options.only ? recognizersFor(options.only) : RECOGNIZERS, text, options);
}

/**
 * `mask` with the given recognizers. The recognizers of allowances run after the others, and
 * only those that allow a category something was found of: most texts name no institution and
 * no special category, and the allowances' scans were a fifth of a short message's masking.
 */
export function maskWith(
  recognizers: readonly Recognizer[],
  text: string,
  options: MaskOptions = {},
): MaskResult {
  const document = textDocument(text);
  const { only } = options;
  const items: (Finding | Allowance)[] = [];
  const found = new Set<Category>();
  for (const recognizer of recognizers) {
    if (recognizer.allowancesOnly) continue;
    for (const item of recognizer.find(document, options)) {
      if ('allow' in item) items.push(item);
      else if (!only || only.includes(item.category)) {
        items.push(item);
        found.add(item.category);
      }
    }
  }
  for (const recognizer of recognizers) {
    if (recognizer.allowancesOnly && recognizer.categories.some((category) => found.has(category))) {
      items.push(...recognizer.find(document, options));
    }
  }
  const spans = withOrigins(text, mergeFindings(items));
  let out = '';
  let cursor = 0;
  const counts: Partial<Record<Category, number>> = {};
  for (const span of spans) {
    out += text.slice(cursor, span.start) + CATEGORY_LABELS[span.category];
    counts[span.category] = (counts[span.category] ?? 0) + 1;
    cursor = span.end;
  }
  out += text.slice(cursor);
  const categories = (Object.keys(counts) as Category[]).sort();
  return { text: out, categories, counts, rulesetVersion: RULESET_VERSION };
}
