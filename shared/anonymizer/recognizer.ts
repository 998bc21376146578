import { CATEGORY_PRIORITY, type Category } from './categories.ts';
import type { TextDocument } from './document.ts';
import { allMatches } from './matches.ts';

/** A stretch of the text that one recognizer found to be personal data of a category. */
export interface Finding {
  start: number;
  end: number;
  category: Category;
}

/**
 * A stretch that is known not to be personal data of these categories (a service's e-mail
 * address, the site's own institutions, the bot's name); findings of those categories that
 * lie inside it are dropped.
 */
export interface Allowance {
  start: number;
  end: number;
  allow: readonly Category[];
}

export interface MaskOptions {
  /** Names the site uses for itself, its institutions and its bot ("Frida"); never masked. */
  ownNames?: readonly string[];
  /** Mask only these categories (all when missing): a URL path masks identifiers, not topics. */
  only?: readonly Category[];
}

interface RecognizerBase {
  /** For tests and the README: what it finds. */
  name: string;
  /**
   * Every category it reports or allows: `mask` with `only` runs just the recognizers that
   * share a category with it (a URL path's segment needs no name lists).
   */
  categories: readonly Category[];
}

/** A recognizer of personal data (which may also say what is not). */
export interface FindingRecognizer extends RecognizerBase {
  allowancesOnly?: false;
  find(document: TextDocument, options: MaskOptions): (Finding | Allowance)[];
}

/**
 * A recognizer that only says what is not personal data. An allowance can only drop findings
 * of its categories, so `mask` runs it only when another recognizer found one of them.
 */
export interface AllowanceRecognizer extends RecognizerBase {
  allowancesOnly: true;
  find(document: TextDocument, options: MaskOptions): Allowance[];
}

export type Recognizer = FindingRecognizer | AllowanceRecognizer;

const isAllowance = (item: Finding | Allowance): item is Allowance => 'allow' in item;

const PRIORITY = new Map(CATEGORY_PRIORITY.map((category, index) => [category, index]));

/**
 * Resolves what the recognizers returned into spans that do not overlap. Findings inside an
 * allowance for their category are dropped. Among overlapping findings the one that starts
 * first wins, then the longest, then the category first in priority; a later finding that
 * overlaps only extends it, so nothing of a sensitive span is left behind.
 */
export function mergeFindings(items: readonly (Finding | Allowance)[]): Finding[] {
  const allowances = items.filter(isAllowance);
  const findings = items.filter(
    (item): item is Finding =>
      !isAllowance(item) &&
      !allowances.some((a) => a.start <= item.start && item.end <= a.end && a.allow.includes(item.category)),
  );
  findings.sort(
    (a, b) =>
      a.start - b.start || b.end - a.end || (PRIORITY.get(a.category) ?? 0) - (PRIORITY.get(b.category) ?? 0),
  );
  const kept: Finding[] = [];
  for (const finding of findings) {
    const last = kept.at(-1);
    if (last && finding.start < last.end) {
      last.end = Math.max(last.end, finding.end);
      continue;
    }
    kept.push({ ...finding });
  }
  return kept;
}

/** The findings of a global regular expression, each match checked by `accept` if given. */
export function patternFindings(
  text: string,
  pattern: RegExp,
  category: Category,
  accept?: (match: string) => boolean,
): Finding[] {
  const findings: Finding[] = [];
  for (const match of allMatches(text, pattern)) {
    const value = match[0];
    if (value.length === 0 || (accept && !accept(value))) continue;
    findings.push({ start: match.index, end: match.index + value.length, category });
  }
  return findings;
}
