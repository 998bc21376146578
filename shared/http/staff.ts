import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import { NotFoundError } from '../errors.ts';
import type { SiteRegistry } from '../sites.ts';
import { principalFromClaims, requireAccess, type StaffPrincipal, type StaffRole } from '../staff/access.ts';
import { dayRangeSchema } from '../stats/range.ts';
import { systemClock } from '../time.ts';
import { parseQuery, parseWith } from './request.ts';
import { attachment, type JsonResult } from './responses.ts';

/** The JWT claims API Gateway's authorizer (or the local server) put on the event. */
function claimsOf(event: APIGatewayProxyEventV2): Record<string, unknown> | undefined {
  const context = event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, unknown> } } };
  return context.authorizer?.jwt?.claims;
}

/**
 * The site of a staff route and who asks for it: 401 without a verified token, 404 for an
 * unknown site, 403 without the role or the site.
 */
export function staffAccess(
  event: APIGatewayProxyEventV2,
  sites: SiteRegistry,
  role: StaffRole,
  grantsClaim: string,
): { siteId: string; principal: StaffPrincipal } {
  const principal = principalFromClaims(claimsOf(event), grantsClaim);
  const siteId = event.pathParameters?.siteId ?? '';
  if (principal && !sites.get(siteId)) throw new NotFoundError('No such site.', { code: 'site_not_found' });
  return { siteId, principal: requireAccess(principal, siteId, role) };
}

/** A CSV file as the answer: one table, named for the download. */
export const csvResult = (body: string, fileName: string): JsonResult =>
  attachment(body, fileName, 'text/csv; charset=utf-8');

const range = dayRangeSchema(() => systemClock.now());

/**
 * A staff query over a range of days: `from`/`to` (the last 30 days by default, at most 400),
 * and the route's own `fields`; problems are named by parameter.
 */
export function rangeQuery<S extends z.ZodMiniObject>(
  event: APIGatewayProxyEventV2,
  fields: S = z.strictObject({}) as unknown as S,
) {
  const query = z.extend(fields, { from: z.optional(z.string()), to: z.optional(z.string()) });
  const { from, to, ...params } = parseQuery(query, event) as { from?: string; to?: string };
  return { days: parseWith(range, { from, to }, 'query'), params: params as z.output<S> };
}
