import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { osloDay } from '#shared/time';
import {
  countOnceThere,
  nynorskSite,
  SHOTS,
  seriousViolations,
  showsText,
  startTestBed,
  type TestBed,
} from '../support/browser.ts';
import { FIREFOX, IPHONE, postAsVisitor } from '../support/visitor.ts';

const STAFF_TOKEN = `e2e-staff-${randomUUID()}`;
/** A page deep in a municipal site: its long address must not widen the dashboard on a phone. */
const BYGGESAK = '/tjenester/plan-bygg-og-eiendom/byggesak-og-nabovarsel-for-tilbygg-og-garasje.html';

/** The service (with the seeded feedback and chat) and the browser. */
let bed: TestBed;
let page: Page;
let pageErrors: Error[];
/** What the page logged as errors (a missing favicon, a failed request …), and what a test expects to be logged. */
let consoleErrors: string[];
let expectedConsole: RegExp[];

/** Posts as a visitor's browser on the demo site; each user agent makes it another visitor. */
const post = (path: string, body: unknown, userAgent: string, token?: string) =>
  postAsVisitor(bed.runtime.url, path, body, userAgent, token);

/**
 * Today's feedback and chat on the demo site: 4 "found" and 3 "not found" over three pages
 * (the byggesak page is the worst), two comments, two conversations (a desktop Firefox and an iPhone)
 * with three questions, one of which the bot cannot answer.
 */
async function seed() {
  const votes: [string, boolean, string?][] = [
    ['/renovasjon.html', true],
    ['/renovasjon.html', true],
    ['/renovasjon.html', true],
    ['/renovasjon.html', false, 'Fant ikke tømmekalenderen, ring meg på 912 34 567'],
    [BYGGESAK, false, 'Hvor er skjemaet for nabovarsel?'],
    [BYGGESAK, false],
    ['/barnehageplass.html', true],
  ];
  for (const [index, [path, found, comment]] of votes.entries()) {
    await post(
      '/feedback',
      { url: `${bed.runtime.url}${path}`, found, ...(comment && { comment }), lang: 'nb' },
      `${FIREFOX} voter/${index}`,
    );
  }
  const asks: [string, string[]][] = [
    [FIREFOX, ['Når blir søppelet hentet?', 'Hvem vant fotballkampen i går?']],
    [IPHONE, ['Hva koster en barnehageplass?']],
  ];
  for (const [userAgent, questions] of asks) {
    const started = await post('/conversations', { lang: 'nb' }, userAgent);
    for (const text of questions) {
      await post(`/conversations/${started.conversationId}/messages`, { text }, userAgent, started.token);
    }
  }
}

beforeAll(async () => {
  bed = await startTestBed('e2e-dashboard', {
    staffToken: STAFF_TOKEN,
    jobIntervalSeconds: 0,
    extraSites: [nynorskSite('https://nn.example')],
  });
  await seed();
});

afterAll(() => bed?.close());

beforeEach(async () => {
  ({ page, pageErrors } = await bed.openPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  }));
  consoleErrors = [];
  expectedConsole = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});

afterEach(async () => {
  await page?.context().close();
  // Every test fails on an error in the console it did not expect (a missing favicon was one).
  expect(consoleErrors.filter((text) => !expectedConsole.some((expected) => expected.test(text)))).toEqual(
    [],
  );
});

const today = () => osloDay(new Date());
const shift = (day: string, days: number) => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The dashboard's parts, found by role and label as staff find them. */
function dashboard(p: Page = page) {
  return {
    token: p.getByLabel('Tilgangsnøkkel'),
    signIn: p.getByRole('button', { name: 'Logg inn' }),
    heading: p.getByRole('heading', { level: 1 }),
    from: p.getByLabel('Fra', { exact: true }),
    to: p.getByLabel('Til', { exact: true }),
    show: p.getByRole('button', { name: 'Vis', exact: true }),
    status: p.locator('main p.status'),
    figure: (key: string) => p.locator(`dd[data-figure="${key}"]`),
    feedbackChart: p.locator('#feedback-chart'),
    chatChart: p.locator('#chat-chart'),
    table: (name: string) => p.locator(`table[data-table="${name}"]`),
    alert: p.getByRole('alert'),
  };
}

async function signIn(p: Page = page, token = STAFF_TOKEN) {
  const d = dashboard(p);
  await p.goto(`${bed.runtime.url}/dashboard/`);
  await d.token.fill(token);
  await d.signIn.click();
}

/** Signed in, with the figures of the default period (the last 30 days) on screen. */
async function openDashboard(p: Page = page) {
  await signIn(p);
  await showsText(dashboard(p).figure('answers'), '7');
}

const statsRequest = (p: Page = page) =>
  p.waitForRequest((request) => request.url().includes('/stats/feedback?'));

const rowsOf = (name: string) =>
  page
    .locator(`table[data-table="${name}"] tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s/g, ' ')),
      ),
    );

describe('staff dashboard', () => {
  it('signs in with the local staff token and shows the seeded figures, charts and tables', async () => {
    const d = dashboard();
    await page.goto(`${bed.runtime.url}/dashboard/`);
    await d.token.waitFor();
    await page.screenshot({ path: `${SHOTS}/dashboard-sign-in.png` });

    await d.token.fill(STAFF_TOKEN);
    await d.signIn.click();

    await showsText(d.figure('answers'), '7');
    expect(await d.heading.textContent()).toBe('Statistikk for Demo kommune');
    const figures = Object.fromEntries(
      await Promise.all(
        ['found', 'notFound', 'foundShare', 'conversations', 'messages', 'fallbackShare'].map(async (key) => [
          key,
          (await d.figure(key).textContent())?.replace(/\s/g, ' '),
        ]),
      ),
    );
    expect(figures).toEqual({
      found: '4',
      notFound: '3',
      foundShare: '57,1 %',
      conversations: '2',
      messages: '3',
      fallbackShare: '33,3 %',
    });
    // Both charts are drawn, each with a text alternative of its own.
    for (const chart of [d.feedbackChart, d.chatChart]) {
      const size = await chart
        .locator('canvas')
        .evaluate((canvas: HTMLCanvasElement) => canvas.width * canvas.height);
      expect(size).toBeGreaterThan(0);
    }
    expect(await d.feedbackChart.getAttribute('role')).toBe('img');
    expect(await d.feedbackChart.getAttribute('aria-label')).toContain('4 fant det og 3 fant det ikke');
    expect(await d.chatChart.getAttribute('aria-label')).toContain(
      '2 samtaler, 3 spørsmål og 1 spørsmål uten svar',
    );
    // The pages with the lowest share of "found it" first.
    const pages = await rowsOf('pages');
    expect(pages.map((row) => [row[0]?.replace(/^.*\//, '/'), row[1], row[4]])).toEqual([
      ['/byggesak-og-nabovarsel-for-tilbygg-og-garasje.html', '2', '0 %'],
      ['/renovasjon.html', '4', '75 %'],
      ['/barnehageplass.html', '1', '100 %'],
    ]);
    // Topics by their names in the dashboard's language, never by their ids.
    expect(await rowsOf('intents')).toEqual(
      expect.arrayContaining([
        ['Avfall og renovasjon', '1', '33,3 %'],
        ['Uten svar', '1', '33,3 %'],
      ]),
    );
    expect(await d.table('intents').textContent()).not.toMatch(/waste_collection|kindergarten|fallback/);
    expect(await rowsOf('platforms')).toEqual([
      ['Datamaskin', '1', '50 %'],
      ['Nettbrett', '0', '0 %'],
      ['Mobil', '1', '50 %'],
      ['Ukjent', '0', '0 %'],
    ]);
    expect((await rowsOf('browsers')).map((row) => row[1])).toEqual(['1', '1']);
    // Comments as stored: masked.
    expect(await countOnceThere(d.table('comments').locator('tbody tr'), 2)).toBe(2);
    const comments = (await d.table('comments').textContent()) ?? '';
    expect(comments).toContain('Hvor er skjemaet for nabovarsel?');
    expect(comments).toContain('[nummer]');
    expect(comments).not.toContain('912 34 567');
    // The token lives in this tab only.
    expect(await page.evaluate(() => Object.values(sessionStorage))).toContain(STAFF_TOKEN);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(STAFF_TOKEN);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true });
    await page
      .locator('section', { has: d.feedbackChart })
      .screenshot({ path: `${SHOTS}/dashboard-feedback-chart.png` });
    await page
      .locator('section', { has: d.chatChart })
      .screenshot({ path: `${SHOTS}/dashboard-chat-chart.png` });
  });

  it('opens at /dashboard without the slash, with an icon of its own', async () => {
    await page.goto(`${bed.runtime.url}/dashboard`);
    await dashboard().token.waitFor();

    expect(new URL(page.url()).pathname).toBe('/dashboard/');
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    const icon = await page.request.get(new URL(href ?? '', page.url()).href);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
    expect(await icon.text()).toContain('<svg');
  });

  it('changes the numbers with the date range, and back with a quick range', async () => {
    const d = dashboard();
    await openDashboard();
    const lastWeek = { from: shift(today(), -7), to: shift(today(), -1) };

    await d.from.fill(lastWeek.from);
    await d.to.fill(lastWeek.to);
    const asked = statsRequest();
    await d.show.click();

    const url = new URL((await asked).url());
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([lastWeek.from, lastWeek.to]);
    await showsText(d.figure('answers'), '0');
    expect(await d.figure('conversations').textContent()).toBe('0');
    expect(await d.figure('foundShare').textContent()).toBe('–');
    expect(await d.feedbackChart.getAttribute('aria-label')).toContain('0 fant det og 0 fant det ikke');
    expect(await countOnceThere(page.getByText('Ingen kommentarer i perioden.'), 1)).toBe(1);
    expect(await d.status.textContent()).toMatch(/^Viser \d+\./);
    // Every day of the range is in the chart's table, none with an answer.
    expect((await rowsOf('feedback-chart-table')).map((row) => row.slice(1))).toEqual(
      Array(7).fill(['0', '0']),
    );
    await page.screenshot({ path: `${SHOTS}/dashboard-last-week.png`, fullPage: true });

    const quick = page.getByRole('button', { name: 'Siste 7 dager' });
    await quick.click();

    await showsText(d.figure('answers'), '7');
    expect(await quick.getAttribute('aria-pressed')).toBe('true');
    expect(await d.from.inputValue()).toBe(shift(today(), -6));
    expect(await d.to.inputValue()).toBe(today());
    expect(await rowsOf('feedback-chart-table')).toHaveLength(7);
    expect(pageErrors).toEqual([]);
  });

  it('refuses a range that ends before it starts, at the field, without asking the service', async () => {
    const d = dashboard();
    await openDashboard();
    let asked = 0;
    page.on('request', (request: Request) => {
      if (request.url().includes('/stats/')) asked++;
    });

    await d.from.fill(today());
    await d.to.fill(shift(today(), -3));
    await d.show.click();

    expect(await page.locator('#range-error').textContent()).toBe('«Fra» kan ikke være etter «Til».');
    expect(await d.from.getAttribute('aria-invalid')).toBe('true');
    expect(await d.from.getAttribute('aria-describedby')).toBe('range-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('from');
    expect(asked).toBe(0);
    expect(await d.figure('answers').textContent()).toBe('7');
  });

  it('downloads a CSV table in the dashboard’s language with the bearer token, under the name the service gives', async () => {
    await openDashboard();
    const download = page.waitForEvent('download');
    const request = page.waitForRequest((r) => r.url().includes('table=pages'));
    const response = page.waitForResponse((r) => r.url().includes('table=pages'));

    await page.getByRole('button', { name: 'Svar per side (CSV)' }).click();

    expect((await request).headers()).toMatchObject({
      authorization: `Bearer ${STAFF_TOKEN}`,
      accept: 'text/csv',
    });
    expect(new URL((await request).url()).searchParams.get('lang')).toBe('nb');
    const file = await download;
    const given = /filename="([^"]+)"/.exec((await response).headers()['content-disposition'] ?? '')?.[1];
    expect(file.suggestedFilename()).toBe(given);
    const csv = await readFile((await file.path()) as string, 'utf8');
    expect(csv.startsWith('\uFEFFSide;Fant det;Fant det ikke;Kommentarer\r\n')).toBe(true);
    expect(csv).toContain(`${bed.runtime.url}${BYGGESAK};0;2;1\r\n`);
    expect(await countOnceThere(page.getByText(`Lastet ned ${file.suggestedFilename()}.`), 1)).toBe(1);

    // In English: English headers and topic names, under the English name the service gives.
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.waitForEvent('download');
    const englishRequest = page.waitForRequest((r) => r.url().includes('table=intents'));
    await page.getByRole('button', { name: 'Topics (CSV)' }).click();
    expect(new URL((await englishRequest).url()).searchParams.get('lang')).toBe('en');
    const topics = await readFile((await (await english).path()) as string, 'utf8');
    expect(topics.startsWith('\uFEFFTopic;Questions\r\n')).toBe(true);
    expect(topics).toContain('Waste collection;1\r\n');
  });

  it('speaks nynorsk and English, and remembers the language but never the token across tabs', async () => {
    await openDashboard();

    await page.getByRole('button', { name: 'Nynorsk' }).click();

    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    expect(await page.getByRole('heading', { name: 'Samandrag' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Fann du det du leita etter?' }).count()).toBe(1);
    expect(await page.locator('dt', { hasText: 'Delen som fann det' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Nynorsk' }).getAttribute('aria-pressed')).toBe('true');
    // Focus stays on the switch the user pressed.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nynorsk');
    await page.screenshot({ path: `${SHOTS}/dashboard-nynorsk.png`, fullPage: true });

    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Statistics for Demo kommune');
    expect(await page.locator('dd[data-figure="foundShare"]').textContent()).toBe('57.1%');
    expect(await page.getByRole('button', { name: 'Answers per page (CSV)' }).count()).toBe(1);

    await page.reload();
    await showsText(page.locator('dd[data-figure="answers"]'), '7');
    expect(await page.getByRole('heading', { name: 'Summary' }).count()).toBe(1);
    // A new tab has the language but must sign in again.
    const other = await page.context().newPage();
    await other.goto(`${bed.runtime.url}/dashboard/`);
    expect(await other.getByLabel('Staff token').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('asks to sign in again when the token is wrong, and forgets the token on sign-out', async () => {
    const d = dashboard();
    expectedConsole = [/status of 401/];
    await signIn(page, 'not-the-staff-token');

    await expect
      .poll(() => d.alert.textContent())
      .toBe('Du er ikke logget inn, eller tilgangsnøkkelen ble ikke godtatt. Logg inn på nytt.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('token');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/dashboard-wrong-token.png` });

    await d.token.fill(STAFF_TOKEN);
    await d.signIn.click();
    await showsText(d.figure('answers'), '7');
    await page.getByRole('button', { name: 'Logg ut' }).click();

    expect(await d.token.count()).toBe(1);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('says clearly when the user lacks the role or the site (403)', async () => {
    const d = dashboard();
    expectedConsole = [/status of 403/];
    let code = 'site_not_allowed';
    await page.route('**/v1/sites/*/stats/**', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code, message: 'Forbidden.' } }),
      }),
    );
    await signIn();

    await expect
      .poll(() => d.alert.textContent())
      .toBe('Du har ikke tilgang til statistikken for Demo kommune.');
    code = 'missing_role';
    await page.getByRole('button', { name: 'Siste 90 dager' }).click();
    await expect
      .poll(() => d.alert.textContent())
      .toBe('Brukeren din har ikke tilgang til statistikken. Be en administrator om rollen «stats».');
    expect(await d.figure('answers').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('offers the sites to choose from and shows the chosen site’s numbers', async () => {
    const d = dashboard();
    await openDashboard();
    const site = page.getByLabel('Nettsted');

    const asked = statsRequest();
    await site.selectOption('nynorsk-kommune');

    expect((await asked).url()).toContain('/v1/sites/nynorsk-kommune/stats/feedback?');
    await showsText(d.figure('answers'), '0');
    expect(await d.heading.textContent()).toBe('Statistikk for Nynorsk kommune');
    await site.selectOption('demo');
    await showsText(d.figure('answers'), '7');
  });

  it('can be used with the keyboard alone, with a visible focus on every stop', async () => {
    await openDashboard();
    // A fresh load of the tab (still signed in) starts the tab order at the top.
    await page.reload();
    await showsText(dashboard().figure('answers'), '7');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til hovedinnholdet');

    const stops: { text: string; outline: string }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        if (active === document.body) return undefined;
        const style = getComputedStyle(active);
        return {
          text: (active.textContent || active.getAttribute('aria-label') || active.id).trim().slice(0, 40),
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
      // Past the last stop, focus leaves the page.
      if (!stop) break;
      stops.push(stop);
    }

    expect(stops.map((stop) => stop.text)).toEqual(
      expect.arrayContaining([
        'Bokmål',
        'Logg ut',
        'Siste 7 dager',
        'Vis tallene per dag',
        'Svar per dag (CSV)',
      ]),
    );
    expect(stops.filter((stop) => !/^solid [23]px$/.test(stop.outline))).toEqual([]);
    // A quick range with Enter.
    await page.getByRole('button', { name: 'Siste 90 dager' }).focus();
    const asked = statsRequest();
    await page.keyboard.press('Enter');
    expect(new URL((await asked).url()).searchParams.get('from')).toBe(shift(today(), -89));
    await page.getByRole('button', { name: 'Siste 90 dager' }).focus();
    await page.screenshot({ path: `${SHOTS}/dashboard-keyboard-focus.png` });
  });

  it('shows the comments of one page, and more comments a page at a time', async () => {
    const d = dashboard();
    await openDashboard();
    expect(await countOnceThere(d.table('comments').locator('tbody tr'), 2)).toBe(2);
    const asked = page.waitForRequest((r) => r.url().includes('/feedback/comments?'));

    await page.getByLabel('Vis kommentarer for').selectOption(`${bed.runtime.url}${BYGGESAK}`);

    expect(new URL((await asked).url()).searchParams.get('url')).toBe(`${bed.runtime.url}${BYGGESAK}`);
    expect(await countOnceThere(d.table('comments').locator('tbody tr'), 1)).toBe(1);
    expect(await d.table('comments').textContent()).toContain('Hvor er skjemaet for nabovarsel?');

    // More than a page of comments: the service hands out a cursor for the next one.
    const comment = (n: number) => ({
      url: `${bed.runtime.url}/renovasjon.html`,
      found: false,
      comment: `Kommentar ${n}`,
      at: '2026-11-20T12:00:00+01:00',
    });
    await page.route('**/feedback/comments?**', (route) => {
      const cursor = new URL(route.request().url()).searchParams.get('cursor');
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify(
          cursor === 'next-day'
            ? { items: [comment(3)] }
            : { items: [comment(1), comment(2)], next: 'next-day' },
        ),
      });
    });
    await page.getByLabel('Vis kommentarer for').selectOption('');
    const more = page.getByRole('button', { name: 'Vis flere kommentarer' });
    await more.click();

    expect(await countOnceThere(d.table('comments').locator('tbody tr'), 3)).toBe(3);
    expect(await more.count()).toBe(0);
    expect(await d.table('comments').locator('tbody tr td:last-child').allTextContents()).toEqual([
      'Kommentar 1',
      'Kommentar 2',
      'Kommentar 3',
    ]);
    // Focus moves to the first comment that came in, not to the top of the page.
    expect(
      await page.evaluate(() => document.activeElement?.closest('tr')?.lastElementChild?.textContent),
    ).toBe('Kommentar 3');
  });

  it('shows the hovered day’s numbers under a chart', async () => {
    const d = dashboard();
    await openDashboard();
    await d.feedbackChart.scrollIntoViewIfNeeded();
    const box = await d.feedbackChart.locator('.u-over').boundingBox();
    if (!box) throw new Error('the chart has no plotting area');

    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });

    await expect
      .poll(() => d.feedbackChart.locator('.readout').textContent())
      .toMatch(/^\d+\. \w+\.?: Fant det 4 · Fant det ikke 3$/);
  });

  it('has no serious or critical axe violations, signed out and in, with the tables open, and on a phone', async () => {
    await page.goto(`${bed.runtime.url}/dashboard/`);
    await dashboard().token.waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await openDashboard();
    expect(await countOnceThere(dashboard().table('comments'), 1)).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing wider than the phone's screen, long page addresses included.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}/dashboard-phone.png`, fullPage: true });

    for (const summary of await page.locator('summary').all()) await summary.click();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
