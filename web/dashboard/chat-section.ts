import { h } from '../dom.ts';
import type { ChatStats } from './api.ts';
import { COLORS, chartBlock, csvButtons, panel, table } from './blocks.ts';
import type { LineSeries } from './chart.ts';
import { browserLabel, intentLabel } from './labels.ts';
import type { Dashboard } from './state.ts';
import { chartSeries, platformRows, share, withShares } from './stats.ts';

/** How many intents and browsers the ranked tables show; the CSV files hold them all. */
const TOP_ROWS = 10;

/** The chatbot: conversations and questions per day, the top intents, devices and browsers. */
export function chatSection(d: Dashboard, chat: ChatStats): HTMLElement {
  const { t, fmt } = d.state;
  const { days, series } = chartSeries(chat.daily, ['conversations', 'messages', 'fallback'] as const);
  const lines: LineSeries[] = [
    { label: t.conversations, values: series.conversations, color: COLORS.conversations },
    { label: t.messages, values: series.messages, color: COLORS.messages, dash: [2, 3] },
    { label: t.fallback, values: series.fallback, color: COLORS.fallback, dash: [8, 4] },
  ];
  const alt = t.chatChartAlt(
    fmt.range(chat.from, chat.to),
    fmt.integer(chat.totals.conversations),
    fmt.integer(chat.totals.messages),
    fmt.integer(chat.totals.fallback),
  );
  const intents = withShares(chat.intents).slice(0, TOP_ROWS);
  const any = chat.totals.conversations + chat.totals.messages > 0;
  return panel(
    'chat',
    t.chatHeading,
    chartBlock(d, 'chat-chart', t.chatChart, alt, days, lines),
    ...(any
      ? [
          h(
            'p',
            { 'data-figure': 'fallbackNote' },
            t.fallbackNote(fmt.percent(share(chat.totals.fallback, chat.totals.messages))),
          ),
        ]
      : [h('p', { class: 'empty' }, t.noConversations)]),
    h('h3', {}, t.intentsHeading),
    intents.length === 0
      ? h('p', { class: 'empty' }, t.noConversations)
      : table(
          t.intentsCaption,
          [t.intent, t.count, t.share],
          intents.map((row) => [
            intentLabel(row, d.state.lang, t),
            fmt.integer(row.count),
            fmt.percent(row.share),
          ]),
          'intents',
        ),
    h('h3', {}, t.devicesHeading),
    devices(d, chat),
    csvButtons(d, [
      [t.csv.chatDaily, { stats: 'chat', table: 'daily' }],
      [t.csv.chatIntents, { stats: 'chat', table: 'intents' }],
      [t.csv.chatPlatforms, { stats: 'chat', table: 'platforms' }],
      [t.csv.chatBrowsers, { stats: 'chat', table: 'browsers' }],
    ]),
  );
}

/** The conversations per type of device and per browser, side by side. */
function devices(d: Dashboard, chat: ChatStats): HTMLElement {
  const { t, fmt } = d.state;
  const browsers = withShares(chat.browsers).slice(0, TOP_ROWS);
  return h(
    'div',
    { class: 'pair' },
    table(
      t.devicesCaption,
      [t.device, t.count, t.share],
      platformRows(chat.platforms).map((row) => [
        t.platforms[row.platform],
        fmt.integer(row.count),
        fmt.percent(row.share),
      ]),
      'platforms',
    ),
    browsers.length === 0
      ? h('p', { class: 'empty' }, t.noConversations)
      : table(
          t.browsersCaption,
          [t.browser, t.count, t.share],
          browsers.map((row) => [browserLabel(row.name, t), fmt.integer(row.count), fmt.percent(row.share)]),
          'browsers',
        ),
  );
}
