import { z } from 'zod';
import { httpRoute } from '#shared/http/middleware';
import { parseWith } from '#shared/http/request';
import { billing } from '#shared/stats/chat-stats';
import { monthSchema } from '#shared/stats/range';
import { chatCounters } from './counters.ts';
import { access } from './service.ts';

const query = z.strictObject({ month: monthSchema });

/** What a month is billed on: conversations and answered questions, from the counters. */
export const handler = httpRoute(async (event) => {
  const { siteId } = access(event);
  const { month } = parseWith(query, event.queryStringParameters ?? {});
  return {
    statusCode: 200,
    body: billing(await chatCounters.days(siteId, month.from, month.to), month.month),
  };
});
