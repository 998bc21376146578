import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isChatCounterOf } from '#shared/adapters/dynamodb/keys/counters-table';
import { osloDay } from '#shared/time';
import { CHAT_TEXTS } from '../../web/widget/chat-i18n.ts';
import {
  countOnceThere,
  focused,
  SHOTS,
  seriousViolations,
  showsText,
  startTestBed,
  type TestBed,
} from '../support/browser.ts';
import { chatClient } from '../support/chat-client.ts';
import { scanTables } from '../support/dynamo.ts';

const STORAGE_KEY = 'kommune-chat:demo';
/** The advice before the conversation exists, and the service's greeting when it starts (both say it). */
const INTRO = CHAT_TEXTS.nb.intro;
const ADVICE = 'Ikke skriv personopplysninger';
const FORGOTTEN = 'Samtalen er slettet. Ingenting av den er lagret hos oss lenger.';
const QUESTIONS = [
  'Når blir søppelet hentet?',
  'Hva koster en barnehageplass?',
  'Kan dere ringe meg på +47 912 34 567?',
] as const;
const MASKED = 'Kan dere ringe meg på [nummer]?';

/** The service, the browser, and another municipality's website (in nynorsk) that embeds the chat. */
let bed: TestBed;
let page: Page;
let pageErrors: Error[];

/** The downloads the chat counters hold for the demo site, over all shards. */
async function downloadsCounted(): Promise<number> {
  const { counters } = await scanTables(bed.runtime.endpoint, bed.runtime.tables);
  return (counters ?? [])
    .filter((item) => isChatCounterOf('demo', item))
    .reduce((sum, item) => sum + (Number(item.downloads) || 0), 0);
}

/** The other municipality's page: chat only, in nynorsk, from the service at `serviceUrl`. */
function otherSitePage(serviceUrl: string): string {
  return `<!doctype html><html lang="nn"><head><meta charset="utf-8"><title>Renovasjon</title>
      <script src="${serviceUrl}/widget.js" data-site="nynorsk-kommune" data-lang="nn" data-langs="nn"
        data-feedback="off" data-chat="on" data-privacy-url="https://www.nynorsk.kommune.no/personvern" defer></script></head>
      <body><main><h1>Renovasjon</h1><p>Bossbilen kjem annakvar veke.</p></main></body></html>`;
}

beforeAll(async () => {
  bed = await startTestBed('e2e-chat', { otherSite: otherSitePage });
});

afterAll(() => bed?.close());

beforeEach(async () => {
  ({ page, pageErrors } = await bed.openPage({ acceptDownloads: true }));
});

afterEach(() => page?.context().close());

const pageUrl = (path: string) => `${bed.runtime.url}${path}`;

/** The chat's parts, found by role and label as a visitor finds them (locators pierce the shadow root). */
function chat(p: Page = page, t = { title: 'Chat med kommunen', question: 'Hva lurer du på?' }) {
  const dialog = p.getByRole('dialog', { name: t.title });
  return {
    launcher: p.getByRole('button', { name: 'Spør oss' }),
    dialog,
    input: dialog.getByLabel(t.question),
    log: dialog.getByRole('log'),
    status: dialog.getByRole('status'),
    menu: dialog.getByRole('button', { name: /^Val(g)? for samtalen/ }),
    sheet: dialog.getByRole('group').first(),
    button: (name: string) => dialog.getByRole('button', { name, exact: true }),
    userMessages: dialog.locator('.m.user'),
    botMessages: dialog.locator('.m.bot:not([aria-hidden])'),
    intro: dialog.locator('.intro'),
  };
}

/**
 * Asks one question and waits for its answer (on the first, the greeting comes with it); returns
 * the bubble texts without the screen-reader prefixes.
 */
async function ask(question: string, c = chat()) {
  await c.input.waitFor();
  const answered = await c.botMessages.count();
  await c.input.fill(question);
  await c.input.press('Enter');
  expect(await countOnceThere(c.botMessages, answered + 1)).toBeGreaterThan(answered);
  return {
    user: await bubbleText(c.userMessages.last()),
    bot: await bubbleText(c.botMessages.last()),
  };
}

/** Opens a page of the demo site and the chat on it (loading chat.js on the first time). */
async function openChat(path: string, c = chat()) {
  await page.goto(pageUrl(path));
  await c.launcher.click();
  return c;
}

const bubbleText = (bubble: Locator) => bubble.evaluate((element) => element.lastChild?.textContent ?? '');

/** The conversation's id and token as the widget keeps them: in sessionStorage only. */
async function storedAccess(
  p: Page = page,
): Promise<{ id: string; token: string; lines?: { role: string; text: string }[] } | undefined> {
  const value = await p.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY);
  return value ? JSON.parse(value) : undefined;
}

async function downloaded(trigger: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  return { name: download.suggestedFilename(), body: await readFile(await download.path(), 'utf8') };
}

describe('chat widget', () => {
  it('loads chat.js only when opened, answers three questions and shows the visitor’s text as stored (masked)', async () => {
    const c = chat();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${pageUrl('/renovasjon.html')}?kilde=nyhetsbrev`);
    await c.launcher.waitFor();
    expect(requested).toContain('/widget.js');
    expect(requested).not.toContain('/chat.js');
    expect(await c.launcher.getAttribute('aria-expanded')).toBe('false');

    await c.launcher.click();

    await c.dialog.waitFor();
    expect(requested).toContain('/chat.js');
    expect(await c.launcher.getAttribute('aria-expanded')).toBe('true');
    expect((await focused(page)).tag).toBe('INPUT');
    expect(await c.intro.textContent()).toBe(INTRO);
    expect(await c.botMessages.count()).toBe(0);
    // Opening the window starts nothing: the conversation begins with the first question.
    expect(requested.filter((path) => path.endsWith('/conversations'))).toEqual([]);
    expect(await storedAccess()).toBeUndefined();

    const started = page.waitForRequest((request) => request.url().endsWith('/conversations'));
    const answers = [];
    for (const question of QUESTIONS) answers.push(await ask(question));

    expect(answers.map((a) => a.user)).toEqual([QUESTIONS[0], QUESTIONS[1], MASKED]);
    expect(answers[0]?.bot).toContain('tømmekalenderen');
    expect(answers[1]?.bot).toContain('barnehageplass');
    expect(await c.log.textContent()).not.toContain('912 34 567');
    expect(await c.userMessages.count()).toBe(3);
    // Hidden from screen readers only while waiting for the stored text.
    expect(await c.userMessages.last().getAttribute('aria-hidden')).toBeNull();
    const access = await storedAccess();
    expect(access).toEqual({ id: expect.any(String), token: expect.any(String), lines: expect.any(Array) });
    // The tab keeps the lines as shown: the questions as stored, masked.
    // The greeting and six messages.
    expect(access?.lines).toHaveLength(7);
    expect(JSON.stringify(access?.lines)).toContain(MASKED);
    expect(JSON.stringify(access?.lines)).not.toContain('912 34 567');
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    // One conversation, started from the page without its query string.
    expect((await started).postDataJSON()).toEqual({ lang: 'nb', startUrl: pageUrl('/renovasjon.html') });
    expect(requested.filter((path) => path.endsWith('/conversations'))).toHaveLength(1);
    const exported = await chatClient(bed.runtime.url).export(access?.id ?? '', access?.token);
    expect(exported.json.messages).toHaveLength(6);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/chat-open.png` });
  });

  it('downloads the readable transcript and the JSON from the "?" menu, each with all six messages', async () => {
    const c = await openChat('/barnehageplass.html');
    for (const question of QUESTIONS) await ask(question);

    await c.menu.click();

    expect(await c.menu.getAttribute('aria-expanded')).toBe('true');
    expect(await c.button('Glem meg').isVisible()).toBe(true);
    const text = await downloaded(() => c.button('Som tekst').click());
    const json = await downloaded(() => c.button('Som data (JSON)').click());

    const day = osloDay(new Date());
    expect(text.name).toBe(`samtale-${day}.txt`);
    const lines = text.body.split('\n').filter((line) => /^\[.+\] (Du|Chatbot): /.test(line));
    expect(lines).toHaveLength(6);
    expect(lines.map((line) => line.replace(/^\[.+?\] /, '').split(':')[0])).toEqual([
      'Du',
      'Chatbot',
      'Du',
      'Chatbot',
      'Du',
      'Chatbot',
    ]);
    expect(text.body).toContain(`Du: ${QUESTIONS[0]}`);
    expect(text.body).toContain(`Du: ${MASKED}`);
    expect(text.body).not.toContain('912 34 567');
    expect(json.name).toBe(`samtale-${day}.json`);
    const document = JSON.parse(json.body);
    expect(document.messages).toHaveLength(6);
    expect(document.messages.map((m: { role: string }) => m.role)).toEqual([
      'user',
      'bot',
      'user',
      'bot',
      'user',
      'bot',
    ]);
    expect(document.messages[4].text).toBe(MASKED);
    expect(document.conversationId).toBe((await storedAccess())?.id);
    expect(await c.status.textContent()).toBe('Samtalen er lastet ned.');
    expect(pageErrors).toEqual([]);
  });

  it('goes on with the conversation on another page of the same tab', async () => {
    const c = await openChat('/renovasjon.html');
    await ask(QUESTIONS[0]);
    const access = await storedAccess();

    const downloadsBefore = await downloadsCounted();
    await openChat('/byggesak.html', c);

    expect(await countOnceThere(c.userMessages, 1)).toBe(1);
    expect(await bubbleText(c.userMessages.first())).toBe(QUESTIONS[0]);
    // Showing the window again is not a download in the editors' statistics.
    expect(await downloadsCounted()).toBe(downloadsBefore);
    await ask('Må jeg søke om å bygge en garasje?');
    expect(await storedAccess()).toMatchObject({ id: access?.id, token: access?.token });
    expect((await storedAccess())?.lines).toHaveLength(5);
    const exported = await chatClient(bed.runtime.url).export(access?.id ?? '', access?.token);
    expect(exported.json.messages).toHaveLength(4);
    expect(pageErrors).toEqual([]);
  });

  it('«Glem meg» asks first, deletes the conversation, and a fresh window says it is gone (the export then answers 404)', async () => {
    const c = await openChat('/renovasjon.html');
    await ask(QUESTIONS[0]);
    await ask(QUESTIONS[2]);
    const access = await storedAccess();
    const client = chatClient(bed.runtime.url);
    expect((await client.export(access?.id ?? '', access?.token)).status).toBe(200);

    await c.menu.click();
    await c.button('Glem meg').click();

    // The in-window confirmation, with the focus on the harmless choice.
    expect(await c.sheet.textContent()).toContain('Vil du slette hele samtalen nå?');
    expect((await focused(page)).text).toBe('Avbryt');
    await c.button('Avbryt').click();
    expect(await c.sheet.isVisible()).toBe(false);
    expect((await client.export(access?.id ?? '', access?.token)).status).toBe(200);
    await c.menu.click();
    await c.button('Glem meg').click();
    const deleted = page.waitForRequest((request) => request.method() === 'DELETE');
    await c.button('Ja, slett samtalen').click();

    await showsText(c.status, FORGOTTEN);
    expect((await deleted).headers().authorization).toBe(`Bearer ${access?.token}`);
    expect(await c.userMessages.count()).toBe(0);
    // No conversation, so no greeting: the advice again, as before the first question.
    expect(await c.botMessages.count()).toBe(0);
    expect(await c.intro.textContent()).toBe(INTRO);
    expect(await c.input.isVisible()).toBe(true);
    expect(await storedAccess()).toBeUndefined();
    expect((await client.export(access?.id ?? '', access?.token)).status).toBe(404);
    expect((await client.export(access?.id ?? '', access?.token, 'text/plain')).status).toBe(404);
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/chat-after-forget.png` });

    // The next question starts a new conversation.
    await ask('Hei');
    expect((await storedAccess())?.id).not.toBe(access?.id);
    expect(pageErrors).toEqual([]);
  });

  it('«Avslutt samtalen» offers the download and «Glem meg», and the next page starts afresh', async () => {
    const c = await openChat('/renovasjon.html');
    await ask(QUESTIONS[0]);
    const access = await storedAccess();

    await c.button('Avslutt samtalen').click();

    expect(await c.sheet.textContent()).toContain('Samtalen er avsluttet.');
    for (const name of ['Som tekst', 'Som data (JSON)', 'Glem meg', 'Start en ny samtale']) {
      expect(await c.button(name).isVisible(), name).toBe(true);
    }
    expect(await c.input.isVisible()).toBe(false);
    expect(await storedAccess()).toBeUndefined();
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/chat-ended.png` });
    const text = await downloaded(() => c.button('Som tekst').click());
    expect(text.body).toContain(`Du: ${QUESTIONS[0]}`);
    await c.button('Glem meg').click();
    await c.button('Ja, slett samtalen').click();
    await showsText(c.status, FORGOTTEN);
    expect((await chatClient(bed.runtime.url).export(access?.id ?? '', access?.token)).status).toBe(404);

    // Ended without deleting: kept on the service, but the tab no longer continues it.
    await ask(QUESTIONS[1]);
    const second = await storedAccess();
    await c.button('Avslutt samtalen').click();
    await openChat('/byggesak.html', c);
    await c.input.waitFor();
    expect(await c.userMessages.count()).toBe(0);
    expect((await chatClient(bed.runtime.url).export(second?.id ?? '', second?.token)).status).toBe(200);
    expect(pageErrors).toEqual([]);
  });

  it('can be used with the keyboard alone: Tab, Enter and Escape', async () => {
    const c = chat();
    await page.goto(pageUrl('/byggesak.html'));
    await c.launcher.waitFor();

    for (let i = 0; i < 40 && (await focused(page)).text !== 'Spør oss'; i++)
      await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: 'Spør oss', outline: 'solid 3px' });
    await page.keyboard.press('Enter');
    await c.dialog.waitFor();
    expect((await focused(page)).tag).toBe('INPUT');
    await page.keyboard.type('Når har dere åpent?');
    await page.keyboard.press('Enter');
    expect(await countOnceThere(c.botMessages, 2)).toBe(2);

    // Escape closes the window and gives the focus back to the launcher.
    await page.keyboard.press('Escape');
    expect(await c.dialog.isVisible()).toBe(false);
    expect(await focused(page)).toMatchObject({ text: 'Spør oss' });
    await page.keyboard.press('Enter');
    expect((await focused(page)).tag).toBe('INPUT');

    for (let i = 0; i < 10 && !(await focused(page)).label.startsWith('Valg'); i++) {
      await page.keyboard.press('Shift+Tab');
    }
    expect(await focused(page)).toMatchObject({ text: '?', outline: 'solid 3px' });
    await page.keyboard.press('Enter');
    expect((await focused(page)).text).toBe('Som tekst');
    const text = await downloaded(() => page.keyboard.press('Enter'));
    expect(text.body).toContain('Du: Når har dere åpent?');
    // Escape closes the menu first, back to its button.
    await page.keyboard.press('Escape');
    expect(await c.dialog.isVisible()).toBe(true);
    expect((await focused(page)).text).toBe('?');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Glem meg');
    await page.keyboard.press('Enter');
    expect((await focused(page)).text).toBe('Avbryt');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toBe('Ja, slett samtalen');
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/chat-keyboard-confirm.png` });
    await page.keyboard.press('Enter');
    await showsText(c.status, FORGOTTEN);
    expect((await focused(page)).tag).toBe('INPUT');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ text: 'Spør oss' });
    expect(pageErrors).toEqual([]);
  });

  it('has no serious or critical axe violations, closed, open, with the menu and with the confirmation', async () => {
    const c = chat();
    await page.goto(pageUrl('/'));
    await c.launcher.waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await openChat('/renovasjon.html', c);
    await c.input.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await ask(QUESTIONS[2]);
    expect(await seriousViolations(page)).toEqual([]);
    await c.menu.click();
    expect(await seriousViolations(page)).toEqual([]);
    await c.button('Glem meg').click();
    expect(await seriousViolations(page)).toEqual([]);
    await c.button('Avbryt').click();
    await c.button('Avslutt samtalen').click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('is a labelled dialog with a polite log, a labelled field and a privacy note linking the site’s page', async () => {
    const c = await openChat('/renovasjon.html');
    await c.input.waitFor();

    expect(await c.launcher.getAttribute('aria-haspopup')).toBe('dialog');
    expect(await c.log.getAttribute('aria-live')).toBe('polite');
    expect(await c.dialog.getAttribute('lang')).toBe('nb');
    const privacy = c.dialog.getByRole('link', { name: 'Les mer om personvern' });
    expect(await privacy.getAttribute('href')).toBe(pageUrl('/personvern.html'));
    expect(await c.dialog.textContent()).toContain('Alt slettes automatisk etter høyst 21 dager.');
    expect(await c.dialog.textContent()).toContain('men ikke IP-adressen din');
    await c.button('Lukk chatten').click();
    expect(await c.dialog.isVisible()).toBe(false);
    expect(await c.launcher.getAttribute('aria-expanded')).toBe('false');
    // The demo site's editors find their statistics from every page.
    expect(await page.getByRole('link', { name: 'For redaksjonen: statistikk' }).getAttribute('href')).toBe(
      '/dashboard/',
    );
  });

  it('speaks nynorsk on another municipality’s site and talks to the service across origins', async () => {
    const c = chat(page, { title: 'Chat med kommunen', question: 'Kva lurer du på?' });
    await page.goto(`${bed.otherOrigin}/renovasjon`);

    await c.launcher.click();
    const answer = await ask('Når kjem bossbilen?', c);

    expect(answer.bot).toContain('blir henta');
    expect(await c.dialog.textContent()).toContain('Vi lagrar spørsmål og svar');
    expect(await c.dialog.getByRole('link', { name: 'Les meir om personvern' }).getAttribute('href')).toBe(
      'https://www.nynorsk.kommune.no/personvern',
    );
    await c.menu.click();
    expect(await c.button('Gløym meg').isVisible()).toBe(true);
    // The site speaks nynorsk only (data-langs="nn"): there is nothing to choose.
    expect(await c.button('Bokmål').count()).toBe(0);
    const json = await downloaded(() => c.button('Som data (JSON)').click());
    expect(JSON.parse(json.body)).toMatchObject({ siteId: 'nynorsk-kommune', lang: 'nn' });
    await c.button('Gløym meg').click();
    expect(await c.sheet.textContent()).toContain('Vil du slette heile samtalen no?');
    await c.button('Ja, slett samtalen').click();
    await expect
      .poll(() => c.status.textContent())
      .toBe('Samtalen er sletta. Ingenting av han er lagra hos oss lenger.');
    expect(pageErrors).toEqual([]);
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/chat-nynorsk.png` });
  });

  it('shows the service’s text as text, never as HTML', async () => {
    const c = chat();
    await page.route('**/conversations/*/messages', (route) =>
      route.fulfill({
        status: 201,
        contentType: 'application/json',
        body: JSON.stringify({
          message: { role: 'user', text: '<b>fet</b>', at: '2026-11-23T10:00:00+01:00' },
          reply: { role: 'bot', text: '<img src=x onerror="window.hacked=1">', intent: 'x', at: '' },
        }),
      }),
    );
    await openChat('/renovasjon.html', c);

    const answer = await ask('<b>fet</b>');

    expect(answer).toEqual({ user: '<b>fet</b>', bot: '<img src=x onerror="window.hacked=1">' });
    expect(await c.dialog.locator('img, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  });

  it('says so politely, keeps the question and throws nothing into the page when the service cannot be reached', async () => {
    const c = chat();
    await page.route('**/v1/sites/demo/conversations**', (route) => route.abort('failed'));
    await openChat('/renovasjon.html', c);
    await c.input.fill(QUESTIONS[0]);

    await c.input.press('Enter');

    await expect
      .poll(() => c.status.textContent())
      .toBe('Vi fikk ikke kontakt med chatboten. Prøv igjen om litt.');
    expect(await c.input.inputValue()).toBe(QUESTIONS[0]);
    expect(await c.userMessages.count()).toBe(0);
    expect(await storedAccess()).toBeUndefined();
    await page.unroute('**/v1/sites/demo/conversations**');
    await c.input.press('Enter');
    expect(await countOnceThere(c.botMessages, 2)).toBe(2);
    expect(pageErrors).toEqual([]);
  });

  it('starts afresh when the stored conversation has expired or was deleted elsewhere', async () => {
    const c = await openChat('/renovasjon.html');
    await ask(QUESTIONS[0]);
    const access = await storedAccess();
    // «Glem meg» from another device or tab: the service forgets it, this tab does not know yet.
    expect((await chatClient(bed.runtime.url).forget(access?.id ?? '', access?.token)).status).toBe(204);

    await openChat('/byggesak.html', c);
    // The tab shows what it had; the next question finds out that the service has forgotten it.
    expect(await countOnceThere(c.userMessages, 1)).toBe(1);
    await c.input.fill('Er du der?');
    await c.input.press('Enter');

    await expect
      .poll(() => c.status.textContent())
      .toBe('Den forrige samtalen finnes ikke lenger. Den er slettet eller utløpt. Du kan starte en ny.');
    expect(await storedAccess()).toBeUndefined();
    expect(await c.userMessages.count()).toBe(0);
    await ask('Hei');
    expect((await storedAccess())?.id).not.toBe(access?.id);
  });

  it('tells the visitor when chat.js cannot be loaded, and the page goes on', async () => {
    const c = chat();
    await page.route('**/chat.js', (route) => route.abort('failed'));
    await openChat('/renovasjon.html', c);

    await expect
      .poll(() => page.locator('[data-kommune-chat]').getByRole('status').textContent())
      .toBe('Chatten kan ikke åpnes akkurat nå. Prøv igjen senere.');
    expect(await c.dialog.count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Fant du det du lette etter?' }).isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('is not affected by the page’s CSS and takes its colours from the --kf-* properties', async () => {
    const c = chat();
    const style = (locator: Locator) =>
      locator.evaluate((element) => {
        const computed = getComputedStyle(element);
        return { color: computed.color, background: computed.backgroundColor, fontSize: computed.fontSize };
      });
    await page.goto(pageUrl('/renovasjon.html'));
    await c.launcher.waitFor();

    await page.addStyleTag({
      content:
        'div, section, button, p, input { display: none !important; color: red !important; position: static !important } * { font-size: 40px !important }',
    });

    // demo.css sets --kf-accent: #00594f.
    expect(await style(c.launcher)).toEqual({
      color: 'rgb(255, 255, 255)',
      background: 'rgb(0, 89, 79)',
      fontSize: '16px',
    });
    await c.launcher.click();
    await c.input.waitFor();
    expect(
      await page.locator('[data-kommune-chat]').evaluate((host) => getComputedStyle(host).position),
    ).toBe('fixed');
    await ask(QUESTIONS[0]);
    expect((await style(c.userMessages.first())).background).toBe('rgb(0, 89, 79)');
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/chat-hostile-css.png` });
  });

  it('moves nothing when the visitor prefers reduced motion', async () => {
    const c = chat();
    const animation = () => c.dialog.evaluate((element) => getComputedStyle(element).animationName);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openChat('/renovasjon.html', c);
    await c.input.waitFor();

    expect(await animation()).toBe('none');
    expect(await c.launcher.evaluate((button) => getComputedStyle(button).transitionDuration)).toBe('0s');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await animation()).toBe('kc-in');
  });

  it('shows one greeting, the service’s, once the first question starts the conversation, and the advice before it', async () => {
    const c = await openChat('/barnehageplass.html');
    await c.input.waitFor();
    expect(await c.intro.textContent()).toContain(ADVICE);
    expect(await c.intro.isVisible()).toBe(true);
    // Screen readers hear the advice with the question field, where the focus is.
    expect(await c.input.getAttribute('aria-describedby')).toBe(await c.intro.getAttribute('id'));
    expect(await c.botMessages.count()).toBe(0);
    const started = page.waitForResponse((response) => response.url().endsWith('/conversations'));
    const asked = page.waitForRequest((request) => request.url().endsWith('/messages'));

    await ask(QUESTIONS[1]);

    const greeting = ((await (await started).json()) as { greeting: { text: string } }).greeting.text;
    expect(greeting).toContain(ADVICE);
    expect(await c.botMessages.count()).toBe(2);
    const bubbles = await c.log
      .locator('.m')
      .evaluateAll((elements) =>
        elements.map((element) => `${element.classList[1]}: ${element.lastChild?.textContent}`),
      );
    expect(bubbles).toEqual([`bot: ${greeting}`, `user: ${QUESTIONS[1]}`, expect.stringMatching(/^bot: /)]);
    expect(await c.intro.count()).toBe(0);
    expect(await c.input.getAttribute('aria-describedby')).toBeNull();
    expect((await c.log.textContent())?.split(ADVICE)).toHaveLength(2);
    // No language chosen: the question names none, and the bot finds it out.
    expect((await asked).postDataJSON()).toEqual({ text: QUESTIONS[1] });

    // The next page of the tab shows the same greeting, once, from the tab's storage.
    await openChat('/byggesak.html', c);
    expect(await countOnceThere(c.botMessages, 2)).toBe(2);
    expect(await bubbleText(c.botMessages.first())).toBe(greeting);
    expect(await c.intro.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('offers bokmål, nynorsk and English in the menu; nynorsk on a bokmål page changes the window at once and the answers', async () => {
    const c = await openChat('/renovasjon.html');
    const first = await ask(QUESTIONS[0]);
    expect(first.bot).toContain('tømmekalenderen');
    await c.menu.click();
    await c.button('English').waitFor();
    const group = c.dialog.getByRole('group', { name: 'Språk', exact: true });
    const choices = group.getByRole('button');
    expect(await choices.allTextContents()).toEqual(['Bokmål', 'Nynorsk', 'English']);
    expect(await choices.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('lang')))).toEqual([
      'nb',
      'nn',
      'en',
    ]);
    expect(await c.button('Bokmål').getAttribute('aria-pressed')).toBe('true');

    await c.button('Nynorsk').click();

    const nn = chat(page, { title: 'Chat med kommunen', question: 'Kva lurer du på?' });
    await nn.input.waitFor();
    expect(await nn.dialog.getAttribute('lang')).toBe('nn');
    expect(await nn.menu.getAttribute('aria-label')).toBe(CHAT_TEXTS.nn.menu);
    expect(await nn.dialog.textContent()).toContain('Vi lagrar spørsmål og svar');
    expect(await nn.button('Gløym meg').isVisible()).toBe(true);
    expect(await nn.button('Nynorsk').getAttribute('aria-pressed')).toBe('true');
    expect(await nn.button('Bokmål').getAttribute('aria-pressed')).toBe('false');
    expect(await focused(page)).toMatchObject({ text: 'Nynorsk' });
    expect(await nn.log.getAttribute('aria-label')).toBe(CHAT_TEXTS.nn.log);
    await page.keyboard.press('Escape');
    const asked = page.waitForRequest((request) => request.url().endsWith('/messages'));
    // Written in bokmål, answered in the language chosen.
    const answer = await ask(QUESTIONS[0], nn);

    expect((await asked).postDataJSON()).toEqual({ text: QUESTIONS[0], lang: 'nn' });
    expect(answer.bot).toContain('blir henta');
    expect(await storedAccess()).toMatchObject({ lang: 'nn' });
    // The next page of the tab goes on in nynorsk.
    await openChat('/byggesak.html', nn);
    await nn.input.waitFor();
    expect(await nn.dialog.getAttribute('lang')).toBe('nn');
    expect(pageErrors).toEqual([]);
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/chat-chosen-nynorsk.png` });
  });
});
