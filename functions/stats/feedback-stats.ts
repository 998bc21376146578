import * as z from 'zod/mini';
import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { prefers } from '#shared/http/request';
import { csvResult, rangeQuery } from '#shared/http/staff';
import { FEEDBACK_TABLES, feedbackCsv } from '#shared/stats/csv';
import { staffSite, statisticsFor } from './deps.ts';

const statistics = statisticsFor(FUNCTIONS.feedbackStats);
const fields = z.strictObject({
  url: z.optional(z.url({ protocol: /^https?$/ })),
  table: z._default(z.enum(FEEDBACK_TABLES), 'daily'),
});

/** "Fant du det du lette etter?" per day and page, from the page counters; JSON or CSV. */
export const handler = httpRoute(async (event) => {
  const siteId = staffSite(event);
  const { days, params } = rangeQuery(event, fields);
  const stats = await statistics.feedback(siteId, days, params.url);
  if (!prefers(event, 'text/csv')) return { statusCode: 200, body: stats };
  const name = `tilbakemeldinger-${siteId}-${days.from}-${days.to}-${params.table}.csv`;
  return csvResult(feedbackCsv(stats, params.table), name);
});
