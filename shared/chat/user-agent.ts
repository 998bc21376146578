import Bowser from 'bowser';

import type { Platform } from './platform.ts';

export { PLATFORMS, type Platform } from './platform.ts';

export interface ClientInfo {
  platform: Platform;
  /** Browser name and major version, e.g. "Firefox 147"; "unknown" when it cannot be told. */
  browser: string;
}

/**
 * Reduces a User-Agent to the two facts the chat log keeps. The raw string is never stored:
 * together with the IP it is a fingerprint. Parsed with bowser (MIT), a well-kept parser.
 */
export function describeClient(userAgent: string | undefined): ClientInfo {
  if (!userAgent) return { platform: 'unknown', browser: 'unknown' };
  const parser = Bowser.getParser(userAgent);
  const type = parser.getPlatformType(true);
  const platform: Platform = type === 'desktop' || type === 'tablet' || type === 'mobile' ? type : 'unknown';
  const name = parser.getBrowserName();
  const major = parser.getBrowserVersion()?.split('.')[0];
  // Names are bounded to what bowser knows, so no free text from the header gets through.
  const browser = name ? (major && /^\d+$/.test(major) ? `${name} ${major}` : name) : 'unknown';
  return { platform, browser };
}
