import { describe, expect, it } from 'vitest';
import { counterDelta, feedbackRequestSchema, type StoredVote } from '#shared/feedback/feedback';
import { pageUrl } from '#shared/site-access';

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
