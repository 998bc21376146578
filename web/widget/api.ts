import type { WidgetConfig } from './config.ts';
import type { Lang } from './i18n.ts';

/** The body of `POST /v1/sites/{siteId}/feedback` (contract v1). */
export interface FeedbackVote {
  url: string;
  found: boolean;
  comment?: string;
  lang: Lang;
}

const TIMEOUT_MS = 15_000;

/**
 * Sends one vote. Resolves true when the service took it and false on any failure (network,
 * CORS, timeout, an error answer): it never rejects, so nothing can surface on the host page.
 */
export async function sendFeedback(
  config: Pick<WidgetConfig, 'api' | 'site'>,
  vote: FeedbackVote,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): Promise<boolean> {
  try {
    const response = await fetchFn(`${config.api}/v1/sites/${encodeURIComponent(config.site)}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(vote),
      // keepalive: the vote still arrives if the visitor leaves the page right after clicking.
      keepalive: true,
      // No cookies or other credentials: the service must not be able to recognise anyone.
      credentials: 'omit',
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TIMEOUT_MS) : null,
    });
    return response.ok;
  } catch {
    return false;
  }
}
