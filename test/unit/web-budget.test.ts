import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BROWSER_BUNDLES, buildWebAssets, bundleBrowserEntry, dashboardCss } from '../../web/build.ts';

/**
 * What every page with the widgets downloads, what the chat window adds on its first opening,
 * and the staff dashboard (its own code with uPlot and oidc-client-ts), which must stay quick
 * to load on a municipal laptop.
 */
const BUDGETS = [
  { path: '/widget.js', bytes: 4096, label: '4 KB' },
  { path: '/chat.js', bytes: 15360, label: '15 KB' },
  { path: '/dashboard/dashboard.js', bytes: 61440, label: '60 KB' },
] as const;

describe.each(BUDGETS)('$path', ({ path, bytes, label }) => {
  it(`is at most ${label} gzipped, as built for visitors`, () => {
    const bundle = BROWSER_BUNDLES.find((b) => b.path === path);
    expect(bundle).toBeDefined();

    const gzipped = gzipSync(bundleBrowserEntry(bundle?.entry ?? '')).byteLength;

    expect(gzipped).toBeLessThanOrEqual(bytes);
  });
});

describe('/dashboard/dashboard.css', () => {
  it("is at most 4 KB gzipped, uPlot's stylesheet included", () => {
    const css = dashboardCss();

    expect(css).toContain('.uplot');
    expect(gzipSync(css).byteLength).toBeLessThanOrEqual(4096);
  });
});

describe('/dashboard/favicon.svg', () => {
  it('is at most 1 KB, as every dashboard page load asks for it', () => {
    const icon = buildWebAssets().get('/dashboard/favicon.svg');

    expect(icon?.contentType).toBe('image/svg+xml');
    expect(Buffer.byteLength(icon?.body ?? '')).toBeLessThanOrEqual(1024);
  });
});

describe('the dashboard page', () => {
  it('is served at /dashboard/ and /dashboard/index.html, next to its script and stylesheet', () => {
    const assets = buildWebAssets();
    const page = String(assets.get('/dashboard/')?.body);

    expect(assets.get('/dashboard/index.html')?.body).toBe(assets.get('/dashboard/')?.body);
    expect(assets.get('/dashboard/')?.contentType).toBe('text/html; charset=utf-8');
    // Absolute: the same page may also be served at the CDN's root.
    expect(page).toContain('src="/dashboard/dashboard.js"');
    expect(page).toContain('href="/dashboard/dashboard.css"');
    expect(assets.get('/dashboard/dashboard.js')?.contentType).toBe('text/javascript; charset=utf-8');
    expect(assets.get('/dashboard/dashboard.css')?.contentType).toBe('text/css; charset=utf-8');
  });
});
