import { button, h } from '../dom.ts';
import { checkRange, type DayRange, lastDays, MAX_RANGE_DAYS, QUICK_RANGES, quickRangeOf } from './days.ts';
import type { Dashboard } from './state.ts';

/**
 * The filters: the site (when there are several), the period by its first and last day, and
 * the quick ranges. A range that cannot be asked for is refused at its field.
 */
export function filtersForm(d: Dashboard): HTMLFormElement {
  const { state } = d;
  const { t } = state;
  const max = d.today();
  const from = h('input', {
    id: 'from',
    name: 'from',
    type: 'date',
    value: state.range.from,
    max,
    required: '',
  });
  const to = h('input', { id: 'to', name: 'to', type: 'date', value: state.range.to, max, required: '' });
  const error = h('p', { id: 'range-error', class: 'field-error' });
  const fields: HTMLElement[] = [];
  if (d.config.sites.length > 1) fields.push(siteField(d));
  fields.push(
    h('div', { class: 'field' }, h('label', { for: 'from' }, t.from), from),
    h('div', { class: 'field' }, h('label', { for: 'to' }, t.to), to),
    h('button', { type: 'submit' }, t.show),
  );
  const quick = h(
    'div',
    { class: 'quick', role: 'group', 'aria-label': t.quickRanges },
    ...QUICK_RANGES.map((days) =>
      button(
        t.lastDays(days),
        () => {
          const next = lastDays(days, d.today());
          from.value = next.from;
          to.value = next.to;
          setRange(next);
        },
        { class: 'quiet', 'data-days': String(days), 'aria-pressed': 'false' },
      ),
    ),
  );
  const form = h(
    'form',
    { class: 'filters', 'aria-label': t.filters, novalidate: '' },
    h('div', { class: 'row' }, ...fields),
    error,
    quick,
  );
  const markQuick = () => {
    const current = quickRangeOf(state.range, d.today());
    for (const quickButton of quick.querySelectorAll('button')) {
      quickButton.setAttribute('aria-pressed', String(Number(quickButton.dataset.days) === current));
    }
  };
  markQuick();
  const clearError = () => {
    error.textContent = '';
    for (const input of [from, to]) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  };
  const setRange = (next: DayRange) => {
    clearError();
    state.range = next;
    markQuick();
    void d.load();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = checkRange(from.value, to.value);
    if (!checked.ok) {
      clearError();
      error.textContent =
        checked.problem === 'invalid'
          ? t.rangeInvalid
          : checked.problem === 'order'
            ? t.rangeOrder
            : t.rangeTooLong(MAX_RANGE_DAYS);
      const field = checked.field === 'from' ? from : to;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', 'range-error');
      field.focus();
      return;
    }
    setRange(checked.range);
  });
  return form;
}

/** The open screen's heading: the statistics "for" the site, any other screen by its name and the site's. */
export function screenHeading(d: Dashboard): string {
  const { t, screen, site } = d.state;
  return screen === 'stats' ? t.heading(site.name) : `${t.screens[screen]} – ${site.name}`;
}

/** The choice of site (when there are several); a new site keeps the period and loads its figures. */
export function siteFields(d: Dashboard): HTMLElement[] {
  return d.config.sites.length > 1 ? [siteField(d)] : [];
}

/** The choice of site; a new site keeps the period and loads its figures. */
function siteField(d: Dashboard): HTMLElement {
  const { state, config } = d;
  const { t } = state;
  const select = h(
    'select',
    { id: 'site', name: 'site' },
    ...config.sites.map((s) => {
      const option = h('option', { value: s.id }, s.name);
      option.selected = s.id === state.site.id;
      return option;
    }),
  );
  select.addEventListener('change', () => {
    state.site = config.sites.find((s) => s.id === select.value) ?? state.site;
    document.title = `${t.appName} – ${state.site.name}`;
    const heading = d.main.querySelector('h1');
    if (heading) heading.textContent = screenHeading(d);
    state.commentsUrl = '';
    state.data = {};
    void d.load();
  });
  return h('div', { class: 'field' }, h('label', { for: 'site' }, t.site), select);
}
