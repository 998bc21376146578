import * as z from 'zod/mini';

/**
 * The answer of `POST /v1/sites/{siteId}/feedback` (201 for a first vote, 200 for a repeat that
 * replaced it), as the OpenAPI document describes it. Types only for the code: no handler loads
 * this module.
 */
export const voteStoredSchema = z.strictObject({
  id: z.string().check(z.describe('The id of the stored vote')),
});
export type VoteStored = z.output<typeof voteStoredSchema>;
