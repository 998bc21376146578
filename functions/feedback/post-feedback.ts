import { FUNCTIONS } from '#infra/functions';
import { feedbackRequestSchema } from '#shared/feedback/feedback';
import type { VoteStored } from '#shared/feedback/responses';
import { httpRoute } from '#shared/http/middleware';
import { header, parseWith, readJsonBody, siteRequest, sourceIp } from '#shared/http/request';
import { corsFor, feedbackFor } from './deps.ts';

const feedback = feedbackFor(FUNCTIONS.postFeedback);

/** A "Fant du det du lette etter?" vote, with its comment masked; a repeat the same day replaces it. */
export const handler = httpRoute(
  async (event) => {
    const request = parseWith(feedbackRequestSchema, readJsonBody(event));
    const visitor = { sourceIp: sourceIp(event), userAgent: header(event, 'user-agent') ?? '' };
    const result = await feedback.submit({ ...siteRequest(event), request, ...visitor });
    return { statusCode: result.replaced ? 200 : 201, body: { id: result.id } satisfies VoteStored };
  },
  { headersFor: corsFor },
);
