import * as z from 'zod/mini';
import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { prefers } from '#shared/http/request';
import { csvResult, rangeQuery } from '#shared/http/staff';
import { languageSchema } from '#shared/sites';
import { CHAT_TABLES, chatCsv, csvFileName } from '#shared/stats/csv';
import { staffSite, statisticsFor } from './deps.ts';

const statistics = statisticsFor(FUNCTIONS.chatStats);
const fields = z.strictObject({
  table: z._default(z.enum(CHAT_TABLES), 'daily'),
  lang: z._default(languageSchema, 'nb'),
});

/**
 * Chat volume, fallback, intents, platforms and browsers, from the daily counters; JSON (ids
 * and intent titles) or CSV in the editor's language (`lang`).
 */
export const handler = httpRoute(async (event) => {
  const siteId = staffSite(event);
  const { days, params } = rangeQuery(event, fields);
  const stats = await statistics.chat(siteId, days);
  if (!prefers(event, 'text/csv')) return { statusCode: 200, body: stats };
  const name = csvFileName({ kind: 'chat', table: params.table }, days, params.lang);
  return csvResult(chatCsv(stats, params.table, params.lang), name);
});
