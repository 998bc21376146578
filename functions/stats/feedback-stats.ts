import * as z from 'zod/mini';
import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { prefers } from '#shared/http/request';
import { csvResult, rangeQuery } from '#shared/http/staff';
import { languageSchema } from '#shared/sites';
import { csvFileName, FEEDBACK_TABLES, feedbackCsv } from '#shared/stats/csv';
import { staffSite, statisticsFor } from './deps.ts';

const statistics = statisticsFor(FUNCTIONS.feedbackStats);
const fields = z.strictObject({
  url: z.optional(z.url({ protocol: /^https?$/ })),
  table: z._default(z.enum(FEEDBACK_TABLES), 'daily'),
  lang: z._default(languageSchema, 'nb'),
});

/** "Fant du det du lette etter?" per day and page, from the page counters; JSON or CSV in the editor's language. */
export const handler = httpRoute(async (event) => {
  const siteId = staffSite(event);
  const { days, params } = rangeQuery(event, fields);
  const stats = await statistics.feedback(siteId, days, params.url);
  if (!prefers(event, 'text/csv')) return { statusCode: 200, body: stats };
  const name = csvFileName({ kind: 'feedback', table: params.table }, days, params.lang);
  return csvResult(feedbackCsv(stats, params.table, params.lang), name);
});
