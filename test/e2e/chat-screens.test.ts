import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_TEXTS } from '../../web/widget/chat-i18n.ts';
import { LAUNCHER_TEXTS, type Lang } from '../../web/widget/i18n.ts';
import {
  atRest,
  countOnceThere,
  SHOTS,
  seriousViolations,
  startTestBed,
  type TestBed,
} from '../support/browser.ts';

/** The chat window's layout on a phone, and its screens in bokmål, nynorsk and English. */
let bed: TestBed;
let page: Page;
let pageErrors: Error[];

beforeAll(async () => {
  bed = await startTestBed('e2e-chat-screens');
});

afterAll(() => bed?.close());

afterEach(() => page?.context().close());

/** A visitor on a phone: Chromium with a 390×844 viewport, touch and a mobile layout. */
async function onPhone() {
  ({ page, pageErrors } = await bed.openPage({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  }));
}

async function onDesktop() {
  ({ page, pageErrors } = await bed.openPage());
}

/** The chat's parts in `lang`, found by role and label (locators pierce the shadow root). */
function chat(lang: Lang = 'nb') {
  const t = CHAT_TEXTS[lang];
  const dialog = page.getByRole('dialog', { name: t.title });
  const inside = (selector: string) => page.locator(`[data-kommune-chat] ${selector}`);
  return {
    t,
    launcher: page.getByRole('button', { name: LAUNCHER_TEXTS[lang].open }),
    dialog,
    input: dialog.getByLabel(t.question),
    menu: dialog.getByRole('button', { name: t.menu }),
    button: (name: string) => dialog.getByRole('button', { name, exact: true }),
    botMessages: dialog.locator('.m.bot:not([aria-hidden])'),
    win: inside('.win'),
    top: inside('.top'),
    sheet: inside('.sheet'),
    log: inside('.log'),
    lastMessage: inside('.log > .m:last-child'),
  };
}

type Chat = ReturnType<typeof chat>;

/** Asks one question and waits for its answer. */
async function ask(c: Chat, question: string) {
  await c.input.waitFor();
  const answered = await c.botMessages.count();
  await c.input.fill(question);
  await c.input.press('Enter');
  await countOnceThere(c.botMessages, answered + 1);
}

/** A page of the demo site's own origin in `lang`, embedding the chat only. */
async function pageIn(lang: Lang): Promise<void> {
  const url = `${bed.runtime.url}/e2e-screens/${lang}`;
  const title = { nb: 'Renovasjon', nn: 'Renovasjon', en: 'Waste collection' }[lang];
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <script src="/widget.js" data-site="demo" data-lang="${lang}" data-feedback="off" data-chat="on"
          data-privacy-url="/personvern.html" defer></script></head>
        <body><main><h1>${title}</h1><p>…</p></main></body></html>`,
    }),
  );
  await page.goto(url);
}

/** Where the element is once the page is at rest: the window slides up as it opens. */
async function box(locator: Locator) {
  await atRest(locator.page());
  const found = await locator.boundingBox();
  if (!found) throw new Error('not rendered');
  return { top: found.y, bottom: found.y + found.height, left: found.x, right: found.x + found.width };
}

/** Whether `inner` lies whole inside `outer` (to half a pixel, for rounding). */
async function isInside(inner: Locator, outer: Locator) {
  const a = await box(inner);
  const b = await box(outer);
  return (
    a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5 && a.left >= b.left - 0.5 && a.right <= b.right + 0.5
  );
}

const QUESTION = 'Når blir søppelet hentet?';

describe('the chat window on a phone (390×844)', () => {
  it('shows the last message whole inside the conversation after each reply, and on the next page', async () => {
    await onPhone();
    const c = chat();
    await page.goto(`${bed.runtime.url}/renovasjon.html`);
    await c.launcher.click();

    // The first reply also brings the «Avslutt samtalen» link, which takes room under the log.
    await ask(c, QUESTION);

    expect(await isInside(c.lastMessage, c.log)).toBe(true);
    expect(await isInside(c.log, c.win)).toBe(true);
    expect(await isInside(c.win, page.locator('html'))).toBe(true);
    await ask(c, 'Hva koster en barnehageplass?');
    expect(await isInside(c.lastMessage, c.log)).toBe(true);
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/chat-phone-reply.png` });

    await page.goto(`${bed.runtime.url}/byggesak.html`);
    await c.launcher.click();
    await countOnceThere(c.botMessages, 3);
    expect(await isInside(c.lastMessage, c.log)).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('opens the «?» sheet above the conversation, pushing it down: the message being read stays in view', async () => {
    await onPhone();
    const c = chat();
    await page.goto(`${bed.runtime.url}/renovasjon.html`);
    await c.launcher.click();
    await ask(c, 'Hei');
    const reading = await c.lastMessage.textContent();

    await c.menu.click();

    await c.button(c.t.forget).waitFor();
    const sheet = await box(c.sheet);
    const log = await box(c.log);
    expect(sheet.top).toBeGreaterThanOrEqual((await box(c.top)).bottom - 0.5);
    // Nothing of the conversation lies under the sheet.
    expect(log.top).toBeGreaterThanOrEqual(sheet.bottom - 0.5);
    expect(await c.lastMessage.textContent()).toBe(reading);
    expect(await isInside(c.lastMessage, c.log)).toBe(true);
    expect(await isInside(c.sheet, c.win)).toBe(true);
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/chat-phone-menu.png` });
    // Closed again, the conversation has its room back, the newest message still in view.
    await c.menu.click();
    expect(await c.sheet.isVisible()).toBe(false);
    expect(await isInside(c.lastMessage, c.log)).toBe(true);
  });

  it.each([
    { lang: 'nb', flow: 'menu' },
    { lang: 'en', flow: 'menu' },
    { lang: 'en', flow: 'end' },
  ] as const)(
    'keeps the title bar’s height and place in $lang when the «Glem meg» confirmation opens from the $flow',
    async ({ lang, flow }) => {
      await onPhone();
      const c = chat(lang);
      // In English the title takes two lines on a phone, next to the "?" and × buttons.
      await pageIn(lang);
      await c.launcher.click();
      await ask(c, QUESTION);
      const before = await box(c.top);
      await (flow === 'menu' ? c.menu : c.button(c.t.end)).click();
      await c.button(c.t.forget).click();

      await c.button(c.t.confirmYes).waitFor();

      expect(await box(c.top)).toEqual(before);
      // At the window's top edge (inside its 1px border), not scrolled away.
      expect(before.top - (await box(c.win)).top).toBeLessThanOrEqual(1.5);
      expect(await isInside(c.sheet, c.win)).toBe(true);
      expect(await isInside(c.lastMessage, c.log)).toBe(true);
      await page.screenshot({
        animations: 'disabled',
        path: `${SHOTS}/chat-phone-confirm-${flow}-${lang}.png`,
      });
    },
  );
});

describe('the chat window’s screens', () => {
  it.each(['nb', 'nn', 'en'] as const)(
    'in %s: the advice, the language choice, the greeting, the menu and the confirmation, with no serious axe violations',
    async (lang) => {
      await onDesktop();
      const c = chat(lang);
      const shot = (name: string) =>
        page.screenshot({ animations: 'disabled', path: `${SHOTS}/chat-${name}-${lang}.png` });
      await pageIn(lang);
      await c.launcher.click();
      await c.input.waitFor();
      expect(await c.dialog.getAttribute('lang')).toBe(lang);
      expect(await c.dialog.locator('.intro').textContent()).toBe(c.t.intro);
      expect(await seriousViolations(page)).toEqual([]);
      await shot('intro');

      await c.menu.click();
      await c.button('English').waitFor();
      expect(await c.dialog.getByRole('button', { pressed: true }).getAttribute('lang')).toBe(lang);
      expect(await seriousViolations(page)).toEqual([]);
      await shot('language');
      await c.menu.click();

      const started = page.waitForResponse((response) => response.url().endsWith('/conversations'));
      await ask(
        c,
        {
          nb: 'Når blir søppelet hentet?',
          nn: 'Når blir bosset henta?',
          en: 'When is the rubbish collected?',
        }[lang],
      );
      const greeting = ((await (await started).json()) as { greeting: { text: string } }).greeting.text;
      expect(await c.botMessages.first().evaluate((bubble) => bubble.lastChild?.textContent)).toBe(greeting);
      expect(await seriousViolations(page)).toEqual([]);
      await c.botMessages.first().scrollIntoViewIfNeeded();
      await shot('greeting');

      await c.menu.click();
      await c.button(c.t.forget).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await shot('menu');

      await c.button(c.t.forget).click();
      await c.button(c.t.confirmYes).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await shot('confirm');
      await c.button(c.t.cancel).click();
      expect(pageErrors).toEqual([]);
    },
  );

  it('starts the conversation in the language chosen before the first question, greeting in it', async () => {
    await onDesktop();
    const nb = chat('nb');
    await pageIn('nb');
    await nb.launcher.click();
    await nb.menu.click();

    await nb.button('English').click();

    const en = chat('en');
    expect(await en.dialog.locator('.intro').textContent()).toBe(CHAT_TEXTS.en.intro);
    expect(await en.button('English').getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/chat-language-chosen-en-on-nb.png` });
    await en.menu.click();
    const started = page.waitForRequest((request) => request.url().endsWith('/conversations'));
    const asked = page.waitForRequest((request) => request.url().endsWith('/messages'));
    await ask(en, 'Når blir søppelet hentet?');

    expect((await started).postDataJSON()).toMatchObject({ lang: 'en' });
    expect((await asked).postDataJSON()).toEqual({ text: 'Når blir søppelet hentet?', lang: 'en' });
    expect(await en.botMessages.first().textContent()).toContain('Please do not write personal information');
    expect(pageErrors).toEqual([]);
  });
});
