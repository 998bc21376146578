import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { isAllowedOrigin, type SiteRegistry } from '../sites.ts';
import { header } from './request.ts';

export const CORS_ALLOWED_HEADERS = 'content-type, authorization, accept';
export const CORS_ALLOWED_METHODS = 'GET, POST, DELETE, OPTIONS';
const CORS_EXPOSED_HEADERS = 'content-disposition';

/**
 * CORS is limited to the site's own origins, so the answer depends on the site in the
 * path: one API serves many municipalities, each with its own website.
 */
export function siteCorsHeaders(sites: SiteRegistry, event: APIGatewayProxyEventV2): Record<string, string> {
  const headers: Record<string, string> = { vary: 'origin' };
  const origin = header(event, 'origin');
  const site = sites.get(event.pathParameters?.siteId ?? '');
  if (origin && site && isAllowedOrigin(site, origin)) {
    headers['access-control-allow-origin'] = origin;
    headers['access-control-expose-headers'] = CORS_EXPOSED_HEADERS;
  }
  return headers;
}
