import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { rangeQuery } from '#shared/http/staff';
import { staffSite, statisticsFor } from './deps.ts';

const statistics = statisticsFor(FUNCTIONS.maskingStats);

/**
 * What the hourly re-check newly masked in stored questions, per anonymizer category and ISO
 * week, from the counters alone (counts, never text).
 */
export const handler = httpRoute(async (event) => {
  const siteId = staffSite(event);
  const { days } = rangeQuery(event);
  return { statusCode: 200, body: await statistics.masking(siteId, days) };
});
