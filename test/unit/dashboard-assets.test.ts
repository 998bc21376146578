import { describe, expect, it } from 'vitest';
import { INDEX_PAGES_CODE, isPublishedAsset } from '../../infra/dashboard-site.ts';
import { buildWebAssets } from '../../web/build.ts';

type CloudFrontAnswer = { uri?: string; statusCode?: number; headers?: { location: { value: string } } };

/** The CloudFront Function as CloudFront runs it, on a request for `uri` with the given query. */
function viewerRequest(uri: string, querystring: Record<string, unknown> = {}): CloudFrontAnswer {
  const handler = new Function(`${INDEX_PAGES_CODE}; return handler;`)() as (
    event: unknown,
  ) => CloudFrontAnswer;
  return handler({ request: { uri, querystring, headers: {} } });
}

describe('the dashboard’s icon', () => {
  it('is served next to the dashboard, linked from its page and published with it', () => {
    const assets = buildWebAssets();
    const page = String(assets.get('/dashboard/')?.body);
    const href = /<link rel="icon" href="([^"]+)"/.exec(page)?.[1] ?? '';

    expect(href).toBe('/dashboard/favicon.svg');
    expect(assets.get(href)?.contentType).toBe('image/svg+xml');
    expect(String(assets.get(href)?.body)).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(isPublishedAsset(href)).toBe(true);
  });
});

describe('the CloudFront function of the dashboard site', () => {
  it('sends /dashboard to /dashboard/ with its query, as the local server does', () => {
    expect(viewerRequest('/dashboard')).toMatchObject({
      statusCode: 301,
      headers: { location: { value: '/dashboard/' } },
    });
    expect(
      viewerRequest('/dashboard', {
        lang: { value: 'nn' },
        x: { value: '1', multiValue: [{ value: '1' }, { value: '2' }] },
      }),
    ).toMatchObject({ statusCode: 301, headers: { location: { value: '/dashboard/?lang=nn&x=1&x=2' } } });
  });

  it('still serves the folder’s page and leaves other files alone', () => {
    expect(viewerRequest('/dashboard/').uri).toBe('/dashboard/index.html');
    expect(viewerRequest('/dashboard/favicon.svg').uri).toBe('/dashboard/favicon.svg');
    expect(viewerRequest('/dashboard/x').uri).toBe('/dashboard/x');
  });
});
