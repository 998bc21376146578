import { h } from '../dom.ts';
import { isMonth } from './labels.ts';
import { pickForm } from './pick-form.ts';
import { drawResults, loadInto, type Screen } from './screens.ts';
import type { Dashboard } from './state.ts';

/** What a month is billed on (role `stats`): conversations started and questions answered. */
export const billingScreen: Screen = {
  intro: (d) => d.state.t.billingIntro,
  form: (d) =>
    pickForm(d, {
      id: 'month',
      type: 'month',
      label: d.state.t.month,
      value: d.state.month,
      max: d.today().slice(0, 7),
      valid: isMonth,
      invalid: d.state.t.monthInvalid,
      submit: d.state.t.show,
      onPick: (month) => {
        d.state.month = month;
        void d.load();
      },
    }),
  load: (d) =>
    loadInto(
      d,
      () => d.api.billing(d.state.site.id, d.state.month),
      (billing) => {
        d.state.data.billing = billing;
      },
      () => drawBilling(d),
    ),
  draw: (d) => drawBilling(d),
};

function drawBilling(d: Dashboard): void {
  drawResults(d, 'billing', () => {
    const { t, fmt, data, statusLine } = d.state;
    const billing = data.billing;
    if (!billing) return undefined;
    const month = fmt.month(billing.month);
    if (statusLine) statusLine.textContent = t.showing(month);
    const figure = (key: string, label: string, value: number) =>
      h('div', { class: 'figure' }, h('dt', {}, label), h('dd', { 'data-figure': key }, fmt.integer(value)));
    return [
      h(
        'section',
        { 'aria-labelledby': 'billing-h' },
        h('h2', { id: 'billing-h' }, t.billingCaption(month)),
        h(
          'dl',
          { class: 'figures' },
          figure('billedConversations', t.conversations, billing.conversations),
          figure('answeredMessages', t.answeredMessages, billing.answeredMessages),
        ),
      ),
    ];
  });
}
