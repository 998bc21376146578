import { describe, expect, it, vi } from 'vitest';
import { CATEGORY_LABELS } from '../../shared/anonymizer/categories.ts';
import { staffApi } from '../../web/dashboard/api.ts';
import { identityOf, jwtClaims, localAuth } from '../../web/dashboard/auth.ts';
import { daySplits } from '../../web/dashboard/chart.ts';
import { parseDashboardConfig } from '../../web/dashboard/config.ts';
import { DASHBOARD_TEXTS, formatters } from '../../web/dashboard/i18n.ts';
import {
  auditWhat,
  browserLabel,
  categoryRows,
  intentLabel,
  isMonth,
  maskedInWords,
  unansweredDays,
  weekNumber,
} from '../../web/dashboard/labels.ts';
import { allowedScreens, isScreenName } from '../../web/dashboard/screens.ts';

const nb = DASHBOARD_TEXTS.nb;
const fmtNb = formatters('nb');
const RANGE = { from: '2026-11-01', to: '2026-11-30' };

/** An unsigned JWT with the given claims (the dashboard only reads them, the service checks them). */
const jwt = (claims: Record<string, unknown>) =>
  ['{"alg":"none"}', JSON.stringify(claims), '']
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.');

/** Every text of a language (functions called with sample arguments), joined. */
function textsOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') return String(value('X', 'Y'));
  if (value && typeof value === 'object') return Object.values(value).map(textsOf).join(' ');
  return '';
}

function fakeFetch(body: unknown) {
  return vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => Response.json(body));
}
const api = (fetchFn: ReturnType<typeof fakeFetch>) =>
  staffApi({ token: () => 'staff-token', fetchFn: fetchFn as unknown as typeof fetch });
const calledUrl = (fetchFn: ReturnType<typeof fakeFetch>) => String(fetchFn.mock.calls[0]?.[0]);

const conversation = (overrides: Record<string, unknown> = {}) => ({
  conversationId: 'c0ffee00-0000-4000-8000-000000000001',
  siteId: 'demo',
  startedAt: '2026-11-30T10:00:00+01:00',
  expiresAt: '2026-12-21T10:00:00+01:00',
  platform: 'mobile',
  browser: 'Safari 18',
  lang: 'nb',
  messages: [
    { role: 'user', text: 'Ring meg på [nummer]', at: '2026-11-30T10:00:05+01:00' },
    { role: 'bot', text: 'Beklager …', intent: 'fallback', at: '2026-11-30T10:00:06+01:00' },
  ],
  ...overrides,
});

describe('staffApi, the screens’ routes', () => {
  it('asks for a month’s billing figures', async () => {
    const fetchFn = fakeFetch({ month: '2026-11', conversations: 12, answeredMessages: 30 });

    expect(await api(fetchFn).billing('demo', '2026-11')).toEqual({
      month: '2026-11',
      conversations: 12,
      answeredMessages: 30,
    });
    expect(calledUrl(fetchFn)).toBe('/v1/sites/demo/billing?month=2026-11');
  });

  it('refuses a billing answer without its counts', async () => {
    await expect(
      api(fakeFetch({ month: '2026-11', conversations: 1 })).billing('demo', '2026-11'),
    ).rejects.toThrow('bad_response');
  });

  it('asks for a day’s transcripts with the cursor, and one transcript by its id, encoded', async () => {
    const list = fakeFetch({ date: '2026-11-30', items: [conversation()], next: 'abc' });
    const one = fakeFetch(conversation());

    const page = await api(list).transcripts('demo', '2026-11-30', 'abc');
    await api(one).transcript('demo', 'a/b');

    expect(page.items).toHaveLength(1);
    expect(calledUrl(list)).toBe('/v1/sites/demo/transcripts?date=2026-11-30&cursor=abc');
    expect(calledUrl(one)).toBe('/v1/sites/demo/transcripts/a%2Fb?');
  });

  it('refuses a transcript whose messages are not the contract’s', async () => {
    const broken = conversation({ messages: [{ role: 'admin', text: 'x', at: 'y' }] });

    await expect(api(fakeFetch(broken)).transcript('demo', 'x')).rejects.toThrow('bad_response');
  });

  it('asks for a day’s unanswered questions, the audit trail and the masking counts', async () => {
    const questions = fakeFetch({
      date: '2026-11-30',
      items: [{ text: 'Hvem vant kampen?', count: 2, lastAt: '2026-11-30T12:00:00+01:00' }],
    });
    const audit = fakeFetch({
      ...RANGE,
      items: [
        {
          siteId: 'demo',
          who: 'kari',
          at: '2026-11-30T12:00:00+01:00',
          action: 'read',
          conversationIds: ['x'],
        },
      ],
    });
    const masking = fakeFetch({
      ...RANGE,
      weeks: [{ week: '2026-W49', start: '2026-11-30', categories: { health: 2 } }],
      totals: { health: 2 },
    });

    expect((await api(questions).unanswered('demo', '2026-11-30')).items[0]?.count).toBe(2);
    expect((await api(audit).audit('demo', RANGE)).items[0]?.who).toBe('kari');
    expect((await api(masking).masking('demo', RANGE)).totals).toEqual({ health: 2 });
    expect(calledUrl(questions)).toBe('/v1/sites/demo/transcripts/unanswered?date=2026-11-30');
    expect(calledUrl(audit)).toBe('/v1/sites/demo/audit?from=2026-11-01&to=2026-11-30');
    expect(calledUrl(masking)).toBe('/v1/sites/demo/stats/masking?from=2026-11-01&to=2026-11-30');
  });

  it('refuses masking counts that are not numbers', async () => {
    const bad = fakeFetch({ ...RANGE, weeks: [], totals: { health: 'two' } });

    await expect(api(bad).masking('demo', RANGE)).rejects.toThrow('bad_response');
  });
});

describe('the names of what the service gives as ids', () => {
  const title = { nb: 'Avfall og renovasjon', nn: 'Avfall og renovasjon', en: 'Waste collection' };

  it('names a topic by its title in the dashboard’s language, never by its id', () => {
    expect(intentLabel({ intent: 'waste_collection', title }, 'en', nb)).toBe('Waste collection');
    expect(intentLabel({ intent: 'waste_collection', title }, 'nb', nb)).toBe('Avfall og renovasjon');
    // Without a title from the service: the fallback in words, any other id as it is.
    expect(intentLabel({ intent: 'fallback' }, 'nb', nb)).toBe('Uten svar');
    expect(intentLabel({ intent: 'retired_topic' }, 'nb', nb)).toBe('retired_topic');
  });

  it('writes the browser labels that are no browser’s name in the language', () => {
    expect(browserLabel('other', nb)).toBe('Annen nettleser');
    expect(browserLabel('unknown', nb)).toBe('Ukjent');
    expect(browserLabel('unknown', DASHBOARD_TEXTS.en)).toBe('Unknown');
    expect(browserLabel('Firefox 147', nb)).toBe('Firefox 147');
  });

  it('has a plain name for every category of personal data, in every language', () => {
    for (const texts of Object.values(DASHBOARD_TEXTS)) {
      expect(Object.keys(texts.categories).sort()).toEqual(Object.keys(CATEGORY_LABELS).sort());
    }
    expect([nb.categories.health, nb.categories.name, nb.categories.identity]).toEqual([
      'helse',
      'navn',
      'fødselsnummer',
    ]);
    expect(DASHBOARD_TEXTS.nn.categories.name).toBe('namn');
  });

  it('writes no jargon an editor would not use', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      expect(textsOf(DASHBOARD_TEXTS[lang])).not.toMatch(/intensjon|reservesvar|fallback|intent/i);
    }
  });
});

describe('the unanswered share per day', () => {
  it('divides the unanswered questions by the questions of each day, a dash where there were none', () => {
    const day = (date: string, messages: number, fallback: number) => ({
      date,
      conversations: 1,
      messages,
      fallback,
      downloads: 0,
      deletions: 0,
    });

    const days = unansweredDays([day('2026-11-29', 0, 0), day('2026-11-30', 4, 1)]);

    expect(days).toEqual([
      { date: '2026-11-29', messages: 0, fallback: 0, share: undefined },
      { date: '2026-11-30', messages: 4, fallback: 1, share: 0.25 },
    ]);
    expect(days.map((d) => fmtNb.percent(d.share).replace(/\s/g, ' '))).toEqual(['–', '25 %']);
  });
});

describe('the masking counts', () => {
  it('lists every category in the anonymizer’s order, zeros included, with the sum', () => {
    const { rows, total } = categoryRows({ health: 2, name: 3 });

    expect(rows.map(([category]) => category)).toEqual(Object.keys(CATEGORY_LABELS));
    expect(Object.fromEntries(rows)).toMatchObject({ health: 2, name: 3, identity: 0 });
    expect(total).toBe(5);
  });

  it('says in words what a week masked, most first, and nothing for a quiet week', () => {
    expect(maskedInWords({ health: 2, name: 3, email: 0 }, nb, fmtNb)).toBe('navn 3, helse 2');
    expect(maskedInWords({}, nb, fmtNb)).toBe('');
  });

  it('takes the number of an ISO week', () => {
    expect(weekNumber('2026-W49')).toBe('49');
    expect(weekNumber('2027-W01')).toBe('1');
  });
});

describe('the audit trail in words', () => {
  const entry = { siteId: 'demo', who: 'kari', at: '2026-11-30T12:00:00+01:00' };

  it('says which list, conversation or questions were read', () => {
    expect(
      auditWhat({ ...entry, action: 'list', date: '2026-11-30', conversationIds: ['a', 'b'] }, nb, fmtNb),
    ).toBe('Listen over samtaler 30. november 2026 (2)');
    expect(
      auditWhat(
        { ...entry, action: 'read', conversationIds: ['c0ffee00-1234-4000-8000-000000000001'] },
        nb,
        fmtNb,
      ),
    ).toBe('Samtalen c0ffee00');
    expect(
      auditWhat({ ...entry, action: 'unanswered', date: '2026-11-30', conversationIds: ['a'] }, nb, fmtNb),
    ).toBe('Spørsmål uten svar 30. november 2026, fra 1 samtaler');
  });
});

describe('the chart’s day axis', () => {
  it('always labels the last day of the range, counting back from it', () => {
    expect(daySplits(29, 7)).toEqual([1, 8, 15, 22, 29]);
    expect(daySplits(6, 1)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(daySplits(0, 2)).toEqual([0]);
  });

  it('labels the last day whatever the step', () => {
    for (const last of [6, 29, 89, 364]) {
      for (const step of [1, 2, 7, 14, 28]) {
        const splits = daySplits(last, step);
        expect(splits.at(-1)).toBe(last);
        expect(splits[0]).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('the screens offered', () => {
  it('offers each screen only to staff with its role', () => {
    const editor = { who: 'kari', roles: new Set(['stats'] as const) };
    const reviewer = { who: 'ola', roles: new Set(['transcripts'] as const) };

    expect(allowedScreens(editor)).toEqual(['stats', 'unanswered', 'billing', 'masking']);
    expect(allowedScreens(reviewer)).toEqual(['unanswered', 'transcripts', 'audit']);
    expect(allowedScreens({ who: 'x', roles: new Set() })).toEqual([]);
    expect(allowedScreens(undefined)).toEqual([]);
  });

  it('knows a screen named in the address, and nothing else', () => {
    expect(isScreenName('audit')).toBe(true);
    expect(isScreenName('main')).toBe(false);
  });
});

describe('who is signed in', () => {
  it('reads the name and roles from the access token as the service does', () => {
    const token = jwt({
      sub: 's-1',
      username: 'x',
      email: 'kari@kommune.no',
      'cognito:groups': ['stats', 'site:demo'],
    });

    expect(identityOf(token, undefined)).toEqual({ who: 'kari@kommune.no', roles: new Set(['stats']) });
    expect(identityOf(jwt({ sub: 's-2', roles: ['transcripts'] }), 'roles')).toEqual({
      who: 's-2',
      roles: new Set(['transcripts']),
    });
  });

  it('has no identity for a token it cannot read', () => {
    expect(jwtClaims('not-a-jwt')).toBeUndefined();
    expect(identityOf('a.b%%.c', undefined)).toBeUndefined();
    expect(identityOf(jwt({ 'cognito:groups': ['stats'] }), undefined)).toBeUndefined();
  });

  it('gives the local staff token every role', async () => {
    const auth = localAuth(undefined);
    expect(await auth.identity()).toBeUndefined();

    await auth.signIn('local-token');

    expect((await auth.identity())?.roles).toEqual(new Set(['stats', 'transcripts']));
  });

  it('takes the claim with the roles from the configuration, and refuses an empty one', () => {
    const auth = { mode: 'oidc', issuer: 'https://idp.example', clientId: 'c' };

    expect(
      parseDashboardConfig({ sites: [{ id: 'demo' }], auth: { ...auth, grantsClaim: 'roles' } }).auth,
    ).toMatchObject({
      grantsClaim: 'roles',
    });
    expect(() =>
      parseDashboardConfig({ sites: [{ id: 'demo' }], auth: { ...auth, grantsClaim: '' } }),
    ).toThrow('grantsClaim');
  });
});

describe('months', () => {
  it('takes a month written YYYY-MM only', () => {
    expect(['2026-11', '2026-1', '2026-13', '2026-11-01'].map(isMonth)).toEqual([true, false, false, false]);
    expect(fmtNb.month('2026-11')).toBe('november 2026');
    expect(formatters('en').month('2026-11')).toBe('November 2026');
  });
});
