import * as z from 'zod/mini';
import { languageSchema } from '../sites.ts';
import { isPlainText, NOT_PLAIN_TEXT } from '../text.ts';
import { MAX_COMMENT_LENGTH, MAX_URL_LENGTH } from './limits.ts';

/** The body of `POST /v1/sites/{siteId}/feedback`. Unknown fields are rejected. */
export const feedbackRequestSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, hostname: z.regexes.hostname }).check(z.maxLength(MAX_URL_LENGTH)),
  found: z.boolean(),
  comment: z.optional(
    z.string().check(z.maxLength(MAX_COMMENT_LENGTH), z.refine(isPlainText, NOT_PLAIN_TEXT)),
  ),
  lang: z.optional(languageSchema),
});
export type FeedbackRequest = z.output<typeof feedbackRequestSchema>;

/** A vote as stored: the page URL without query and fragment, the comment masked. */
export interface StoredVote {
  siteId: string;
  day: string;
  /** Keyed hash of visitor and page under the day's salt; unlinkable once the salt is gone. */
  voterKey: string;
  id: string;
  url: string;
  found: boolean;
  comment?: string;
  lang?: string;
  at: string;
  expiresAt: number;
  rulesetVersion?: number;
}

export interface CounterDelta {
  found: number;
  notFound: number;
  comments: number;
}

const contribution = (vote: StoredVote | undefined): CounterDelta => ({
  found: vote?.found ? 1 : 0,
  notFound: vote && !vote.found ? 1 : 0,
  comments: vote?.comment ? 1 : 0,
});

/** What replacing `previous` by `next` changes in the page's counters. */
export function counterDelta(previous: StoredVote | undefined, next: StoredVote | undefined): CounterDelta {
  const before = contribution(previous);
  const after = contribution(next);
  return {
    found: after.found - before.found,
    notFound: after.notFound - before.notFound,
    comments: after.comments - before.comments,
  };
}

export const isZeroDelta = (delta: CounterDelta): boolean =>
  delta.found === 0 && delta.notFound === 0 && delta.comments === 0;
