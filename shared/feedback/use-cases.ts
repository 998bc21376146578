import { mask } from '../anonymizer/anonymizer.ts';
import { keyedHash, newId } from '../crypto.ts';
import { ServiceUnavailableError } from '../errors.ts';
import { pageOnSite } from '../page-url.ts';
import { SECONDS_PER_DAY, VOTE_KEPT_DAYS } from '../retention.ts';
import { siteForRequest } from '../site-access.ts';
import { type SiteRegistry, siteOwnNames } from '../sites.ts';
import { type Clock, epochSeconds, osloDay, osloTimestamp } from '../time.ts';
import { counterDelta, type FeedbackRequest, type StoredVote } from './feedback.ts';
import type { DailySaltStore, VoteStore } from './ports.ts';
import type { VoteStored } from './responses.ts';

/**
 * A first try, a replacement, and room for one visitor's votes on a page racing each other: each
 * refusal means another of them was stored, so every round makes progress, and a burst of this
 * many at once all land.
 */
const SAVE_ATTEMPTS = 25;

export interface SubmitFeedbackDeps {
  sites: SiteRegistry;
  votes: VoteStore;
  salts: DailySaltStore;
  clock: Clock;
  commentRetentionDays: number;
}

export interface SubmitFeedbackInput {
  siteId: string;
  request: FeedbackRequest;
  /** The browser's Origin header, when it sent one. */
  origin: string | undefined;
  /** Used only to tell one visitor from another today; never stored. */
  sourceIp: string;
  userAgent: string;
}

/** The answer's body (`id`), and whether the vote replaced the visitor's earlier one (200, else 201). */
export interface SubmitFeedbackResult extends VoteStored {
  replaced: boolean;
}

/** "Fant du det du lette etter?": one vote per visitor, page and day; a repeat replaces the first. */
export function makeFeedback(deps: SubmitFeedbackDeps) {
  return { submit: (input: SubmitFeedbackInput) => submitFeedback(deps, input) };
}

async function submitFeedback(
  deps: SubmitFeedbackDeps,
  input: SubmitFeedbackInput,
): Promise<SubmitFeedbackResult> {
  const site = siteForRequest(deps.sites, input.siteId, input.origin);
  const url = pageOnSite(site, input.request.url, 'url');

  const now = deps.clock.now();
  const day = osloDay(now);
  const comment = input.request.comment?.trim()
    ? mask(input.request.comment.trim(), { ownNames: siteOwnNames(site) })
    : undefined;
  // A vote without a comment is needed only to recognise a repeat the same day; a comment
  // is kept for the editors for the configured retention.
  const keepSeconds = (comment ? deps.commentRetentionDays : VOTE_KEPT_DAYS) * SECONDS_PER_DAY;
  const salt = await deps.salts.saltFor(day);
  const vote: StoredVote = {
    siteId: site.id,
    day,
    voterKey: keyedHash(salt, site.id, url, input.sourceIp, input.userAgent),
    id: newId(),
    url,
    found: input.request.found,
    ...(comment && { comment: comment.text, rulesetVersion: comment.rulesetVersion }),
    ...(input.request.lang && { lang: input.request.lang }),
    at: osloTimestamp(now),
    expiresAt: epochSeconds(now) + keepSeconds,
  };

  // Most votes are the visitor's first of the day on the page, so try that first; a refusal
  // answers with the vote that is there, and the counters then get the difference.
  let previous: StoredVote | undefined;
  for (let attempt = 1; attempt <= SAVE_ATTEMPTS; attempt++) {
    const outcome = await deps.votes.save(vote, previous, counterDelta(previous, vote));
    if (outcome.saved) return { id: vote.id, replaced: previous !== undefined };
    previous = outcome.current;
  }
  // Only when the visitor's own votes keep replacing each other faster than they are stored.
  throw new ServiceUnavailableError('The vote could not be saved. Please try again.');
}
