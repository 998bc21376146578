/**
 * Every key of the feedback table, built here and nowhere else.
 *
 *   pk VOTE#<siteId>#<YYYY-MM-DD>   sk V#<voterKey>
 *
 * A vote's partition is the site's day, so a repeat vote by the same visitor on the same page
 * (same voterKey) lands on the same item and replaces it, and a day's comments are one Query.
 */
const VOTE = 'VOTE#';

/** The partition of a site's votes of a day. */
export const votesPk = (siteId: string, day: string) => `${VOTE}${siteId}#${day}`;

/** One visitor's vote on one page of the day. */
export const voteKey = (siteId: string, day: string, voterKey: string) => ({
  pk: votesPk(siteId, day),
  sk: `V#${voterKey}`,
});
