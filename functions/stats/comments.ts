import { z } from 'zod';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { DynamoCommentReader } from '#shared/adapters/dynamodb/feedback-store';
import { requireTable } from '#shared/config';
import { httpRoute } from '#shared/http/middleware';
import { parseWith } from '#shared/http/request';
import { commentsPage } from '#shared/stats/comments';
import { dayRangeSchema } from '#shared/stats/range';
import { access, clock, env } from './service.ts';

const comments = new DynamoCommentReader(
  documentClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION }),
  requireTable(env, 'TABLE_FEEDBACK'),
);

const query = z.strictObject({
  from: z.string().optional(),
  to: z.string().optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  cursor: z.string().max(100).optional(),
});

const range = dayRangeSchema(() => clock.now());

/** The visitors' comments as stored (masked), newest first, a page of whole days at a time. */
export const handler = httpRoute(async (event) => {
  const { siteId } = access(event);
  const params = parseWith(query, event.queryStringParameters ?? {});
  const days = parseWith(range, { from: params.from, to: params.to });
  const page = await commentsPage(comments, siteId, days, {
    url: params.url,
    cursor: params.cursor,
    now: clock.now(),
  });
  return { statusCode: 200, body: page };
});
