import { PEAK_REQUESTS_PER_SECOND } from './capacity.ts';

/**
 * The limits that keep one site's flood from starving the others and cap what a flood can cost,
 * sized from the capacity plan (docs/scale.md; its peaks are in infra/capacity.ts, which
 * `npm run docs:scale` writes): HEADROOM times the storm-day peak of the traffic each guards,
 * so that real visitors never meet them even if the plan's rates are too low by that much.
 */
const HEADROOM = 20;
/** No route is throttled below this many requests/s: a handful of staff or visitors at once. */
const MIN_RATE = 20;
/** WAF counts over five minutes. */
const WAF_WINDOW_SECONDS = 300;

/** A throttle HEADROOM times the peak (at least MIN_RATE), bursts up to twice that. */
const sized = (peakPerSecond: number) => {
  const rateLimit = Math.max(MIN_RATE, Math.ceil(peakPerSecond * HEADROOM));
  return { rateLimit, burstLimit: 2 * rateLimit };
};

/** All of Norway on one deployment: the largest the plan goes. */
const ALL = PEAK_REQUESTS_PER_SECOND.all;

/** AWS WAF rate limits, requests per client IP (or per site) in a 5-minute window. */
export const EDGE_LIMITS = {
  /**
   * Any public route from one IP: a visitor's whole chat is some 20 requests; many share one IP
   * behind a mobile carrier's or a school's NAT, so the limit is generous.
   */
  publicPerIp: 1500,
  /** New votes and new conversations from one IP: the writes that create records. */
  writesPerIp: 300,
  /** Every public request to one site: HEADROOM times the largest municipality's storm-day peak. */
  perSite: Math.ceil(PEAK_REQUESTS_PER_SECOND.oneLarge.total * HEADROOM * WAF_WINDOW_SECONDS),
  /** WAF blocks in 5 minutes that raise the alarm. */
  blockedAlarm: 1000,
} as const;

/** API Gateway throttles per route (requests/s and burst), for direct calls to the API too. */
export const ROUTE_THROTTLES: Readonly<Record<string, { rateLimit: number; burstLimit: number }>> = {
  'POST /v1/sites/{siteId}/feedback': sized(ALL.votes),
  'POST /v1/sites/{siteId}/conversations': sized(ALL.conversationStarts),
  'POST /v1/sites/{siteId}/conversations/{id}/messages': sized(ALL.messages),
  'GET /v1/sites/{siteId}/conversations/{id}': sized(ALL.exportsAndForgets),
  'DELETE /v1/sites/{siteId}/conversations/{id}': sized(ALL.exportsAndForgets),
  'OPTIONS /v1/sites/{siteId}/{proxy+}': sized(ALL.preflights),
};

/** Every other route (the staff routes): a few editors and reviewers. */
export const DEFAULT_ROUTE_THROTTLE = sized(ALL.staffReads);

/**
 * Lambda concurrency kept for the functions a flood must not starve: the hourly job and each
 * staff function always find this many instances free.
 */
export const RESERVED_CONCURRENCY = { job: 2, staff: 2 } as const;

/** DynamoDB on-demand ceilings per table (request units per second): a cost guard against a flood. */
export const TABLE_MAX_REQUEST_UNITS = { read: 4000, write: 4000 } as const;
