import type { CounterDelta, StoredVote } from './feedback.ts';

export interface VoteStore {
  /** Stores the vote, replacing this visitor's earlier vote on the page that day; returns the replaced vote. */
  put(vote: StoredVote): Promise<StoredVote | undefined>;
  /** Undoes `put` when the counters could not be updated: brings back `previous`, or removes `vote`. */
  revert(vote: StoredVote, previous: StoredVote | undefined): Promise<void>;
}

export interface FeedbackCounterStore {
  add(siteId: string, day: string, url: string, delta: CounterDelta): Promise<void>;
}

/** A random secret per day, created on first use and forgotten (TTL) after the day. */
export interface DailySaltStore {
  saltFor(day: string): Promise<Uint8Array>;
}
