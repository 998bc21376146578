import { z } from 'zod';
import { httpRoute } from '#shared/http/middleware';
import { parseWith, prefers } from '#shared/http/request';
import { csvResult } from '#shared/http/staff';
import { chatStats } from '#shared/stats/chat-stats';
import { CHAT_TABLES, chatCsv } from '#shared/stats/csv';
import { dayRangeSchema } from '#shared/stats/range';
import { chatCounters } from './counters.ts';
import { access, clock } from './service.ts';

const query = z.strictObject({
  from: z.string().optional(),
  to: z.string().optional(),
  table: z.enum(CHAT_TABLES).default('daily'),
});

const range = dayRangeSchema(() => clock.now());

/** Chat volume, fallback, intents, platforms and browsers, from the daily counters; JSON or CSV. */
export const handler = httpRoute(async (event) => {
  const { siteId } = access(event);
  const params = parseWith(query, event.queryStringParameters ?? {});
  const days = parseWith(range, { from: params.from, to: params.to });
  const stats = chatStats(await chatCounters.days(siteId, days.from, days.to), days);
  if (prefers(event, 'text/csv')) {
    return csvResult(
      chatCsv(stats, params.table),
      `chat-${siteId}-${days.from}-${days.to}-${params.table}.csv`,
    );
  }
  return { statusCode: 200, body: stats };
});
