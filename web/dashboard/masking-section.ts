import { h } from '../dom.ts';
import { panel, table } from './blocks.ts';
import { filtersForm } from './filters.ts';
import { categoryRows, maskedInWords, weekNumber } from './labels.ts';
import { drawResults, loadInto, type Screen } from './screens.ts';
import type { Dashboard } from './state.ts';

/**
 * What the hourly re-check job masked (role `stats`), per category and week: counts only, so
 * the data protection officer can see the anonymizer at work.
 */
export const maskingScreen: Screen = {
  intro: (d) => d.state.t.maskingIntro,
  form: filtersForm,
  load: (d) =>
    loadInto(
      d,
      () => d.api.masking(d.state.site.id, d.state.range),
      (masking) => {
        d.state.data.masking = masking;
      },
      () => drawMasking(d),
    ),
  draw: (d) => drawMasking(d),
};

function drawMasking(d: Dashboard): void {
  drawResults(d, 'masking', () => {
    const { t, fmt, data, statusLine } = d.state;
    const masking = data.masking;
    if (!masking) return undefined;
    if (statusLine) statusLine.textContent = t.showing(fmt.range(masking.from, masking.to));
    const { rows, total } = categoryRows(masking.totals);
    const weeks = masking.weeks.map((week) => {
      const sum = categoryRows(week.categories).total;
      return [
        t.week(weekNumber(week.week), fmt.shortDay(week.start)),
        fmt.integer(sum),
        maskedInWords(week.categories, t, fmt) || '–',
      ];
    });
    return [
      panel(
        'masking',
        t.screens.masking,
        ...(total === 0 ? [h('p', { class: 'empty' }, t.noMasking)] : []),
        h(
          'div',
          { class: 'pair' },
          table(
            t.maskingTotalsCaption,
            [t.category, t.count],
            [
              ...rows.map(([category, count]) => [t.categories[category], fmt.integer(count)]),
              [t.total, fmt.integer(total)],
            ],
            'masking-totals',
          ),
          table(t.maskingWeeksCaption, [t.weekColumn, t.total, t.maskedWhat], weeks, 'masking-weeks'),
        ),
      ),
    ];
  });
}
