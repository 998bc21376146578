import * as z from 'zod/mini';
import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { parseQuery } from '#shared/http/request';
import { monthSchema } from '#shared/stats/range';
import { staffSite, statisticsFor } from './deps.ts';

const statistics = statisticsFor(FUNCTIONS.billing);
const query = z.strictObject({ month: monthSchema });

/** What a month is billed on: conversations and answered questions, from the counters. */
export const handler = httpRoute(async (event) => {
  const siteId = staffSite(event);
  const { month } = parseQuery(query, event);
  return { statusCode: 200, body: await statistics.billing(siteId, month) };
});
