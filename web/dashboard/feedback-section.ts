import { h } from '../dom.ts';
import type { FeedbackStats } from './api.ts';
import { COLORS, chartBlock, csvButtons, pageCell, panel, table } from './blocks.ts';
import type { LineSeries } from './chart.ts';
import type { Dashboard } from './state.ts';
import { chartSeries, rankPages } from './stats.ts';

/** How many pages the ranked table shows; the CSV file holds them all. */
const TOP_PAGES = 20;

/** "Fant du det du lette etter?": the answers per day, and the pages where the fewest found it. */
export function feedbackSection(d: Dashboard, feedback: FeedbackStats): HTMLElement {
  const { t, fmt } = d.state;
  const { days, series } = chartSeries(feedback.daily, ['found', 'notFound'] as const);
  const lines: LineSeries[] = [
    { label: t.found, values: series.found, color: COLORS.found },
    { label: t.notFound, values: series.notFound, color: COLORS.notFound, dash: [8, 4] },
  ];
  const alt = t.feedbackChartAlt(
    fmt.range(feedback.from, feedback.to),
    fmt.integer(feedback.totals.found),
    fmt.integer(feedback.totals.notFound),
  );
  const ranked = rankPages(feedback.pages);
  const answered = feedback.totals.found + feedback.totals.notFound > 0;
  return panel(
    'feedback',
    t.feedbackHeading,
    chartBlock(d, 'feedback-chart', t.feedbackChart, alt, days, lines),
    ...(answered ? [] : [h('p', { class: 'empty' }, t.noAnswers)]),
    h('h3', {}, t.pagesHeading),
    ...(ranked.length === 0
      ? [h('p', { class: 'empty' }, t.noAnswers)]
      : [
          table(
            t.pagesCaption,
            [t.page, t.votes, t.found, t.notFound, t.foundShare, t.comments],
            ranked
              .slice(0, TOP_PAGES)
              .map((page) => [
                pageCell(page.url),
                fmt.integer(page.answers),
                fmt.integer(page.found),
                fmt.integer(page.notFound),
                fmt.percent(page.foundShare),
                fmt.integer(page.comments),
              ]),
            'pages',
          ),
          h('p', { class: 'hint' }, t.pagesShown(Math.min(TOP_PAGES, ranked.length), ranked.length)),
        ]),
    csvButtons(d, [
      [t.csv.feedbackDaily, { stats: 'feedback', table: 'daily' }],
      [t.csv.feedbackPages, { stats: 'feedback', table: 'pages' }],
    ]),
  );
}
