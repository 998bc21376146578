import { ForbiddenError, NotFoundError } from './errors.ts';
import { isAllowedOrigin, type Site, type SiteRegistry } from './sites.ts';

/**
 * The site a public request names, checked the same way on every route: an unknown site is a
 * 404, and a browser on an origin that is not the site's is a 403.
 */
export function siteForRequest(sites: SiteRegistry, siteId: string, origin: string | undefined): Site {
  const site = sites.get(siteId);
  if (!site) throw new NotFoundError('No such site.', { code: 'site_not_found' });
  if (origin !== undefined && !isAllowedOrigin(site, origin)) {
    throw new ForbiddenError('This origin may not use the site’s services.', { code: 'origin_not_allowed' });
  }
  return site;
}
