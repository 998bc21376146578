import uPlot from 'uplot';
import { h } from '../dom.ts';

/** One line of a chart: its label, a value per day, and how it is drawn. */
export interface LineSeries {
  label: string;
  values: number[];
  /** At least 3:1 against white (WCAG 1.4.11); a dash pattern tells lines apart without colour. */
  color: string;
  dash?: number[];
}

/** What lineChart draws, and how it writes days and counts. */
export interface LineChartOptions {
  /** The days of the x axis, `YYYY-MM-DD`. */
  days: string[];
  series: LineSeries[];
  /** Formats one day for the x axis ("3. mai"). */
  dayLabel: (day: string) => string;
  integer: (value: number) => string;
  height?: number;
}

/** Whole numbers only on the count axis, and at most a tick per day on the day axis. */
const COUNT_INCRS = [
  1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000, 25_000, 50_000, 100_000,
];
const DAY_INCRS = [1, 2, 7, 14, 28, 56, 91, 182, 364];

/** The top of the count axis: a little above the highest value, and never below 4. */
export function countAxisMax(series: readonly { values: readonly number[] }[]): number {
  const highest = Math.max(0, ...series.flatMap((s) => s.values));
  return Math.max(4, Math.ceil(highest * 1.1));
}

/**
 * The days that get a label on the x axis, `step` days apart, counted back from the last day:
 * the last day of the range (usually today) is always labelled.
 */
export function daySplits(last: number, step: number): number[] {
  const splits: number[] = [];
  const every = Math.max(1, Math.round(step));
  for (let day = last; day >= 0; day -= every) splits.unshift(day);
  return splits;
}

/**
 * A line chart of counts per day (uPlot, drawn on a canvas). The x axis is the day's index, so
 * no time zone can shift a day. The caller gives the chart its text alternative; the readout
 * under the chart shows the hovered day's values to mouse users.
 */
export function lineChart(host: HTMLElement, options: LineChartOptions): { destroy(): void } {
  const { days, series } = options;
  const x = days.map((_, index) => index);
  const readout = h('p', { class: 'readout', 'aria-hidden': 'true' });
  const width = () => Math.max(240, Math.floor(host.clientWidth));
  const axis = {
    stroke: '#1a1a1a',
    font: '13px system-ui, sans-serif',
    grid: { stroke: '#e3e6ea', width: 1 },
    ticks: { stroke: '#c6ccd5', width: 1 },
  };
  const plot = new uPlot(
    {
      width: width(),
      height: options.height ?? 260,
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, points: { size: 8 } },
      scales: {
        x: { time: false, range: () => [0, Math.max(1, days.length - 1)] },
        y: { range: () => [0, countAxisMax(series)] },
      },
      axes: [
        {
          ...axis,
          incrs: DAY_INCRS,
          space: 56,
          splits: (_u: uPlot, _axis: number, _min: number, _max: number, step: number) =>
            daySplits(days.length - 1, step),
          values: (_u, splits) =>
            splits.map((split) => {
              const day = Number.isInteger(split) ? days[split] : undefined;
              return day ? options.dayLabel(day) : '';
            }),
        },
        {
          ...axis,
          incrs: COUNT_INCRS,
          size: 48,
          values: (_u, splits) => splits.map((split) => options.integer(split)),
        },
      ],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2.5,
          ...(s.dash && { dash: s.dash }),
          points: { stroke: s.color, fill: '#fff', size: 6 },
        })),
      ],
      hooks: {
        setCursor: [
          (u: uPlot) => {
            const index = u.cursor.idx;
            const day = index === null || index === undefined ? undefined : days[index];
            readout.textContent = day
              ? `${options.dayLabel(day)}: ${series.map((s) => `${s.label} ${options.integer(s.values[index as number] ?? 0)}`).join(' · ')}`
              : '';
          },
        ],
      },
    },
    [x, ...series.map((s) => s.values)],
    host,
  );
  host.append(readout);
  const resize = new ResizeObserver(() => {
    if (plot.width !== width()) plot.setSize({ width: width(), height: plot.height });
  });
  resize.observe(host);
  return {
    destroy() {
      resize.disconnect();
      plot.destroy();
      readout.remove();
    },
  };
}
