import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { NotFoundError } from '../errors.ts';
import type { SiteRegistry } from '../sites.ts';
import { principalFromClaims, requireAccess, type StaffPrincipal, type StaffRole } from '../staff/access.ts';
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
