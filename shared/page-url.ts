import { IDENTIFIERS, mask } from './anonymizer/anonymizer.ts';
import { ValidationError } from './errors.ts';
import { isAllowedOrigin, type Site } from './sites.ts';

/*
 * Page URLs as they are stored (feedback's `url`, a conversation's `startUrl`). Apart from the
 * site checks so that the routes that only check a site (the CORS preflight) do not bundle the
 * anonymizer.
 */

/**
 * The longest path a stored page URL keeps. Page URLs are keys of counters that never expire,
 * so their size must not be the visitor's choice; real pages are far shorter.
 */
export const MAX_STORED_PATH_LENGTH = 300;

/** Percent-escapes undone in layers, so that `%2540` cannot hide an `@` from the anonymizer. */
const MAX_DECODE_LAYERS = 3;

function decodeSegment(segment: string, field: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch (cause) {
    throw new ValidationError('The request is not valid.', {
      cause,
      details: [{ path: field, message: 'malformed percent-escape in the path' }],
    });
  }
  for (let layer = 1; layer < MAX_DECODE_LAYERS && decoded.includes('%'); layer++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break; // A literal "%" in the page's own name ("100%25"): the layer before is the text.
    }
  }
  return decoded;
}

/** A masked segment in URL form; the brackets of its labels (`[nummer]`) stay readable. */
const encodeMasked = (text: string) => encodeURIComponent(text).replace(/%5B/g, '[').replace(/%5D/g, ']');

/**
 * A URL path as stored: each segment decoded and masked by the anonymizer for identifiers (a
 * segment in which it finds one is replaced by its masked form, e.g. `/person/[personnummer]`;
 * topic words such as `/helse/kreft` are the page's subject and stay), then
 * cut at a segment boundary to at most MAX_STORED_PATH_LENGTH characters. A malformed
 * percent-escape is a 400 on `field`.
 */
function storedPath(pathname: string, field: string): string {
  const raws = pathname.split('/');
  // Every segment is checked; only those kept are masked, so the anonymizer's work is bounded too.
  // Loops, not `map` and `slice`: see personNames in shared/anonymizer/recognizers/names.ts.
  const texts: string[] = [];
  for (const raw of raws) texts.push(decodeSegment(raw, field));
  let path = '';
  // A URL's path starts with "/": the first segment is the empty one before it.
  for (let i = 1; i < raws.length; i++) {
    const raw = raws[i] as string;
    const text = texts[i] as string;
    const masked = mask(text, { only: IDENTIFIERS }).text;
    const segment = masked === text ? raw : encodeMasked(masked);
    if (path.length + 1 + segment.length > MAX_STORED_PATH_LENGTH) break;
    path += `/${segment}`;
  }
  return path || '/';
}

const storedUrl = (parsed: URL, field: string) => `${parsed.origin}${storedPath(parsed.pathname, field)}`;

/**
 * The page as stored: origin and path only, so no query string or fragment is ever kept, and
 * the path masked and capped as `storedPath` keeps it.
 */
export function pageUrl(url: string, field = 'url'): string {
  return storedUrl(new URL(url), field);
}

/** The stored form of a page URL given in `field`, which must be on one of the site's origins (else 400). */
export function pageOnSite(site: Site, url: string, field: string): string {
  const parsed = new URL(url);
  if (!isAllowedOrigin(site, parsed.origin)) {
    throw new ValidationError('The page is not on one of the site’s addresses.', {
      code: 'url_not_allowed',
      details: [{ path: field, message: 'origin not allowed for this site' }],
    });
  }
  return storedUrl(parsed, field);
}
