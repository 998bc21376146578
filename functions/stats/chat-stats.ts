import * as z from 'zod/mini';
import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { prefers } from '#shared/http/request';
import { csvResult, rangeQuery } from '#shared/http/staff';
import { CHAT_TABLES, chatCsv } from '#shared/stats/csv';
import { staffSite, statisticsFor } from './deps.ts';

const statistics = statisticsFor(FUNCTIONS.chatStats);
const fields = z.strictObject({ table: z._default(z.enum(CHAT_TABLES), 'daily') });

/** Chat volume, fallback, intents, platforms and browsers, from the daily counters; JSON or CSV. */
export const handler = httpRoute(async (event) => {
  const siteId = staffSite(event);
  const { days, params } = rangeQuery(event, fields);
  const stats = await statistics.chat(siteId, days);
  if (!prefers(event, 'text/csv')) return { statusCode: 200, body: stats };
  const name = `chat-${siteId}-${days.from}-${days.to}-${params.table}.csv`;
  return csvResult(chatCsv(stats, params.table), name);
});
