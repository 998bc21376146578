import { readdirSync, readFileSync } from 'node:fs';
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
 * widget.js, which loads it when a visitor first opens the chat.
 */
export const BROWSER_BUNDLES = [
  { entry: 'feedback-widget.ts', path: '/widget.js' },
  { entry: 'chat-widget.ts', path: '/chat.js' },
] as const;

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
  const result = buildSync({ ...browserBuildOptions, entryPoints: [join(webDir, entry)] });
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

/** Every file the local server (and the web stack) serves: bundles plus the demo pages. */
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
  return assets;
}
