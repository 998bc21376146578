import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { rangeQuery } from '#shared/http/staff';
import { auditTrailFor, reviewer } from './deps.ts';

const trail = auditTrailFor(FUNCTIONS.auditTrail);

/** The audit trail of transcript reads (who, when, which), readable by the reviewers themselves. */
export const handler = httpRoute(async (event) => {
  const { siteId } = reviewer(event);
  const { days } = rangeQuery(event);
  return { statusCode: 200, body: await trail.entries(siteId, days) };
});
