import { beforeEach, describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError, ServiceUnavailableError, ValidationError } from '#shared/errors';
import { makeFeedback, type SubmitFeedbackInput } from '#shared/feedback/use-cases';
import { FakeClock } from '../support/clock.ts';
import { FixedSalts, InMemoryVoteStore, sitesOf } from '../support/feedback-fakes.ts';

const PAGE = 'https://www.grimstad.kommune.no/renovasjon';

function anInput(overrides: Partial<SubmitFeedbackInput> = {}): SubmitFeedbackInput {
  return {
    siteId: 'grimstad',
    request: { url: `${PAGE}?utm_source=x#tomming`, found: true },
    origin: 'https://www.grimstad.kommune.no',
    sourceIp: '203.0.113.7',
    userAgent: 'Mozilla/5.0 Firefox/147.0',
    ...overrides,
  };
}

describe('submitFeedback', () => {
  let votes: InMemoryVoteStore;
  let salts: FixedSalts;
  let clock: FakeClock;
  let submit: ReturnType<typeof makeFeedback>['submit'];

  beforeEach(() => {
    votes = new InMemoryVoteStore();
    salts = new FixedSalts();
    clock = new FakeClock();
    ({ submit } = makeFeedback({
      sites: sitesOf(),
      votes,
      salts,
      clock,
      commentRetentionDays: 365,
    }));
  });

  const pageCounters = (day = '2026-11-23') => votes.pages.get(`grimstad|${day}|${PAGE}`);

  it('stores the vote without query string or fragment and counts it', async () => {
    const result = await submit(anInput());

    expect(result.replaced).toBe(false);
    const [stored] = [...votes.items.values()];
    expect(stored?.url).toBe(PAGE);
    expect(stored?.at).toBe('2026-11-23T11:00:00+01:00');
    expect(pageCounters()).toEqual({ found: 1, notFound: 0, comments: 0 });
  });

  it('never stores the IP address or the user agent', async () => {
    await submit(anInput({ request: { url: PAGE, found: false, comment: 'Fant ikke tømmekalenderen' } }));

    const stored = JSON.stringify([...votes.items.values()]);
    expect(stored).not.toContain('203.0.113.7');
    expect(stored).not.toContain('Firefox');
  });

  it('replaces a repeat vote by the same visitor on the same page the same day', async () => {
    await submit(anInput({ request: { url: PAGE, found: false, comment: 'mangler info' } }));
    const second = await submit(anInput({ request: { url: PAGE, found: true } }));

    expect(second.replaced).toBe(true);
    expect(votes.items.size).toBe(1);
    expect(pageCounters()).toEqual({ found: 1, notFound: 0, comments: 0 });
  });

  it('counts another visitor, another page and another day separately', async () => {
    await submit(anInput());
    await submit(anInput({ sourceIp: '198.51.100.2' }));
    await submit(anInput({ request: { url: `${PAGE}/kalender`, found: true } }));
    clock.current = new Date('2026-11-24T10:00:00Z');
    const nextDay = await submit(anInput());

    expect(nextDay.replaced).toBe(false);
    expect(pageCounters()).toEqual({ found: 2, notFound: 0, comments: 0 });
    expect(pageCounters('2026-11-24')).toEqual({ found: 1, notFound: 0, comments: 0 });
  });

  it('masks the comment before it is stored and keeps it for the retention period', async () => {
    await submit(anInput({ request: { url: PAGE, found: false, comment: ' Ring meg på 912 34 567 ' } }));

    const [stored] = [...votes.items.values()];
    expect(stored?.comment).toBe('Ring meg på [nummer]');
    expect(stored?.expiresAt).toBe(Math.floor(clock.current.getTime() / 1000) + 365 * 86_400);
    expect(pageCounters()).toEqual({ found: 0, notFound: 1, comments: 1 });
  });

  it('treats a blank comment as no comment and keeps such a vote only briefly', async () => {
    await submit(anInput({ request: { url: PAGE, found: false, comment: '   ' } }));

    const [stored] = [...votes.items.values()];
    expect(stored?.comment).toBeUndefined();
    expect(stored?.expiresAt).toBe(Math.floor(clock.current.getTime() / 1000) + 2 * 86_400);
  });

  it('rejects an unknown site, a foreign origin and a page on another site, writing nothing', async () => {
    await expect(submit(anInput({ siteId: 'nowhere' }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(submit(anInput({ origin: 'https://evil.example' }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      submit(anInput({ request: { url: 'https://evil.example/renovasjon', found: true } })),
    ).rejects.toBeInstanceOf(ValidationError);

    expect(votes.items.size).toBe(0);
    expect(votes.pages.size).toBe(0);
    expect(salts.requested).toEqual([]);
  });

  it('masks personal data in the page path before the vote and its counter are stored', async () => {
    await submit(anInput({ request: { url: `${PAGE}/912%2034%20567/kari@example.no`, found: true } }));

    const [stored] = [...votes.items.values()];
    expect(stored?.url).toBe(`${PAGE}/[nummer]/[e-post]`);
    expect([...votes.pages.keys()]).toEqual([`grimstad|2026-11-23|${PAGE}/[nummer]/[e-post]`]);
    // Everything stored but the random id and the keyed hash, which may hold any digits.
    const written = [...votes.items.values()].map(({ id: _id, voterKey: _key, ...vote }) => vote);
    expect(JSON.stringify([...written, ...votes.pages.keys()])).not.toMatch(/912|kari/);
  });

  it('rejects a malformed percent-escape in the page path as a validation error on url, writing nothing', async () => {
    const error = await submit(anInput({ request: { url: `${PAGE}/%zz`, found: true } })).catch((e) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect(error.details).toEqual([{ path: 'url', message: expect.any(String) }]);

    expect(votes.items.size).toBe(0);
    expect(votes.pages.size).toBe(0);
  });

  it('writes nothing when the store fails, so that a retry counts once', async () => {
    votes.failNext = true;
    await expect(submit(anInput())).rejects.toThrow('simulated outage');
    expect(votes.items.size).toBe(0);

    const retry = await submit(anInput());
    expect(retry.replaced).toBe(false);
    expect(pageCounters()).toEqual({ found: 1, notFound: 0, comments: 0 });
  });

  it('counts the difference against the vote that is there when another one got in first', async () => {
    await submit(anInput());
    // The same visitor changes their mind twice at once: the "no" lands between our read and write.
    votes.meanwhile.push(() => {
      const [first] = [...votes.items.values()];
      if (first) votes.items.set(votes.key(first), { ...first, id: 'other', found: false });
      votes.pages.set(`grimstad|2026-11-23|${PAGE}`, { found: 0, notFound: 1, comments: 0 });
    });

    const result = await submit(anInput({ request: { url: PAGE, found: true, comment: 'Fint' } }));

    expect(result.replaced).toBe(true);
    expect(pageCounters()).toEqual({ found: 1, notFound: 0, comments: 1 });
  });

  it('gives up with 503 when the visitor’s own votes keep replacing each other', async () => {
    await submit(anInput());
    const [first] = [...votes.items.values()];
    const replaceAgain = () => {
      if (first) votes.items.set(votes.key(first), { ...first, id: crypto.randomUUID() });
    };
    votes.meanwhile.push(...Array.from({ length: 30 }, () => replaceAgain));

    await expect(submit(anInput({ request: { url: PAGE, found: false } }))).rejects.toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(pageCounters()).toEqual({ found: 1, notFound: 0, comments: 0 });
  });
});
