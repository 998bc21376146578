import { button, h } from '../dom.ts';
import { type CsvRequest, SignInRequiredError } from './api.ts';
import { type LineSeries, lineChart } from './chart.ts';
import type { Dashboard, DashboardState } from './state.ts';
import { pageLabel } from './stats.ts';

/** The charts' line colours: at least 3:1 against white, and each line with its own dash pattern. */
export const COLORS = {
  found: '#00703c',
  notFound: '#b3261e',
  conversations: '#0b4f8a',
  messages: '#6b3fa0',
  fallback: '#b3261e',
};

/** A section of the figures: a panel headed by an h2 (whose id, `<name>-h`, labels the section). */
export function panel(name: string, heading: string, ...content: (Node | string)[]): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': `${name}-h`, class: 'panel' },
    h('h2', { id: `${name}-h` }, heading),
    ...content,
  );
}

/** Removes the charts on screen (uPlot keeps listeners and a canvas of its own). */
export function destroyCharts(state: DashboardState): void {
  for (const chart of state.charts) chart.destroy();
  state.charts = [];
}

/**
 * A chart with its title, legend and text alternative, and the same figures per day in a
 * table under a disclosure. The chart is drawn once the block is in the page.
 */
export function chartBlock(
  d: Dashboard,
  id: string,
  title: string,
  alt: string,
  days: string[],
  lines: LineSeries[],
): HTMLElement {
  const { t, fmt } = d.state;
  const plot = h('div', { class: 'plot', role: 'img', 'aria-label': alt, id });
  const legend = h(
    'ul',
    { class: 'legend' },
    ...lines.map((line) => {
      const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.borderTopColor = line.color;
      swatch.style.borderTopStyle = line.dash ? (line.dash[0] === 2 ? 'dotted' : 'dashed') : 'solid';
      return h('li', {}, swatch, line.label);
    }),
  );
  const dayTable = table(
    title,
    [t.date, ...lines.map((line) => line.label)],
    days.map((day, index) => [fmt.day(day), ...lines.map((line) => fmt.integer(line.values[index] ?? 0))]),
    `${id}-table`,
  );
  const block = h(
    'div',
    { class: 'chart' },
    h('h3', {}, title),
    legend,
    plot,
    h('details', {}, h('summary', {}, t.figuresPerDay), dayTable),
  );
  // uPlot measures its container, so it is drawn once the block is in the page.
  queueMicrotask(() => {
    if (!plot.isConnected) return;
    d.state.charts.push(
      lineChart(plot, { days, series: lines, dayLabel: fmt.shortDay, integer: fmt.integer }),
    );
  });
  return block;
}

/** The buttons that download a section's tables as CSV, with a status line for the outcome. */
export function csvButtons(d: Dashboard, items: [string, CsvRequest][]): HTMLElement {
  const { t } = d.state;
  const note = h('p', { class: 'hint', role: 'status' });
  return h(
    'div',
    { class: 'csv', role: 'group', 'aria-label': t.downloadCsv },
    h('p', { class: 'csv-title', 'aria-hidden': 'true' }, t.downloadCsv),
    h(
      'div',
      { class: 'row' },
      ...items.map(([label, request]) => {
        const csv = button(
          label,
          async () => {
            csv.disabled = true;
            note.textContent = '';
            try {
              const file = await d.api.csv(d.state.site.id, d.state.range, request, d.state.lang);
              d.save(file.blob, file.fileName);
              note.textContent = t.downloaded(file.fileName);
            } catch (error) {
              if (error instanceof SignInRequiredError) {
                await d.signInAgain();
                return;
              }
              note.textContent = t.downloadError;
            } finally {
              csv.disabled = false;
            }
          },
          { class: 'quiet', 'data-csv': `${request.stats}-${request.table}` },
        );
        return csv;
      }),
    ),
    note,
  );
}

/** A table with a caption, column headers and the first cell of each row as its row header. */
export function table(
  caption: string,
  headers: string[],
  rows: (string | Node)[][],
  name: string,
): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { 'data-table': name },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
      h(
        'tbody',
        {},
        ...rows.map((cells) =>
          h(
            'tr',
            {},
            ...cells.map((cell, index) =>
              index === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell),
            ),
          ),
        ),
      ),
    ),
  );
}

/** A page's address as a table cell: only http(s) pages become links; anything else is shown as text. */
export function pageCell(url: string): Node {
  if (/^https?:\/\//i.test(url)) return h('a', { href: url }, pageLabel(url));
  return document.createTextNode(url);
}
