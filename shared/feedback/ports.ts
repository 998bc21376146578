import type { CounterDelta, StoredVote } from './feedback.ts';

/** `saved`, or what the visitor's stored vote turned out to be instead of `previous`. */
export type SaveOutcome = { saved: true } | { saved: false; current: StoredVote | undefined };

export interface VoteStore {
  /**
   * Stores `vote` in place of `previous` (the visitor's earlier vote on the page that day, or
   * none) and adds `delta` to the page's counters of the day: both or neither. Refused when
   * the stored vote is not `previous`, which it then answers with.
   */
  save(vote: StoredVote, previous: StoredVote | undefined, delta: CounterDelta): Promise<SaveOutcome>;
}

/** A random secret per day, created on first use and forgotten (TTL) after the day. */
export interface DailySaltStore {
  saltFor(day: string): Promise<Uint8Array>;
}
