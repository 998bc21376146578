import { ForbiddenError, NotFoundError, ValidationError } from './errors.ts';
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

/** The page as stored: origin and path only, so no query string or fragment is ever kept. */
export function pageUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/** The stored form of a page URL given in `field`, which must be on one of the site's origins (else 400). */
export function pageOnSite(site: Site, url: string, field: string): string {
  const page = pageUrl(url);
  if (!isAllowedOrigin(site, new URL(page).origin)) {
    throw new ValidationError('The page is not on one of the site’s addresses.', {
      code: 'url_not_allowed',
      details: [{ path: field, message: 'origin not allowed for this site' }],
    });
  }
  return page;
}
