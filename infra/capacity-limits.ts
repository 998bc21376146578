/**
 * The limits that keep one site's flood from starving the others and cap what a flood can cost,
 * sized from the capacity plan (docs/scale.md, scripts/capacity-model.ts): each is a few times
 * the storm-day peak of the traffic it guards, so real visitors never meet it.
 */

/** AWS WAF rate limits, requests per client IP (or per site) in a 5-minute window. */
export const EDGE_LIMITS = {
  /**
   * Any public route from one IP: a visitor's whole chat is some 20 requests; many share one IP
   * behind a mobile carrier's or a school's NAT, so the limit is generous.
   */
  publicPerIp: 1500,
  /** New votes and new conversations from one IP: the writes that create records. */
  writesPerIp: 300,
  /** Every public request to one site: a multiple of the largest municipality's storm-day peak. */
  perSite: 60_000,
  /** WAF blocks in 5 minutes that raise the alarm. */
  blockedAlarm: 1000,
} as const;

/** API Gateway throttles per route (requests per second and burst), for direct calls too. */
export const ROUTE_THROTTLES: Readonly<Record<string, { rateLimit: number; burstLimit: number }>> = {
  'POST /v1/sites/{siteId}/feedback': { rateLimit: 200, burstLimit: 400 },
  'POST /v1/sites/{siteId}/conversations': { rateLimit: 100, burstLimit: 200 },
  'POST /v1/sites/{siteId}/conversations/{id}/messages': { rateLimit: 300, burstLimit: 600 },
  'GET /v1/sites/{siteId}/conversations/{id}': { rateLimit: 50, burstLimit: 100 },
  'DELETE /v1/sites/{siteId}/conversations/{id}': { rateLimit: 50, burstLimit: 100 },
  'OPTIONS /v1/sites/{siteId}/{proxy+}': { rateLimit: 300, burstLimit: 600 },
};

/** Every other route (the staff routes): a few editors and reviewers. */
export const DEFAULT_ROUTE_THROTTLE = { rateLimit: 20, burstLimit: 40 } as const;

/**
 * Lambda concurrency kept for the functions a flood must not starve: the hourly job and each
 * staff function always find this many instances free.
 */
export const RESERVED_CONCURRENCY = { job: 2, staff: 2 } as const;

/** DynamoDB on-demand ceilings per table (request units per second): a cost guard against a flood. */
export const TABLE_MAX_REQUEST_UNITS = { read: 4000, write: 4000 } as const;
