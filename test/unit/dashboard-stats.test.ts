import { describe, expect, it } from 'vitest';
import type { ChatStats, FeedbackStats } from '../../web/dashboard/api.ts';
import { countAxisMax } from '../../web/dashboard/chart.ts';
import {
  chartSeries,
  pageLabel,
  platformRows,
  rankPages,
  share,
  summarize,
  withShares,
} from '../../web/dashboard/stats.ts';

const page = (url: string, found: number, notFound: number, comments = 0) => ({
  url: `https://demo.kommune.no${url}`,
  found,
  notFound,
  comments,
});

function feedback(overrides: Partial<FeedbackStats> = {}): FeedbackStats {
  return {
    from: '2026-11-22',
    to: '2026-11-23',
    totals: { found: 6, notFound: 2 },
    daily: [
      { date: '2026-11-22', found: 0, notFound: 0 },
      { date: '2026-11-23', found: 6, notFound: 2 },
    ],
    pages: [],
    ...overrides,
  };
}

function chat(overrides: Partial<ChatStats> = {}): ChatStats {
  const totals = { conversations: 4, messages: 8, fallback: 2, downloads: 1, deletions: 1 };
  return {
    from: '2026-11-22',
    to: '2026-11-23',
    totals,
    daily: [{ date: '2026-11-23', ...totals }],
    intents: [],
    platforms: { desktop: 3, tablet: 0, mobile: 1, unknown: 0 },
    browsers: [],
    ...overrides,
  };
}

describe('share', () => {
  it('divides, and has no share of nothing', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 4)).toBe(0);
    expect(share(0, 0)).toBeUndefined();
  });
});

describe('rankPages', () => {
  it('puts the lowest share of "found it" first, and the page more visitors answered first among equals', () => {
    const ranked = rankPages([
      page('/ok', 9, 1),
      page('/once', 0, 1),
      page('/often', 0, 20, 5),
      page('/half', 2, 2),
      page('/replaced', 0, 0),
    ]);

    expect(ranked.map((p) => [new URL(p.url).pathname, p.answers, p.foundShare])).toEqual([
      ['/often', 20, 0],
      ['/once', 1, 0],
      ['/half', 4, 0.5],
      ['/ok', 10, 0.9],
    ]);
    expect(ranked[0]?.comments).toBe(5);
  });
});

describe('pageLabel', () => {
  it('shows host and path without the scheme', () => {
    expect(pageLabel('https://www.grimstad.kommune.no/renovasjon')).toBe(
      'www.grimstad.kommune.no/renovasjon',
    );
    expect(pageLabel('not a url')).toBe('not a url');
  });
});

describe('summarize', () => {
  it('adds the found share and the fallback share (fallback / questions)', () => {
    expect(summarize(feedback(), chat())).toEqual({
      answers: 8,
      found: 6,
      notFound: 2,
      foundShare: 0.75,
      conversations: 4,
      messages: 8,
      fallback: 2,
      fallbackShare: 0.25,
      downloads: 1,
      deletions: 1,
    });
  });

  it('has no shares for an empty period', () => {
    const empty = summarize(
      feedback({ totals: { found: 0, notFound: 0 } }),
      chat({ totals: { conversations: 0, messages: 0, fallback: 0, downloads: 0, deletions: 0 } }),
    );

    expect(empty.foundShare).toBeUndefined();
    expect(empty.fallbackShare).toBeUndefined();
  });
});

describe('platformRows and withShares', () => {
  it('lists the platforms in a fixed order with their share of the conversations', () => {
    expect(platformRows(chat().platforms)).toEqual([
      { platform: 'desktop', count: 3, share: 0.75 },
      { platform: 'tablet', count: 0, share: 0 },
      { platform: 'mobile', count: 1, share: 0.25 },
      { platform: 'unknown', count: 0, share: 0 },
    ]);
  });

  it('gives each row its share of the whole', () => {
    expect(
      withShares([
        { name: 'Firefox', count: 1 },
        { name: 'Chrome', count: 3 },
      ]),
    ).toEqual([
      { name: 'Firefox', count: 1, share: 0.25 },
      { name: 'Chrome', count: 3, share: 0.75 },
    ]);
  });
});

describe('chartSeries', () => {
  it('gives the days and one array per series, in the order of the days', () => {
    expect(chartSeries(feedback().daily, ['found', 'notFound'])).toEqual({
      days: ['2026-11-22', '2026-11-23'],
      series: { found: [0, 6], notFound: [0, 2] },
    });
  });
});

describe('countAxisMax', () => {
  it('leaves room above the highest value and never goes below 4, so an empty chart has an axis', () => {
    expect(countAxisMax([{ values: [0, 0] }])).toBe(4);
    expect(countAxisMax([{ values: [3] }, { values: [20, 1] }])).toBe(22);
  });
});
