import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localClient } from '../../infra/local/dynamodb.ts';
import { maskedSpansAttribute, maskedWeekKey } from '../../shared/adapters/dynamodb/keys/counters-table.ts';
import { isoWeekOf } from '../../shared/stats/weeks.ts';
import { osloDay } from '../../shared/time.ts';
import { LANG_NAMES } from '../../web/dashboard/i18n.ts';
import {
  countOnceThere,
  SHOTS,
  seriousViolations,
  showsText,
  startTestBed,
  type TestBed,
} from '../support/browser.ts';
import { FIREFOX, IPHONE, postAsVisitor } from '../support/visitor.ts';

/**
 * The dashboard's screens besides the statistics: billing, transcript review, the audit
 * trail, what the re-check job masked and the unanswered questions, in bokmål, nynorsk and
 * English, each checked with axe and saved as screenshots.
 */
const STAFF_TOKEN = `e2e-screens-${randomUUID()}`;
const UNANSWERED = 'Hvem vant fotballkampen i går?';
const PHONE = '912 34 567';
const LANGS = ['nb', 'nn', 'en'] as const;

let bed: TestBed;
let page: Page;
let pageErrors: Error[];
let consoleErrors: string[];

/** Posts as a visitor's browser on the demo site; each user agent makes it another visitor. */
const post = (path: string, body: unknown, userAgent: string, token?: string) =>
  postAsVisitor(bed.runtime.url, path, body, userAgent, token);

/** The service's own answer to a staff route, to compare the screen with. */
async function staff(path: string) {
  const response = await fetch(`${bed.runtime.url}/v1/sites/demo/${path}`, {
    headers: { authorization: `Bearer ${STAFF_TOKEN}` },
  });
  expect(response.status).toBe(200);
  return response.json() as Promise<Record<string, unknown>>;
}

/**
 * Today's chat on the demo site: two conversations (a desktop Firefox and an iPhone), the same
 * question without an answer in both, and a phone number that is stored masked.
 */
async function seed() {
  const asks: [string, string[]][] = [
    [FIREFOX, ['Når blir søppelet hentet?', UNANSWERED]],
    [IPHONE, ['Hva koster en barnehageplass?', `${UNANSWERED}`, `Kan dere ringe meg på ${PHONE}?`]],
  ];
  for (const [userAgent, questions] of asks) {
    const started = await post('/conversations', { lang: 'nb' }, userAgent);
    for (const text of questions) {
      await post(`/conversations/${started.conversationId}/messages`, { text }, userAgent, started.token);
    }
  }
}

/** What the re-check job counted this week: 2 spans of health data and 3 names (as its counters hold them). */
async function seedMasking() {
  const client = DynamoDBDocumentClient.from(localClient(bed.runtime.endpoint));
  try {
    await client.send(
      new UpdateCommand({
        TableName: bed.runtime.tables.counters,
        Key: maskedWeekKey('demo', isoWeekOf(today()).week),
        UpdateExpression: 'ADD #health :health, #name :name',
        ExpressionAttributeNames: {
          '#health': maskedSpansAttribute('health'),
          '#name': maskedSpansAttribute('name'),
        },
        ExpressionAttributeValues: { ':health': 2, ':name': 3 },
      }),
    );
  } finally {
    client.destroy();
  }
}

const today = () => osloDay(new Date());

beforeAll(async () => {
  bed = await startTestBed('e2e-dashboard-screens', { staffToken: STAFF_TOKEN, jobIntervalSeconds: 0 });
  await seed();
  await seedMasking();
});

afterAll(() => bed?.close());

beforeEach(async () => {
  ({ page, pageErrors } = await bed.openPage({ viewport: { width: 1280, height: 900 } }));
  consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});

afterEach(async () => {
  await page?.context().close();
  expect(consoleErrors).toEqual([]);
  expect(pageErrors).toEqual([]);
});

async function signIn(p: Page = page) {
  await p.goto(`${bed.runtime.url}/dashboard/`);
  await p.getByLabel('Tilgangsnøkkel').fill(STAFF_TOKEN);
  await p.getByRole('button', { name: 'Logg inn' }).click();
  await p.locator('nav.screens').waitFor();
}

/** Opens a screen from the menu, as staff do. */
async function openScreen(name: string) {
  await page.locator(`nav.screens a[data-screen="${name}"]`).click();
  await page.locator(`nav.screens a[data-screen="${name}"][aria-current="page"]`).waitFor();
}

/** The rows of a table, each as its cells' texts. */
const rowsOf = (name: string) =>
  page
    .locator(`table[data-table="${name}"] tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s/g, ' ')),
      ),
    );

/**
 * In each language: switches to it, waits for `ready` to show, has no serious axe
 * violation and saves a screenshot `dashboard-<name>-<lang>.png`.
 */
async function inEveryLanguage(name: string, ready: (lang: (typeof LANGS)[number]) => Promise<void>) {
  for (const lang of LANGS) {
    await page.getByRole('button', { name: LANG_NAMES[lang] }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await ready(lang);
    expect({ lang, violations: await seriousViolations(page) }).toEqual({ lang, violations: [] });
    await page.screenshot({ path: `${SHOTS}/dashboard-${name}-${lang}.png`, fullPage: true });
  }
}

describe('dashboard screens', () => {
  it('offers every screen to the local staff token, the statistics first', async () => {
    await signIn();

    expect(await page.locator('nav.screens a').allTextContents()).toEqual([
      'Statistikk',
      'Spørsmål uten svar',
      'Bruk per måned',
      'Skjulte personopplysninger',
      'Samtaler',
      'Innsynslogg',
    ]);
    expect(await page.locator('nav.screens a[aria-current="page"]').textContent()).toBe('Statistikk');
  });

  it('shows a month’s billing figures, and refuses a month in the future at its field', async () => {
    await signIn();
    const chat = await staff(`stats/chat?from=${today()}&to=${today()}`);
    const { messages = 0, fallback = 0 } = chat.totals as Record<string, number>;
    await openScreen('billing');

    await showsText(page.locator('dd[data-figure="billedConversations"]'), '2');
    expect(await page.locator('dd[data-figure="answeredMessages"]').textContent()).toBe(
      String(messages - fallback),
    );
    // The focus is on the new screen's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(new URL(page.url()).hash).toBe('#billing');
    await inEveryLanguage('billing', async (lang) => {
      const heading = { nb: 'Bruk i', nn: 'Bruk i', en: 'Use in' }[lang];
      await showsText(page.locator('#billing-h'), heading, 'within');
    });

    await page.getByRole('button', { name: 'Bokmål' }).click();
    const next = new Date(`${today()}T12:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1, 1);
    await page.getByLabel('Måned').fill(next.toISOString().slice(0, 7));
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    expect(await page.locator('#month-error').textContent()).toBe('Velg en måned, for eksempel 2026-11.');
    expect(await page.getByLabel('Måned').getAttribute('aria-invalid')).toBe('true');
  });

  it('tells the reviewer that reading is logged before and while reading, and the read shows on the audit trail', async () => {
    await signIn();
    await openScreen('transcripts');
    // Before anything is read: the notice, and no list asked for yet.
    const notice = page.locator('[data-notice="logged"]');
    expect(await notice.textContent()).toBe(
      'Det du leser her, blir logget med navnet ditt (lokal tilgangsnøkkel) og tidspunktet. Loggen finner du under «Innsynslogg».',
    );
    expect(await page.locator('table[data-table="transcripts"]').count()).toBe(0);

    const listed = page.waitForResponse((r) => /\/transcripts\?date=/.test(r.url()));
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    expect((await listed).status()).toBe(200);
    expect(await countOnceThere(page.locator('table[data-table="transcripts"] tbody tr'), 2)).toBe(2);
    expect((await rowsOf('transcripts')).map((row) => row.slice(1, 3))).toEqual(
      expect.arrayContaining([
        ['Datamaskin, Firefox 147, Bokmål', '2'],
        ['Mobil, Safari 18, Bokmål', '3'],
      ]),
    );
    expect(await page.getByRole('button', { name: /^Les samtalen fra \d{2}:\d{2}$/ }).count()).toBe(2);
    await inEveryLanguage('transcripts', async () => {
      await page.locator('table[data-table="transcripts"]').waitFor();
    });
    await page.getByRole('button', { name: 'Bokmål' }).click();

    // Open the iPhone's conversation: masked, with the read on record.
    const open = page
      .locator('table[data-table="transcripts"] tbody tr', { hasText: 'Safari' })
      .getByRole('button');
    const id = (await open.getAttribute('data-conversation')) ?? '';
    await open.click();
    await showsText(page.locator('#conversation-h'), 'Samtalen fra', 'within');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('conversation-h');
    expect(await page.locator('[data-notice="read-logged"]').textContent()).toMatch(
      /^Denne lesingen er logget: lokal tilgangsnøkkel, \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}\.$/,
    );
    const messages = (await page.locator('ol.messages').textContent()) ?? '';
    expect(messages).toContain('[nummer]');
    expect(messages).not.toContain(PHONE);
    await inEveryLanguage('conversation', async () => {
      await page.locator('ol.messages').waitFor();
    });
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await page.getByRole('button', { name: 'Tilbake til listen' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-conversation'))).toBe(id);

    // The audit trail has the read: who, when and which conversation.
    await openScreen('audit');
    await countOnceThere(page.locator('table[data-table="audit"] tbody tr'), 2);
    const audit = await rowsOf('audit');
    expect(audit[0]?.slice(1)).toEqual(['local-staff', `Samtalen ${id.slice(0, 8)}`]);
    expect(audit[0]?.[0]).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    expect(audit[1]?.slice(1)).toEqual([
      'local-staff',
      expect.stringMatching(/^Listen over samtaler .* \(2\)$/),
    ]);
    await inEveryLanguage('audit', async () => {
      await page.locator('table[data-table="audit"]').waitFor();
    });
  });

  it('shows what the re-check job masked, per category and week, in plain words', async () => {
    await signIn();
    await openScreen('masking');

    await countOnceThere(page.locator('table[data-table="masking-totals"] tbody tr'), 16);
    const totals = Object.fromEntries((await rowsOf('masking-totals')).map((row) => [row[0], row[1]]));
    expect(totals).toMatchObject({ helse: '2', navn: '3', fødselsnummer: '0', Totalt: '5' });
    const weeks = await rowsOf('masking-weeks');
    const week = isoWeekOf(today()).week.slice(-2).replace(/^0/, '');
    expect(weeks.at(-1)).toEqual([
      expect.stringMatching(new RegExp(`^Uke ${week} \\(fra `)),
      '5',
      'navn 3, helse 2',
    ]);
    await inEveryLanguage('masking', async (lang) => {
      const health = { nb: 'helse', nn: 'helse', en: 'health' }[lang];
      const name = { nb: 'navn', nn: 'namn', en: 'name' }[lang];
      await showsText(page.locator('table[data-table="masking-weeks"] td'), `${name} 3, ${health} 2`);
    });
  });

  it('shows the share of unanswered questions per day, and the reviewer the day’s questions grouped', async () => {
    await signIn();
    const chat = await staff(`stats/chat?from=${today()}&to=${today()}`);
    const { messages = 0, fallback = 0 } = chat.totals as Record<string, number>;
    await openScreen('unanswered');

    await page.locator('table[data-table="unanswered-days"]').waitFor();
    const days = await rowsOf('unanswered-days');
    // Newest first: today, with its questions and the unanswered ones.
    expect(days[0]?.slice(1, 3)).toEqual([String(messages), String(fallback)]);
    expect(days[0]?.[3]).toMatch(/^\d+(,\d)? %$/);
    expect(await page.locator('#unanswered-chart canvas').count()).toBe(1);
    // The questions themselves are only read when the reviewer asks, after the notice.
    expect(await page.locator('[data-notice="logged"]').count()).toBe(1);
    expect(await page.locator('table[data-table="questions"]').count()).toBe(0);

    const asked = page.waitForResponse((r) => r.url().includes('/transcripts/unanswered?'));
    await page
      .locator('#questions-h')
      .locator('..')
      .getByRole('button', { name: 'Vis', exact: true })
      .click();
    expect((await asked).status()).toBe(200);
    await page.locator('table[data-table="questions"]').waitFor();
    const questions = await rowsOf('questions');
    expect(questions.find((row) => row[0] === UNANSWERED)?.[1]).toBe('2');
    expect(JSON.stringify(questions)).not.toContain(PHONE);
    await inEveryLanguage('unanswered', async () => {
      await page.locator('table[data-table="questions"]').waitFor();
    });

    // The read of the questions is on the audit trail too.
    await openScreen('audit');
    await showsText(page.locator('table[data-table="audit"] td'), 'Unanswered questions on', 'within');
  });

  it('fits every screen on a phone and can be used with the keyboard', async () => {
    await signIn();
    await page.setViewportSize({ width: 390, height: 844 });
    const screens = ['unanswered', 'billing', 'masking', 'transcripts', 'audit'];
    for (const name of screens) {
      // The menu with the keyboard: the screen's link, then Enter.
      await page.locator(`nav.screens a[data-screen="${name}"]`).focus();
      await page.keyboard.press('Enter');
      await page.locator(`nav.screens a[data-screen="${name}"][aria-current="page"]`).waitFor();
      if (name === 'transcripts') {
        await page.getByLabel('Dag').focus();
        await page.keyboard.press('Enter');
        await page.locator('table[data-table="transcripts"]').waitFor();
      } else {
        await page
          .locator('.results[aria-busy="false"] .panel, .results[aria-busy="false"] section')
          .first()
          .waitFor();
      }
      // Nothing wider than the phone's screen.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({ name, fits: width <= 390 }).toEqual({ name, fits: true });
      expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
      await page.screenshot({ path: `${SHOTS}/dashboard-${name}-phone.png`, fullPage: true });
    }
  });

  it('shows an editor without the reviewers’ role no transcripts, audit trail or questions (oidc)', async () => {
    await signInWithOidc(page, ['stats', 'site:*']);

    expect(await page.locator('nav.screens a').allTextContents()).toEqual([
      'Statistikk',
      'Spørsmål uten svar',
      'Bruk per måned',
      'Skjulte personopplysninger',
    ]);
    await openScreen('unanswered');
    await page.locator('table[data-table="unanswered-days"]').waitFor();
    expect(await page.locator('[data-notice="logged"], #questions-h').count()).toBe(0);
  });

  it('shows a reviewer without the editors’ role only the reviewers’ screens (oidc)', async () => {
    await signInWithOidc(page, ['transcripts', 'site:*']);

    expect(await page.locator('nav.screens a').allTextContents()).toEqual([
      'Spørsmål uten svar',
      'Samtaler',
      'Innsynslogg',
    ]);
    expect(await page.locator('nav.screens a[aria-current="page"]').textContent()).toBe('Spørsmål uten svar');
    expect(await page.locator('#from').count()).toBe(0);
    expect(await page.locator('[data-notice="logged"]').textContent()).toContain('(kari@kommune.example)');
  });

  it('tells a user with neither role so, and offers no screen (oidc)', async () => {
    let asked = 0;
    page.on('request', (request) => {
      if (request.url().includes('/v1/')) asked++;
    });

    await signInWithOidc(page, ['site:*'], '[role="alert"]');

    expect(await page.getByRole('alert').textContent()).toBe(
      'Brukeren din har ikke tilgang til statistikken. Be en administrator om rollen «stats».',
    );
    expect(await page.locator('nav.screens, form.filters').count()).toBe(0);
    expect(asked).toBe(0);
  });
});

/**
 * Signs in as an OpenID Connect user with the given grants, without an issuer: the user's
 * tokens are put where oidc-client-ts keeps them (this tab's sessionStorage), and the API
 * calls are sent on with the local staff token, which the local service takes.
 */
async function signInWithOidc(p: Page, grants: string[], ready = 'nav.screens') {
  const issuer = 'https://idp.kommune.example';
  const clientId = 'dashboard';
  const claims = { sub: 'user-1', email: 'kari@kommune.example', 'cognito:groups': grants };
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const accessToken = `${part({ alg: 'none' })}.${part(claims)}.`;
  const user = {
    access_token: accessToken,
    token_type: 'Bearer',
    scope: 'openid email',
    profile: claims,
    expires_at: Math.floor(Date.now() / 1000) + 3600,
  };
  await p
    .context()
    .addInitScript(
      ([key, value]) => sessionStorage.setItem(key as string, value as string),
      [`kommune-dashboard:oidc.user:${issuer}:${clientId}`, JSON.stringify(user)],
    );
  await p.route('**/dashboard/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        sites: [{ id: 'demo', name: 'Demo kommune' }],
        auth: { mode: 'oidc', issuer, clientId },
      }),
    }),
  );
  await p.route('**/v1/**', (route) =>
    route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${STAFF_TOKEN}` } }),
  );
  await p.goto(`${bed.runtime.url}/dashboard/`);
  await p.locator(ready).waitFor();
}
