import type { Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { osloDay } from '#shared/time';
import { FEEDBACK_TEXTS } from '../../web/widget/i18n.ts';
import {
  focused,
  SHOTS,
  seriousViolations,
  showsText,
  startTestBed,
  type TestBed,
} from '../support/browser.ts';
import { scanTables } from '../support/dynamo.ts';

const THANKS = 'Takk for svaret!';
const NOTED = 'Takk! Svaret ditt er registrert.';
const ERROR = 'Vi kunne ikke ta imot svaret ditt akkurat nå. Prøv igjen senere.';

/** The service, the browser, and another municipality's website that embeds the widget. */
let bed: TestBed;
let page: Page;
let pageErrors: Error[];

/** The other municipality's page: the feedback question, in nynorsk, from the service at `serviceUrl`. */
function otherSitePage(serviceUrl: string): string {
  return `<!doctype html><html lang="nn"><head><meta charset="utf-8"><title>Skuleskyss</title>
      <script src="${serviceUrl}/widget.js" data-site="nynorsk-kommune" data-lang="nn" defer></script></head>
      <body><main><h1>Skuleskyss</h1><p>Elevar som bur langt frå skulen, har rett til gratis skyss.</p></main></body></html>`;
}

beforeAll(async () => {
  bed = await startTestBed('e2e-widget', { otherSite: otherSitePage });
});

afterAll(() => bed?.close());

beforeEach(async () => {
  ({ page, pageErrors } = await bed.openPage());
});

afterEach(() => page?.context().close());

const pageUrl = (path: string) => `${bed.runtime.url}${path}`;

/** The widget's parts, found by role and label as a visitor finds them (locators pierce the shadow root). */
function widget(p: Page = page) {
  return {
    host: p.locator('[data-kommune-feedback]'),
    question: p.getByRole('heading', { name: 'Fant du det du lette etter?' }),
    yes: p.getByRole('button', { name: 'Ja', exact: true }),
    no: p.getByRole('button', { name: 'Nei', exact: true }),
    comment: p.getByLabel('Hva lette du etter? (valgfritt)'),
    send: p.getByRole('button', { name: 'Send', exact: true }),
    // The demo pages also carry the chat launcher, with a status region of its own.
    status: p.locator('[data-kommune-feedback]').getByRole('status'),
  };
}

/** "Nei" or "Nei+comment": which vote a request carries. */
const votesIn = (request: Request) => ('comment' in request.postDataJSON() ? 'Nei+comment' : 'Nei');

async function storedFor(url: string) {
  const { feedback = [], counters = [] } = await scanTables(bed.runtime.endpoint, bed.runtime.tables);
  return {
    votes: feedback.filter((item) => item.url === url),
    counters: counters.filter((item) => item.url === url),
  };
}

const isVote = (request: Request) => request.method() === 'POST' && request.url().endsWith('/feedback');

/** The next vote the widget sends; with `withComment`, the next one that holds a comment. */
function feedbackRequest(p: Page = page, withComment = false): Promise<Request> {
  return p.waitForRequest(
    (request) => isVote(request) && (!withComment || 'comment' in request.postDataJSON()),
  );
}

/** A page of the demo site's own origin in `lang`, at a path of its own (so its counts are its own). */
async function pageIn(lang: 'nb' | 'nn' | 'en', path: string, p: Page = page): Promise<string> {
  const url = pageUrl(`/e2e-${lang}/${path}`);
  const title = { nb: 'Parkering', nn: 'Parkering', en: 'Parking' }[lang];
  await p.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <script src="/widget.js" data-site="demo" data-lang="${lang}" defer></script></head>
        <body><main><h1>${title}</h1><p>P-hus, beboerparkering, HC.</p></main></body></html>`,
    }),
  );
  await p.goto(url);
  return url;
}

/** The page's row in the editors' statistics today, read from the staff API with the local staff token. */
async function pageStats(url: string) {
  const day = osloDay(new Date());
  const response = await fetch(
    `${bed.runtime.url}/v1/sites/demo/stats/feedback?from=${day}&to=${day}&url=${encodeURIComponent(url)}`,
    { headers: { accept: 'application/json', authorization: `Bearer ${bed.runtime.staffToken}` } },
  );
  expect(response.status).toBe(200);
  const stats = (await response.json()) as {
    totals: { found: number; notFound: number };
    pages: { url: string; found: number; notFound: number; comments: number }[];
  };
  return { totals: stats.totals, pages: stats.pages };
}

describe('feedback widget', () => {
  it('sends a Ja vote with the page URL only, thanks the visitor and stores the vote and the count', async () => {
    const w = widget();
    await page.goto(`${pageUrl('/renovasjon.html')}?kilde=nyhetsbrev#tommedager`);
    await w.question.waitFor();
    const sent = feedbackRequest();

    await w.yes.click();

    await showsText(w.status, THANKS, 'within');
    expect(await w.yes.count()).toBe(0);
    expect(await w.no.count()).toBe(0);
    expect((await sent).postDataJSON()).toEqual({
      url: pageUrl('/renovasjon.html'),
      found: true,
      lang: 'nb',
    });
    const stored = await storedFor(pageUrl('/renovasjon.html'));
    expect(stored.votes).toHaveLength(1);
    expect(stored.votes[0]).toMatchObject({ found: true, lang: 'nb' });
    expect(stored.counters).toHaveLength(1);
    expect(stored.counters[0]).toMatchObject({ found: 1, notFound: 0 });
    await w.host.screenshot({ path: `${SHOTS}/widget-thanks.png` });
    await page.screenshot({ path: `${SHOTS}/renovasjon-after-ja.png`, fullPage: true });
  });

  it('sends a Nei vote with a comment, and the service stores the comment masked', async () => {
    const w = widget();
    await page.goto(pageUrl('/barnehageplass.html'));
    await w.no.click();
    await w.comment.fill('Fant ikke prisen for halv plass, ring meg på 912 34 567');
    await page.screenshot({ path: `${SHOTS}/barnehageplass-comment.png`, fullPage: true });
    const sent = feedbackRequest(page, true);

    await w.send.click();

    await showsText(w.status, THANKS, 'within');
    expect(await w.send.count()).toBe(0);
    expect((await sent).postDataJSON()).toMatchObject({
      found: false,
      comment: expect.stringContaining('912 34 567'),
    });
    const stored = await storedFor(pageUrl('/barnehageplass.html'));
    expect(stored.votes).toHaveLength(1);
    const comment = String(stored.votes[0]?.comment);
    expect(comment).toContain('[nummer]');
    expect(comment).not.toContain('912 34 567');
    expect(stored.counters[0]).toMatchObject({ found: 0, notFound: 1, comments: 1 });
  });

  it('counts the comment characters and stops at 1000', async () => {
    const w = widget();
    await page.goto(pageUrl('/barnehageplass.html'));
    await w.no.click();

    await w.comment.fill('x'.repeat(1200));

    expect(await w.comment.inputValue()).toHaveLength(1000);
    expect(await page.getByText('1000 av 1000 tegn').count()).toBe(1);
  });

  it('sends a Nei vote on the click, before any comment, and Send without a comment sends nothing more', async () => {
    const w = widget();
    const votes: Request[] = [];
    page.on('request', (request) => isVote(request) && votes.push(request));
    await page.goto(pageUrl('/byggesak.html'));
    const sent = feedbackRequest();

    await w.no.click();

    expect((await sent).postDataJSON()).toEqual({ url: pageUrl('/byggesak.html'), found: false, lang: 'nb' });
    await showsText(w.status, NOTED);
    expect((await focused(page)).tag).toBe('TEXTAREA');
    await w.send.click();
    await showsText(w.status, THANKS, 'within');
    expect(votes).toHaveLength(1);
  });

  it('counts a Nei whose visitor leaves without a comment (the editors’ statistics)', async () => {
    const w = widget();
    const url = await pageIn('nb', 'nei-og-borte');
    const answered = page.waitForResponse((response) => isVote(response.request()));

    await w.no.click();

    expect((await answered).status()).toBe(201);
    await showsText(w.status, NOTED);
    // The visitor leaves: closes the tab without writing anything.
    await page.close();
    expect(await pageStats(url)).toEqual({
      totals: { found: 0, notFound: 1 },
      pages: [{ url, found: 0, notFound: 1, comments: 0 }],
    });
  });

  it('counts a Nei followed by a comment once: the comment replaces the click’s vote', async () => {
    const w = widget();
    const url = await pageIn('nb', 'nei-med-kommentar');
    const first = page.waitForResponse((response) => isVote(response.request()));
    await w.no.click();
    expect((await first).status()).toBe(201);
    await w.comment.fill('Fant ikke prisen for beboerparkering');
    const second = page.waitForResponse((response) => isVote(response.request()));

    await w.send.click();

    await showsText(w.status, THANKS, 'within');
    // 200: the service took it in place of the first vote.
    expect((await second).status()).toBe(200);
    expect((await second).request().postDataJSON()).toEqual({
      url,
      found: false,
      lang: 'nb',
      comment: 'Fant ikke prisen for beboerparkering',
    });
    expect(await pageStats(url)).toEqual({
      totals: { found: 0, notFound: 1 },
      pages: [{ url, found: 0, notFound: 1, comments: 1 }],
    });
    expect((await storedFor(url)).votes).toMatchObject([{ comment: 'Fant ikke prisen for beboerparkering' }]);
  });

  it('keeps both when the comment is sent before the click’s Nei has been answered, and counts once', async () => {
    const w = widget();
    const events: string[] = [];
    page.on('request', (request) => isVote(request) && events.push(`sent ${votesIn(request)}`));
    page.on('response', (response) => {
      if (isVote(response.request())) events.push(`answered ${votesIn(response.request())}`);
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The click's Nei is held on its way to the service until the visitor has sent the comment.
    let routed = 0;
    await page.route('**/v1/sites/demo/feedback', async (route) => {
      if (++routed === 1) await held;
      await route.continue();
    });
    const url = await pageIn('nb', 'nei-kommentar-raskt');
    const first = feedbackRequest();
    await w.no.click();
    await first;
    await w.comment.fill('Hvor er P-huset?');

    await w.send.click();
    release();

    await showsText(w.status, THANKS, 'within');
    expect(events).toEqual(['sent Nei', 'answered Nei', 'sent Nei+comment', 'answered Nei+comment']);
    expect(await pageStats(url)).toEqual({
      totals: { found: 0, notFound: 1 },
      pages: [{ url, found: 0, notFound: 1, comments: 1 }],
    });
    expect((await storedFor(url)).votes).toMatchObject([{ found: false, comment: 'Hvor er P-huset?' }]);
    expect(pageErrors).toEqual([]);
  });

  it('keeps Ja as it was: one vote on the click, counted as found', async () => {
    const w = widget();
    const url = await pageIn('nb', 'ja');
    const answered = page.waitForResponse((response) => isVote(response.request()));

    await w.yes.click();

    expect((await answered).status()).toBe(201);
    await showsText(w.status, THANKS, 'within');
    expect(await w.comment.isVisible()).toBe(false);
    expect(await pageStats(url)).toEqual({
      totals: { found: 1, notFound: 0 },
      pages: [{ url, found: 1, notFound: 0, comments: 0 }],
    });
  });

  it.each([
    {
      lang: 'nb',
      no: 'Nei',
      noted: 'Takk! Svaret ditt er registrert.',
      label: 'Hva lette du etter? (valgfritt)',
    },
    {
      lang: 'nn',
      no: 'Nei',
      noted: 'Takk! Svaret ditt er registrert.',
      label: 'Kva leita du etter? (valfritt)',
    },
    {
      lang: 'en',
      no: 'No',
      noted: 'Thank you! Your answer has been recorded.',
      label: 'What were you looking for? (optional)',
    },
  ] as const)('shows Nei with and without a comment in $lang, with no serious axe violations', async (t) => {
    const host = page.locator('[data-kommune-feedback]');
    const status = host.getByRole('status');
    await pageIn(t.lang, 'skjermer');
    const answered = page.waitForResponse((response) => isVote(response.request()));

    await page.getByRole('button', { name: t.no, exact: true }).click();

    await answered;
    await showsText(status, t.noted);
    expect(await seriousViolations(page)).toEqual([]);
    await host.screenshot({ path: `${SHOTS}/feedback-nei-${t.lang}.png` });
    await page.getByLabel(t.label).fill(
      {
        nb: 'Fant ikke åpningstidene',
        nn: 'Fann ikkje opningstidene',
        en: 'Could not find the opening hours',
      }[t.lang],
    );
    expect(await seriousViolations(page)).toEqual([]);
    await host.screenshot({ path: `${SHOTS}/feedback-nei-comment-${t.lang}.png` });
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await showsText(status, FEEDBACK_TEXTS[t.lang].thanks);
    expect(await seriousViolations(page)).toEqual([]);
    await host.screenshot({ path: `${SHOTS}/feedback-nei-thanks-${t.lang}.png` });
  });

  it('does not bring the buttons back on reload the same day, and remembers nothing but page and day', async () => {
    const w = widget();
    await page.goto(pageUrl('/byggesak.html'));
    await w.yes.click();
    await showsText(w.status, THANKS, 'within');

    await page.reload();

    await w.question.waitFor();
    await showsText(w.status, THANKS, 'within');
    expect(await w.yes.count()).toBe(0);
    expect(await w.no.count()).toBe(0);
    const storage = await page.evaluate(() => ({ ...window.localStorage }));
    expect(storage).toEqual({ [`kommune-feedback:voted:${pageUrl('/byggesak.html')}`]: osloDay(new Date()) });
    // Another page still asks.
    await page.goto(pageUrl('/renovasjon.html'));
    await w.yes.waitFor();
    await page.screenshot({ path: `${SHOTS}/byggesak-after-reload.png`, fullPage: true });
  });

  it('shows a polite message and keeps the buttons when the service cannot be reached', async () => {
    const w = widget();
    await page.route('**/v1/sites/*/feedback', (route) => route.abort('failed'));
    await page.goto(pageUrl('/renovasjon.html'));

    await w.yes.click();

    await showsText(w.status, ERROR);
    expect(await w.yes.isVisible()).toBe(true);
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
    expect(pageErrors).toEqual([]);
    await w.host.screenshot({ path: `${SHOTS}/widget-error.png` });
  });

  it('shows the same message when the service answers an error, and the visitor can try again', async () => {
    const w = widget();
    let fail = true;
    await page.route('**/v1/sites/*/feedback', (route) =>
      fail
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({ error: { code: 'service_unavailable', message: 'Try again.' } }),
          })
        : route.continue(),
    );
    await page.goto(pageUrl('/barnehageplass.html'));
    await w.no.click();
    await w.comment.fill('Hvor søker jeg?');

    await w.send.click();

    await showsText(w.status, ERROR);
    expect(await w.comment.inputValue()).toBe('Hvor søker jeg?');
    fail = false;
    await w.send.click();
    await showsText(w.status, THANKS, 'within');
    expect(pageErrors).toEqual([]);
  });

  it('can be used with the keyboard alone', async () => {
    const w = widget();
    await page.goto(pageUrl('/byggesak.html'));
    await w.no.waitFor();

    for (let i = 0; i < 30 && (await focused(page)).text !== 'Nei'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: 'Nei' });
    await page.screenshot({ path: `${SHOTS}/byggesak-focus-nei.png` });
    await page.keyboard.press('Enter');
    expect((await focused(page)).tag).toBe('TEXTAREA');
    await page.keyboard.type('Jeg fant ikke skjemaet for nabovarsel');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: 'Send' });
    await page.keyboard.press('Enter');

    await showsText(w.status, THANKS, 'within');
    // The pressed button is gone; focus stays in the widget, on the thank-you message.
    expect((await focused(page)).role).toBe('status');
    await page.screenshot({ path: `${SHOTS}/byggesak-keyboard-thanks.png` });
  });

  it('has no serious or critical axe violations on the demo pages, before and after voting', async () => {
    const w = widget();
    for (const path of ['/', '/renovasjon.html', '/barnehageplass.html', '/byggesak.html']) {
      await page.goto(pageUrl(path));
      if (path !== '/') await w.question.waitFor();
      expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
    }

    await page.goto(pageUrl('/barnehageplass.html'));
    await w.no.click();
    expect(await seriousViolations(page)).toEqual([]);
    await w.send.click();
    await showsText(w.status, THANKS, 'within');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('is not affected by the page’s CSS and takes its colours from the --kf-* properties', async () => {
    const w = widget();
    await page.goto(pageUrl('/renovasjon.html'));
    await w.yes.waitFor();

    await page.addStyleTag({
      content:
        'button, h2, section { display: none !important; color: red !important } * { font-size: 40px !important }',
    });

    expect(await w.yes.isVisible()).toBe(true);
    const style = await w.yes.evaluate((button) => {
      const computed = getComputedStyle(button);
      return { color: computed.color, background: computed.backgroundColor, fontSize: computed.fontSize };
    });
    // demo.css sets --kf-accent: #00594f.
    expect(style).toEqual({ color: 'rgb(255, 255, 255)', background: 'rgb(0, 89, 79)', fontSize: '16px' });
    await page.screenshot({ path: `${SHOTS}/renovasjon-hostile-css.png`, fullPage: true });
  });

  it('moves nothing when the visitor prefers reduced motion', async () => {
    const w = widget();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(pageUrl('/renovasjon.html'));

    const duration = await w.yes.evaluate((button) => getComputedStyle(button).transitionDuration);

    expect(duration).toBe('0s');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await w.yes.evaluate((button) => getComputedStyle(button).transitionDuration)).not.toBe('0s');
  });

  it('speaks nynorsk on another municipality’s site and sends to the service it was loaded from (CORS)', async () => {
    await page.goto(`${bed.otherOrigin}/skuleskyss`);
    await page.getByRole('heading', { name: 'Fann du det du leita etter?' }).waitFor();
    const sent = feedbackRequest();

    await page.getByRole('button', { name: 'Ja', exact: true }).click();

    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Takk for svaret! Det hjelper oss å gjere nettsidene betre.');
    expect((await sent).url()).toBe(`${bed.runtime.url}/v1/sites/nynorsk-kommune/feedback`);
    const stored = await storedFor(`${bed.otherOrigin}/skuleskyss`);
    expect(stored.votes[0]).toMatchObject({ siteId: 'nynorsk-kommune', found: true, lang: 'nn' });
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/nynorsk-other-origin.png` });
  });
});
