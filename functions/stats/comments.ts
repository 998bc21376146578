import * as z from 'zod/mini';
import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { rangeQuery } from '#shared/http/staff';
import { commentsFor, staffSite } from './deps.ts';

const comments = commentsFor(FUNCTIONS.feedbackComments);
const fields = z.strictObject({
  url: z.optional(z.url({ protocol: /^https?$/ })),
  cursor: z.optional(z.string().check(z.maxLength(100))),
});

/** The visitors' comments as stored (masked), newest first, a page of whole days at a time. */
export const handler = httpRoute(async (event) => {
  const siteId = staffSite(event);
  const { days, params } = rangeQuery(event, fields);
  return { statusCode: 200, body: await comments.page(siteId, days, params) };
});
