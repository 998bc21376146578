import type { Category } from '../anonymizer/anonymizer.ts';

/** A visitor's stored question as the re-check sees it; `ref` is the store's own handle on it. */
export interface StoredQuestion {
  ref: unknown;
  /** The site it was asked on; every question stored since sites existed has one. */
  siteId?: string;
  text: string;
  /** The rule-set version it was masked with; missing on items older than the field. */
  rulesetVersion?: number;
  /** Epoch milliseconds. */
  writtenAt: number;
  /** Epoch seconds after which the item counts as deleted. */
  expiresAt: number;
}

/** The questions written in a time window, read in order of `writtenAt` and page by page. */
export interface RecentQuestions {
  /** Pages of the questions with `from <= writtenAt <= to`, in ascending `writtenAt`. */
  writtenBetween(fromMs: number, toMs: number): AsyncIterable<StoredQuestion[]>;
  /**
   * Replaces the stored text only if the item still exists with exactly `question.text`:
   * false when it was deleted ("Glem meg", TTL) or changed meanwhile. Never creates an item.
   * `masked` is added to the site's weekly counts in the same atomic write, so the spans are
   * counted exactly when the text changes: once, whether a run is retried or dies halfway.
   */
  rewrite(
    question: StoredQuestion,
    text: string,
    rulesetVersion: number,
    masked?: MaskedSpans,
  ): Promise<boolean>;
}

/** What one rewrite newly masked, per category (counts only), and where it is counted. */
export interface MaskedSpans {
  siteId: string;
  /** The ISO week (`2026-W49`) of the Oslo day the question was asked. */
  week: string;
  counts: Partial<Record<Category, number>>;
}

export interface JobState {
  /** Epoch ms up to which every question has been checked. */
  checkedTo: number;
  rulesetVersion: number;
  lastRunAt: string;
}

/** What one run did; counts only, never text. */
export interface RecheckTotals {
  checked: number;
  /** Items the current rules leave as they are (already checked with them, or nothing new found). */
  unchanged: number;
  rewritten: number;
  /** Items expired, or deleted or changed between the read and the rewrite: left alone. */
  vanished: number;
  /** Spans newly masked by the current rules, per category. */
  spans: Partial<Record<Category, number>>;
}

export interface JobStateStore {
  load(): Promise<JobState | undefined>;
  /** Saves the state unless a later run has already saved a later `checkedTo`. */
  save(state: JobState): Promise<void>;
  /** Adds one run's totals to the day's totals (Europe/Oslo day). */
  addTotals(day: string, totals: RecheckTotals): Promise<void>;
}
