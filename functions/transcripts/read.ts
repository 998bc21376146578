import { httpRoute } from '#shared/http/middleware';
import { transcript } from '#shared/transcripts/transcripts';
import { reader } from './reader.ts';
import { audit, clock, reviewer } from './service.ts';

/** One masked conversation, for quality review; the read is audited. */
export const handler = httpRoute(async (event) => {
  const { siteId, principal } = reviewer(event);
  const conversationId = event.pathParameters?.id ?? '';
  return {
    statusCode: 200,
    body: await transcript({ reader, audit, clock }, { siteId, conversationId, principal }),
  };
});
