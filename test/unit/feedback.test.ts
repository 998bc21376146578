import { describe, expect, it } from 'vitest';
import { ValidationError } from '#shared/errors';
import { counterDelta, feedbackRequestSchema, type StoredVote } from '#shared/feedback/feedback';
import { MAX_STORED_PATH_LENGTH, pageUrl } from '#shared/page-url';

const aVote = (overrides: Partial<StoredVote> = {}): StoredVote => ({
  siteId: 'demo',
  day: '2026-11-23',
  voterKey: 'k',
  id: 'id',
  url: 'https://example.no/a',
  found: true,
  at: '2026-11-23T10:00:00+01:00',
  expiresAt: 1,
  ...overrides,
});

describe('counterDelta', () => {
  it('adds a new vote', () => {
    expect(counterDelta(undefined, aVote({ found: false, comment: 'x' }))).toEqual({
      found: 0,
      notFound: 1,
      comments: 1,
    });
  });

  it('moves a replaced vote from one counter to the other', () => {
    expect(counterDelta(aVote({ found: false, comment: 'x' }), aVote({ found: true }))).toEqual({
      found: 1,
      notFound: -1,
      comments: -1,
    });
  });

  it('changes nothing for an identical repeat', () => {
    expect(counterDelta(aVote(), aVote())).toEqual({ found: 0, notFound: 0, comments: 0 });
  });
});

describe('pageUrl', () => {
  it('drops query string and fragment', () => {
    expect(pageUrl('https://example.no/a/b?fnr=01019012345#x')).toBe('https://example.no/a/b');
  });

  it.each([
    'https://example.no/',
    'https://example.no/renovasjon.html',
    'https://example.no/helse-og-omsorg/legevakt/',
    'https://example.no/s%C3%B8knad/barnehageplass',
    'https://example.no/100%25-fornybar',
    'https://example.no/rema-1000/kl-18-30',
  ])('keeps an ordinary path as it is: %s', (url) => {
    expect(pageUrl(url)).toBe(url);
  });

  it('masks a phone number, a fødselsnummer and an e-mail address in the path, segment by segment', () => {
    expect(pageUrl('https://example.no/person/15038512363/kari@example.no?x=1')).toBe(
      'https://example.no/person/[personnummer]/[e-post]',
    );
    expect(pageUrl('https://example.no/kontakt/ring-912-34-567/renovasjon.html')).toBe(
      'https://example.no/kontakt/ring-[nummer]/renovasjon.html',
    );
    expect(pageUrl('https://example.no/tlf/+4791234567')).toBe('https://example.no/tlf/[nummer]');
  });

  it('decodes each segment before masking it, also when encoded twice', () => {
    expect(pageUrl('https://example.no/s%C3%B8k/912%2034%20567')).toBe(
      'https://example.no/s%C3%B8k/[nummer]',
    );
    expect(pageUrl('https://example.no/u/kari%40example.no')).toBe('https://example.no/u/[e-post]');
    expect(pageUrl('https://example.no/u/kari%2540example.no')).toBe('https://example.no/u/[e-post]');
  });

  it.each(['https://example.no/a/%zz/b', 'https://example.no/%E0%A4%A', 'https://example.no/a%'])(
    'rejects a malformed percent-escape in %s as a validation error on the field',
    (url) => {
      let error: unknown;
      try {
        pageUrl(url, 'startUrl');
      } catch (caught) {
        error = caught;
      }

      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({
        statusCode: 400,
        code: 'validation_failed',
        details: [{ path: 'startUrl', message: expect.any(String) }],
      });
    },
  );

  it('cuts a long path at a segment boundary to at most MAX_STORED_PATH_LENGTH characters', () => {
    const segment = 'abcdefghi';
    const path = `/${Array.from({ length: 100 }, () => segment).join('/')}`;

    const stored = new URL(pageUrl(`https://example.no${path}`)).pathname;

    expect(stored.length).toBeLessThanOrEqual(MAX_STORED_PATH_LENGTH);
    expect(stored.length).toBeGreaterThan(MAX_STORED_PATH_LENGTH - segment.length - 1);
    expect(path.startsWith(stored)).toBe(true);
    expect(
      stored
        .split('/')
        .slice(1)
        .every((part) => part === segment),
    ).toBe(true);
  });

  it('keeps the root when the first segment alone is too long', () => {
    expect(pageUrl(`https://example.no/${'a'.repeat(MAX_STORED_PATH_LENGTH + 1)}/b`)).toBe(
      'https://example.no/',
    );
  });
});

describe('feedbackRequestSchema', () => {
  it('accepts the contract body', () => {
    expect(
      feedbackRequestSchema.safeParse({
        url: 'https://example.no/',
        found: false,
        comment: 'hei',
        lang: 'nn',
      }).success,
    ).toBe(true);
  });

  it.each([
    [{ url: 'https://example.no/', found: 'yes' }],
    [{ url: 'https://example.no/', found: true, extra: 1 }],
    [{ url: 'javascript:alert(1)', found: true }],
    [{ url: 'ftp://example.no/', found: true }],
    [{ url: 'not a url', found: true }],
    [{ url: 'https://example.no/', found: true, comment: 'x'.repeat(1001) }],
    [{ url: 'https://example.no/', found: true, lang: 'sv' }],
    [{ found: true }],
  ])('rejects %j', (body) => {
    expect(feedbackRequestSchema.safeParse(body).success).toBe(false);
  });
});
