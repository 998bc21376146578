import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, buildSync } from 'esbuild';

const webDir = dirname(fileURLToPath(import.meta.url));

/** One file as served: its content type and its bytes. */
export interface WebAsset {
  contentType: string;
  body: string | Buffer;
}

/**
 * The browser bundles: entry file in `web/` and the path it is served at. widget.js puts the
 * widgets on a page (the feedback question and the chat's launcher); chat.js, the chat window,
 * sits next to it and is loaded when a visitor first opens the chat. The staff dashboard is a
 * page of its own under /dashboard/ (with uPlot for its charts and oidc-client-ts for sign-in).
 */
export const BROWSER_BUNDLES = [
  { entry: 'page-widgets.ts', path: '/widget.js' },
  { entry: 'chat-widget.ts', path: '/chat.js' },
  { entry: 'dashboard/main.ts', path: '/dashboard/dashboard.js' },
] as const;

/**
 * The widgets run on any visitor's browser, old ones included. The dashboard is for staff on
 * municipal laptops, and its libraries (uPlot, oidc-client-ts) are written for browsers from
 * about 2022 on: Chrome 109 is the last on Windows 7/8, Firefox 115 the ESR in long use.
 */
const DASHBOARD_TARGET = ['es2022', 'chrome109', 'firefox115', 'safari16'];

/** How the browser bundles are built: one minified IIFE each, for the widgets' browsers by default. */
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

/** The demo site's frame: every page's head, header and footer (web/demo/layout.html). */
const DEMO_LAYOUT = 'layout.html';

/** The dashboard's stylesheet: its own rules, then uPlot's (which the charts need). */
export function dashboardCss(): string {
  const uplotCss = createRequire(import.meta.url).resolve('uplot/dist/uPlot.min.css');
  return `${readFileSync(join(webDir, 'dashboard', 'dashboard.css'), 'utf8')}\n${readFileSync(uplotCss, 'utf8')}\n`;
}

/**
 * Every file the local server (and the web stack) serves: bundles, the demo pages and the
 * dashboard page (`/dashboard/` is its index.html) with its stylesheet and icon. `/dashboard/config.json` is not a build
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
  const layout = readFileSync(join(demoDir, DEMO_LAYOUT), 'utf8');
  for (const name of readdirSync(demoDir)) {
    const ext = name.slice(name.lastIndexOf('.'));
    const contentType = CONTENT_TYPES[ext];
    if (!contentType || name === DEMO_LAYOUT) continue;
    const file = readFileSync(join(demoDir, name));
    const body = ext === '.html' ? demoPage(layout, name, file.toString('utf8')) : file;
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
  // The tab's icon: without one, the browser asks for /favicon.ico and logs the 404.
  assets.set('/dashboard/favicon.svg', {
    contentType: CONTENT_TYPES['.svg'] as string,
    body: readFileSync(join(webDir, 'dashboard', 'favicon.svg')),
  });
  return assets;
}

/**
 * One page of the demo site: the layout around the page's own content. A page file is its
 * settings on the first line, then its content (what goes in <main>):
 *
 *   <!-- demo-page title="Byggesak – Demo kommune" widgets="feedback chat" -->
 *
 * `widgets` is what widget.js puts on the page: `feedback chat`, `chat` (data-feedback="off"),
 * or `none` (no script). In the header the page's own link is marked `aria-current="page"`;
 * in the footer a link to the page itself is left out.
 */
export function demoPage(layout: string, name: string, source: string): string {
  const settings = /^<!-- demo-page((?: \w+="[^"]*")*) -->\n/.exec(source);
  if (!settings)
    throw new Error(`web/demo/${name} does not start with <!-- demo-page title="…" widgets="…" -->`);
  const attributes = new Map([...(settings[1] ?? '').matchAll(/ (\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const title = attributes.get('title');
  const widgets = attributes.get('widgets')?.split(' ');
  if (!title || !widgets) throw new Error(`web/demo/${name} needs both a title and widgets`);
  const page = fillSlots(layout, {
    title,
    widgets: widgets.includes('none') ? '' : widgetScript(widgets),
    content: source.slice(settings[0].length),
  });
  return markOwnLinks(page, name === 'index.html' ? '/' : `/${name}`);
}

/** The demo's script tag for widget.js, with the given widgets. */
function widgetScript(widgets: string[]): string {
  const attributes = [
    'src="/widget.js"',
    'data-site="demo"',
    'data-lang="nb"',
    ...(widgets.includes('feedback') ? [] : ['data-feedback="off"']),
    ...(widgets.includes('chat') ? ['data-chat="on"'] : []),
    'data-privacy-url="/personvern.html"',
    'defer',
  ];
  return `<script\n${attributes.map((attribute) => `  ${attribute}\n`).join('')}></script>\n`;
}

/**
 * Fills a layout's `{{slots}}`. A slot on a line of its own takes the value's lines at the
 * slot's indentation, and the line goes when the value is empty; any other slot takes the value as is.
 */
function fillSlots(layout: string, values: Record<string, string>): string {
  return layout.replace(
    /^( *)\{\{(\w+)\}\}\n|\{\{(\w+)\}\}/gm,
    (_, indent: string | undefined, lineSlot: string | undefined, inlineSlot: string | undefined) => {
      const name = lineSlot ?? inlineSlot ?? '';
      const value = values[name];
      if (value === undefined) throw new Error(`the layout's slot {{${name}}} has no value`);
      return indent === undefined ? value : value.replace(/^(?=.)/gm, indent);
    },
  );
}

/** Marks the page's own link in the header as the current page, and leaves it out of the footer. */
function markOwnLinks(page: string, url: string): string {
  const own = `href="${url}"`;
  return page
    .replace(/<header>[\s\S]*?<\/header>/, (header) => header.replace(own, `${own} aria-current="page"`))
    .replace(/<footer>[\s\S]*?<\/footer>/, (footer) =>
      footer
        .split('\n')
        .filter((line) => !(line.trim().startsWith(`<a ${own}>`) && line.trim().endsWith('</a>')))
        .join('\n'),
    );
}
