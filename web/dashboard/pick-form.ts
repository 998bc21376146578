import { h } from '../dom.ts';
import { siteFields } from './filters.ts';
import type { Dashboard } from './state.ts';

/**
 * A form that picks one month or one day (and the site, when there are several), refused at
 * its field when the value cannot be asked for. `before` is shown above the button: the
 * notice that reading is logged goes there, so it is read before the button is pressed.
 */
export function pickForm(
  d: Dashboard,
  options: {
    id: string;
    type: 'month' | 'date';
    label: string;
    value: string;
    max: string;
    valid: (value: string) => boolean;
    invalid: string;
    submit: string;
    before?: HTMLElement;
    withSite?: boolean;
    onPick: (value: string) => void;
  },
): HTMLFormElement {
  const { id } = options;
  const input = h('input', {
    id,
    name: id,
    type: options.type,
    value: options.value,
    max: options.max,
    required: '',
  });
  const error = h('p', { id: `${id}-error`, class: 'field-error' });
  const form = h(
    'form',
    { class: 'filters', novalidate: '' },
    h(
      'div',
      { class: 'row' },
      ...(options.withSite === false ? [] : siteFields(d)),
      h('div', { class: 'field' }, h('label', { for: id }, options.label), input),
    ),
    ...(options.before ? [options.before] : []),
    h('div', { class: 'row' }, h('button', { type: 'submit' }, options.submit)),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (!options.valid(value) || value > options.max) {
      error.textContent = options.invalid;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `${id}-error`);
      input.focus();
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
    options.onPick(value);
  });
  return form;
}
