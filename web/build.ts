import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, buildSync } from 'esbuild';

const webDir = dirname(fileURLToPath(import.meta.url));

export interface WebAsset {
  contentType: string;
  body: string | Buffer;
}

/**
 * The browser bundles: entry file in `web/` and the path it is served at. chat.js sits next to
 * widget.js, which loads it when a visitor first opens the chat. The staff dashboard is a page
 * of its own under /dashboard/ (with uPlot for its charts and oidc-client-ts for sign-in).
 */
export const BROWSER_BUNDLES = [
  { entry: 'feedback-widget.ts', path: '/widget.js' },
  { entry: 'chat-widget.ts', path: '/chat.js' },
  { entry: 'dashboard/main.ts', path: '/dashboard/dashboard.js' },
] as const;

/**
 * The widgets run on any visitor's browser, old ones included. The dashboard is for staff on
 * municipal laptops, and its libraries (uPlot, oidc-client-ts) are written for browsers from
 * about 2022 on: Chrome 109 is the last on Windows 7/8, Firefox 115 the ESR in long use.
 */
const DASHBOARD_TARGET = ['es2022', 'chrome109', 'firefox115', 'safari16'];

export const browserBuildOptions: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020', 'chrome90', 'firefox90', 'safari14'],
  legalComments: 'none',
  write: false,
};

/** Bundles one browser entry with the production settings; the bytes are what visitors download. */
export function bundleBrowserEntry(entry: string): string {
  const result = buildSync({
    ...browserBuildOptions,
    ...(entry.startsWith('dashboard/') && { target: DASHBOARD_TARGET }),
    entryPoints: [join(webDir, entry)],
  });
  const file = result.outputFiles?.[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The dashboard's stylesheet: its own rules, then uPlot's (which the charts need). */
export function dashboardCss(): string {
  const uplotCss = createRequire(import.meta.url).resolve('uplot/dist/uPlot.min.css');
  return `${readFileSync(join(webDir, 'dashboard', 'dashboard.css'), 'utf8')}\n${readFileSync(uplotCss, 'utf8')}\n`;
}

/**
 * Every file the local server (and the web stack) serves: bundles, the demo pages and the
 * dashboard page (`/dashboard/` is its index.html). `/dashboard/config.json` is not a build
 * file: the runtime (or the deployment) writes it.
 */
export function buildWebAssets(): Map<string, WebAsset> {
  const assets = new Map<string, WebAsset>();
  for (const bundle of BROWSER_BUNDLES) {
    assets.set(bundle.path, {
      contentType: CONTENT_TYPES['.js'] as string,
      body: bundleBrowserEntry(bundle.entry),
    });
  }
  const demoDir = join(webDir, 'demo');
  for (const name of readdirSync(demoDir)) {
    const ext = name.slice(name.lastIndexOf('.'));
    const contentType = CONTENT_TYPES[ext];
    if (!contentType) continue;
    const body = readFileSync(join(demoDir, name));
    assets.set(`/${name}`, { contentType, body });
    if (name === 'index.html') assets.set('/', { contentType, body });
  }
  const dashboardPage = {
    contentType: CONTENT_TYPES['.html'] as string,
    body: readFileSync(join(webDir, 'dashboard', 'index.html')),
  };
  assets.set('/dashboard/', dashboardPage);
  assets.set('/dashboard/index.html', dashboardPage);
  assets.set('/dashboard/dashboard.css', {
    contentType: CONTENT_TYPES['.css'] as string,
    body: dashboardCss(),
  });
  return assets;
}
