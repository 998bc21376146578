import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContextOptions, chromium, type Locator, type Page } from 'playwright-core';
import type { Runtime, RuntimeOptions } from '../../infra/local/runtime.ts';
import { startTestRuntime } from './runtime.ts';

/** Where the browser tests save their screenshots. */
export const SHOTS = 'test-results/e2e';

/** Debian's Chromium, headless, without anything that would reach the internet. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
];

/** Launches Chromium for one test file. */
function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The second site of the browser tests: a nynorsk municipality on an origin of its own. */
export function nynorskSite(origin: string) {
  return { id: 'nynorsk-kommune', name: 'Nynorsk kommune', origins: [origin], languages: ['nn'] };
}

/** What a browser test file starts once, before its tests, and closes after them. */
export interface TestBed {
  runtime: Runtime;
  /** The other municipality's website ('' when the file has none). */
  otherOrigin: string;
  /** A new context and page as a visitor in Norway has them, collecting the errors the page throws. */
  openPage(options?: BrowserContextOptions): Promise<{ page: Page; pageErrors: Error[] }>;
  /** Closes the browser, the service and the other website. */
  close(): Promise<void>;
}

/**
 * Starts the local service (startTestRuntime; `name` prefixes its tables) and Chromium. With
 * `otherSite`, also another municipality's website on an origin of its own, which answers every
 * path with that page (given the service's URL) and which the service knows as the nynorsk site.
 */
export async function startTestBed(
  name: string,
  options: Partial<RuntimeOptions> & { otherSite?: (serviceUrl: string) => string } = {},
): Promise<TestBed> {
  const { otherSite: otherPage, ...runtimeOptions } = options;
  const started: { close(): Promise<void> }[] = [];
  try {
    let serviceUrl = '';
    const other = otherPage && (await startOtherSite(() => otherPage(serviceUrl)));
    if (other) started.unshift(other);
    const runtime = await startTestRuntime(name, {
      ...(other && { extraSites: [nynorskSite(other.origin)] }),
      ...runtimeOptions,
    });
    started.unshift(runtime);
    serviceUrl = runtime.url;
    const browser = await launchChromium();
    started.unshift(browser);
    return {
      runtime,
      otherOrigin: other ? other.origin : '',
      openPage: (contextOptions) => openPage(browser, contextOptions),
      close: () => closeAll(started),
    };
  } catch (error) {
    await closeAll(started);
    throw error;
  }
}

/** Another municipality's website on its own origin, answering every path with `html()`. */
async function startOtherSite(html: () => string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Closes one after the other. */
async function closeAll(things: { close(): Promise<void> }[]): Promise<void> {
  for (const thing of things) await thing.close();
}

/** A new context and page as a visitor in Norway has them, collecting the errors the page throws. */
async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo', ...options });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  return { page, pageErrors };
}

/** The focused element, looking inside the widgets' shadow roots. */
export function focused(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const style = active ? getComputedStyle(active) : undefined;
    return {
      tag: active?.tagName ?? '',
      text: active?.textContent ?? '',
      role: active?.getAttribute('role') ?? '',
      label: active?.getAttribute('aria-label') ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

/**
 * Waits until every animation and transition of the page and its shadow roots that has an end
 * has finished (an endless one, such as a "typing" pulse, would never let a test go on).
 */
export async function atRest(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const shadows = [...document.querySelectorAll('*')].flatMap((element) => element.shadowRoot ?? []);
    const animations = [document, ...shadows].flatMap((root) => root.getAnimations());
    const ending = animations.filter(
      (animation) => animation.effect?.getComputedTiming().endTime !== Infinity,
    );
    await Promise.all(ending.map((animation) => animation.finished));
  });
}

/** The serious and critical axe violations of the page, judged at rest (not half-way through an animation). */
export async function seriousViolations(page: Page) {
  await atRest(page);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

/**
 * Waits until the locator shows exactly `text`: Playwright watches the page for it (up to its
 * 30 s timeout), rather than `expect.poll`'s one second, which a loaded machine can miss.
 */
export async function showsText(locator: Locator, text: string, how: 'exactly' | 'within' = 'exactly') {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = how === 'exactly' ? new RegExp(`^\\s*${escaped}\\s*$`) : new RegExp(escaped);
  await locator.filter({ hasText: pattern }).first().waitFor();
}

/** Waits until the locator matches `count` elements (at least), then says how many it matches. */
export async function countOnceThere(locator: Locator, count: number): Promise<number> {
  await locator.nth(count - 1).waitFor();
  return locator.count();
}
