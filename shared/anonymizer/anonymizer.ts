import {
  CATEGORY_LABELS,
  CATEGORY_PRIORITY,
  type Category,
  LEXICONS,
  PATTERN_RULES,
  RULESET_VERSION,
} from './rules.ts';
import { compileLexicons, findWordSpans } from './words.ts';

export { CATEGORY_LABELS, type Category, RULESET_VERSION } from './rules.ts';

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

interface Span {
  start: number;
  end: number;
  category: Category;
}

const WORDS = compileLexicons(LEXICONS);
const PRIORITY = new Map(CATEGORY_PRIORITY.map((category, index) => [category, index]));

function findSpans(text: string): Span[] {
  const spans: Span[] = findWordSpans(text, WORDS);
  for (const rule of PATTERN_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const value = match[0];
      if (value.length === 0 || (rule.accept && !rule.accept(value))) continue;
      spans.push({ start: match.index, end: match.index + value.length, category: rule.category });
    }
  }
  return spans;
}

/**
 * Among overlapping spans keeps the one that starts first, then the longest, then the
 * category first in priority; an overlapping later span only extends it, so nothing of a
 * sensitive span is left behind.
 */
function resolveOverlaps(spans: Span[]): Span[] {
  const ordered = [...spans].sort(
    (a, b) =>
      a.start - b.start || b.end - a.end || (PRIORITY.get(a.category) ?? 0) - (PRIORITY.get(b.category) ?? 0),
  );
  const kept: Span[] = [];
  for (const span of ordered) {
    const last = kept.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      continue;
    }
    kept.push({ ...span });
  }
  return kept;
}

/** Masks personal data in free text before it is stored anywhere. Pure and idempotent. */
export function mask(text: string): MaskResult {
  const spans = resolveOverlaps(findSpans(text));
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
