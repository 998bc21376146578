import { z } from 'zod';
import { httpRoute } from '#shared/http/middleware';
import { parseWith, prefers } from '#shared/http/request';
import { csvResult } from '#shared/http/staff';
import { FEEDBACK_TABLES, feedbackCsv } from '#shared/stats/csv';
import { feedbackStats } from '#shared/stats/feedback-stats';
import { dayRangeSchema } from '#shared/stats/range';
import { feedbackCounters } from './counters.ts';
import { access, clock } from './service.ts';

const query = z.strictObject({
  from: z.string().optional(),
  to: z.string().optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  table: z.enum(FEEDBACK_TABLES).default('daily'),
});

const range = dayRangeSchema(() => clock.now());

/** "Fant du det du lette etter?" per day and page, from the page counters; JSON or CSV. */
export const handler = httpRoute(async (event) => {
  const { siteId } = access(event);
  const params = parseWith(query, event.queryStringParameters ?? {});
  const days = parseWith(range, { from: params.from, to: params.to });
  const stats = feedbackStats(await feedbackCounters.pageDays(siteId, days.from, days.to), days, params.url);
  if (prefers(event, 'text/csv')) {
    return csvResult(
      feedbackCsv(stats, params.table),
      `tilbakemeldinger-${siteId}-${days.from}-${days.to}-${params.table}.csv`,
    );
  }
  return { statusCode: 200, body: stats };
});
