import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { reviewer, reviewFor } from './deps.ts';

const review = reviewFor(FUNCTIONS.transcript);

/** One masked conversation, for quality review; the read is audited. */
export const handler = httpRoute(async (event) => {
  const { siteId, principal } = reviewer(event);
  const conversationId = event.pathParameters?.id ?? '';
  return { statusCode: 200, body: await review.one({ siteId, principal, conversationId }) };
});
