import { button, h } from '../dom.ts';
import { COLORS, chartBlock, panel, table } from './blocks.ts';
import type { LineSeries } from './chart.ts';
import { isDay } from './days.ts';
import { filtersForm } from './filters.ts';
import { unansweredDays } from './labels.ts';
import { pickForm } from './pick-form.ts';
import { drawResults, hasRole, loadInto, loggedNotice, type Screen, unlessSignIn } from './screens.ts';
import type { Dashboard } from './state.ts';
import { share } from './stats.ts';

/**
 * The questions the chatbot had no answer to: for editors the share per day (from the chat
 * statistics), and for reviewers (role `transcripts`) the masked questions of one day, repeats
 * grouped. Those are only read when asked for, and the read is audited.
 */
export const unansweredScreen: Screen = {
  intro: (d) => d.state.t.unansweredIntro,
  form: (d) => (hasRole(d, 'stats') ? filtersForm(d) : h('div')),
  load: (d) => {
    if (!hasRole(d, 'stats')) {
      drawUnanswered(d);
      return Promise.resolve();
    }
    return loadInto(
      d,
      () => d.api.chatStats(d.state.site.id, d.state.range),
      (chat) => {
        d.state.data.unanswered = chat;
      },
      () => drawUnanswered(d),
    );
  },
  draw: (d) => drawUnanswered(d),
};

/** The day's unanswered questions, or with `more` the next page added; a failure is shown in their part only. */
function loadQuestions(d: Dashboard, more: boolean): Promise<void> {
  const { state } = d;
  const before = state.data.questions;
  const shown = more && before && before !== 'failed' ? before.items : [];
  const cursor = more && before && before !== 'failed' ? before.next : undefined;
  return loadInto(
    d,
    () => d.api.unanswered(state.site.id, state.day, cursor).catch(unlessSignIn('failed' as const)),
    (page) => {
      state.data.questions =
        page === 'failed' ? 'failed' : { date: page.date, items: [...shown, ...page.items], next: page.next };
    },
    () => drawUnanswered(d),
    () =>
      (
        state.results?.querySelectorAll<HTMLElement>('[data-table="questions"] tbody th')[shown.length] ??
        state.results?.querySelector<HTMLElement>('#questions-h')
      )?.focus(),
  );
}

function drawUnanswered(d: Dashboard): void {
  drawResults(d, 'unanswered', () => {
    const parts: HTMLElement[] = [];
    const chat = d.state.data.unanswered;
    if (chat) parts.push(sharePanel(d, chat));
    if (hasRole(d, 'transcripts')) parts.push(questionsPanel(d));
    return parts;
  });
}

function sharePanel(d: Dashboard, chat: NonNullable<Dashboard['state']['data']['unanswered']>): HTMLElement {
  const { t, fmt, statusLine } = d.state;
  if (statusLine) statusLine.textContent = t.showing(fmt.range(chat.from, chat.to));
  const days = unansweredDays(chat.daily);
  const lines: LineSeries[] = [
    { label: t.messages, values: days.map((day) => day.messages), color: COLORS.messages, dash: [2, 3] },
    { label: t.fallback, values: days.map((day) => day.fallback), color: COLORS.fallback, dash: [8, 4] },
  ];
  // Newest first, and only the days with questions: a day without any has no share.
  const asked = days.filter((day) => day.messages > 0).reverse();
  const total = fmt.percent(share(chat.totals.fallback, chat.totals.messages));
  const alt = t.unansweredChartAlt(fmt.range(chat.from, chat.to), total);
  return panel(
    'unanswered',
    t.unansweredCaption,
    chartBlock(
      d,
      'unanswered-chart',
      t.unansweredChart,
      alt,
      days.map((day) => day.date),
      lines,
    ),
    ...(asked.length === 0
      ? [h('p', { class: 'empty' }, t.noConversations)]
      : [
          table(
            t.unansweredCaption,
            [t.date, t.questions, t.unansweredCount, t.share],
            asked.map((day) => [
              fmt.day(day.date),
              fmt.integer(day.messages),
              fmt.integer(day.fallback),
              fmt.percent(day.share),
            ]),
            'unanswered-days',
          ),
          h('p', { class: 'hint' }, t.daysWithQuestions),
        ]),
  );
}

function questionsPanel(d: Dashboard): HTMLElement {
  const { t, fmt, data } = d.state;
  const questions = data.questions;
  const form = pickForm(d, {
    id: 'questions-day',
    type: 'date',
    label: t.day,
    value: d.state.day,
    max: d.today(),
    valid: isDay,
    invalid: t.dayInvalid,
    submit: t.show,
    before: loggedNotice(d),
    withSite: false,
    onPick: (day) => {
      d.state.day = day;
      void loadQuestions(d, false);
    },
  });
  const parts: HTMLElement[] = [form];
  if (questions === 'failed') parts.push(h('p', { class: 'notice', role: 'alert' }, t.loadError));
  else if (questions && questions.items.length === 0) parts.push(h('p', { class: 'empty' }, t.noUnanswered));
  else if (questions) {
    const list = table(
      t.questionsCaption(fmt.day(questions.date)),
      [t.question, t.times, t.lastAsked],
      questions.items.map((q) => [q.text, fmt.integer(q.count), fmt.moment(q.lastAt)]),
      'questions',
    );
    for (const th of list.querySelectorAll('tbody th')) th.setAttribute('tabindex', '-1');
    parts.push(list);
    if (questions.next)
      parts.push(button(t.moreQuestions, () => void loadQuestions(d, true), { class: 'quiet' }));
  }
  const section = panel('questions', t.questionsOfDay, ...parts);
  section.querySelector('h2')?.setAttribute('tabindex', '-1');
  return section;
}
