import * as z from 'zod/mini';
import { FUNCTIONS } from '#infra/functions';
import { httpRoute } from '#shared/http/middleware';
import { parseQuery, parseWith } from '#shared/http/request';
import { dayRangeSchema } from '#shared/stats/range';
import { auditTrailFor, clock, reviewer } from './deps.ts';

const trail = auditTrailFor(FUNCTIONS.auditTrail);
const query = z.strictObject({ from: z.optional(z.string()), to: z.optional(z.string()) });
const range = dayRangeSchema(() => clock.now());

/** The audit trail of transcript reads (who, when, which), readable by the reviewers themselves. */
export const handler = httpRoute(async (event) => {
  const { siteId } = reviewer(event);
  const days = parseWith(range, parseQuery(query, event), 'query');
  return { statusCode: 200, body: await trail.entries(siteId, days) };
});
