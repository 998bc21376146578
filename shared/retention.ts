import * as z from 'zod/mini';

/** How long things are kept, in one place: the contract's bounds and the defaults within them. */
export const SECONDS_PER_DAY = 86_400;
export const DAY_MS = SECONDS_PER_DAY * 1000;

/** Chat logs are deleted after at most 21 days (a site may choose fewer). */
export const MAX_CHAT_RETENTION_DAYS = 21;

/**
 * A vote without a comment is kept only to recognise the visitor's repeat on the same day, and
 * the day's salt of the keys that recognise it no longer than that: two days, so that a vote
 * just before midnight still finds its day.
 */
export const VOTE_KEPT_DAYS = 2;

/** Masked comments and the audit trail: a year unless configured, ten years at the most. */
export const DEFAULT_RECORD_RETENTION_DAYS = 365;
const MAX_RECORD_RETENTION_DAYS = 3650;

/** A retention in days for comments or the audit trail, as configuration gives it (a string or a number). */
export const recordRetentionDays = z._default(
  z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(MAX_RECORD_RETENTION_DAYS))),
  DEFAULT_RECORD_RETENTION_DAYS,
);
