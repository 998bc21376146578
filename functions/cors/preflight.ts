import { readEnv, sitesFrom } from '#shared/config';
import { ForbiddenError, NotFoundError } from '#shared/errors';
import { CORS_ALLOWED_HEADERS, CORS_ALLOWED_METHODS } from '#shared/http/cors';
import { httpRoute } from '#shared/http/middleware';
import { header } from '#shared/http/request';
import { isAllowedOrigin } from '#shared/sites';

const sites = sitesFrom(readEnv());

/** CORS preflight: allowed only from the site's own origins. */
export const handler = httpRoute(async (event) => {
  const site = sites.get(event.pathParameters?.siteId ?? '');
  if (!site) throw new NotFoundError('No such site.', { code: 'site_not_found' });
  const origin = header(event, 'origin');
  if (!origin || !isAllowedOrigin(site, origin)) {
    throw new ForbiddenError('This origin may not call the site’s API.', { code: 'origin_not_allowed' });
  }
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
