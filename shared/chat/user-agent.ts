import Bowser from 'bowser';

import { type BrowserLabel, browserFromBowser } from './browser.ts';
import type { Platform } from './platform.ts';

export type { Platform } from './platform.ts';

export interface ClientInfo {
  platform: Platform;
  /**
   * Browser name and major version, e.g. "Firefox 147", as the conversation keeps it: a name
   * from BROWSER_NAMES, `other` or `unknown`, and the major version only when it has 1–3 digits.
   */
  browser: string;
  /** The browser's name alone, what the counters count (a bounded set of labels). */
  browserName: BrowserLabel;
}

/**
 * How much of a User-Agent is parsed. Browsers send a few hundred characters at most; bowser
 * tries its patterns over the whole string, so a header padded to the 11 000 characters a server
 * lets through would cost a visitor's request ten times as much for nothing.
 */
export const PARSED_USER_AGENT_LENGTH = 1024;

/** The start of a User-Agent that is parsed: cut at a space, so no token is read half. */
function parsedPart(userAgent: string): string {
  if (userAgent.length <= PARSED_USER_AGENT_LENGTH) return userAgent;
  const space = userAgent.lastIndexOf(' ', PARSED_USER_AGENT_LENGTH);
  return userAgent.slice(0, space > 0 ? space : PARSED_USER_AGENT_LENGTH);
}

/**
 * Reduces a User-Agent to the facts the chat log keeps. The raw string is never stored:
 * together with the IP it is a fingerprint. Parsed with bowser (MIT), a well-kept parser;
 * its answer is then bounded, since bowser passes unknown `Name/1.0` tokens through as names.
 * Only the first `PARSED_USER_AGENT_LENGTH` characters are read.
 */
export function describeClient(userAgent: string | undefined): ClientInfo {
  if (!userAgent) return { platform: 'unknown', browser: 'unknown', browserName: 'unknown' };
  const parser = Bowser.getParser(parsedPart(userAgent));
  const type = parser.getPlatformType(true);
  const platform: Platform = type === 'desktop' || type === 'tablet' || type === 'mobile' ? type : 'unknown';
  const name = browserFromBowser(parser.getBrowserName());
  if (name === 'other') return { platform, browser: name, browserName: name };
  const major = /^(\d{1,3})(?:\.|$)/.exec(parser.getBrowserVersion() ?? '')?.[1];
  // Number() drops leading zeros, so "007" and "7" are one version.
  return { platform, browser: major ? `${name} ${Number(major)}` : name, browserName: name };
}
