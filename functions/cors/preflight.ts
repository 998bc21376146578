import { ForbiddenError } from '#shared/errors';
import { CORS_ALLOWED_HEADERS, CORS_ALLOWED_METHODS } from '#shared/http/cors';
import { httpRoute } from '#shared/http/middleware';
import { header } from '#shared/http/request';
import { siteForRequest } from '#shared/site-access';
import { sites } from './deps.ts';

/** CORS preflight: allowed only from the site's own origins. */
export const handler = httpRoute(async (event) => {
  const origin = header(event, 'origin');
  if (!origin)
    throw new ForbiddenError('A preflight request needs an Origin.', { code: 'origin_not_allowed' });
  siteForRequest(sites, event.pathParameters?.siteId ?? '', origin);
  return {
    statusCode: 204,
    headers: {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': CORS_ALLOWED_METHODS,
      'access-control-allow-headers': CORS_ALLOWED_HEADERS,
      'access-control-max-age': '600',
      vary: 'origin',
    },
  };
});
