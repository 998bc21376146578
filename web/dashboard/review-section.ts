import { button, h } from '../dom.ts';
import type { ConversationExport } from './api.ts';
import { panel, table } from './blocks.ts';
import { isDay } from './days.ts';
import { LANG_NAMES } from './i18n.ts';
import { browserLabel, shortId } from './labels.ts';
import { pickForm } from './pick-form.ts';
import { drawResults, loadInto, loggedNotice, readerName, type Screen } from './screens.ts';
import type { Dashboard } from './state.ts';

/**
 * Transcript review (role `transcripts`): a day's masked conversations, and one of them to
 * read. The service writes every read to the audit trail; the reviewer is told so before the
 * list is asked for, and sees the read on record while reading. Nothing loads by itself: a
 * list is only read when the reviewer asks for it.
 */
export const transcriptsScreen: Screen = {
  intro: (d) => d.state.t.transcriptsIntro,
  form: (d) =>
    pickForm(d, {
      id: 'day',
      type: 'date',
      label: d.state.t.day,
      value: d.state.day,
      max: d.today(),
      valid: isDay,
      invalid: d.state.t.dayInvalid,
      submit: d.state.t.show,
      before: loggedNotice(d),
      onPick: (day) => {
        d.state.day = day;
        void loadDay(d, false);
      },
    }),
  load: async (d) => {
    d.state.data = {};
    drawReview(d);
  },
  draw: (d) => drawReview(d),
};

/** The day's list, or with `more` its next page added to what is shown. */
function loadDay(d: Dashboard, more: boolean): Promise<void> {
  const { state } = d;
  const shown = more ? (state.data.transcripts?.items ?? []) : [];
  const cursor = more ? state.data.transcripts?.next : undefined;
  return loadInto(
    d,
    () => d.api.transcripts(state.site.id, state.day, cursor),
    (page) => {
      state.data.conversation = undefined;
      state.data.transcripts = { date: page.date, items: [...shown, ...page.items], next: page.next };
    },
    () => drawReview(d),
    () => {
      const rows = state.results?.querySelectorAll<HTMLElement>('tbody tr button');
      rows?.[more ? shown.length : 0]?.focus();
    },
  );
}

/** Opens one conversation: the read goes on the audit trail before its text is shown. */
function openConversation(d: Dashboard, id: string): Promise<void> {
  const { state } = d;
  return loadInto(
    d,
    () => d.api.transcript(state.site.id, id),
    (doc) => {
      state.data.conversation = { doc, readAt: new Date().toISOString() };
    },
    () => drawReview(d),
    () => state.results?.querySelector<HTMLElement>('h2')?.focus(),
  );
}

function drawReview(d: Dashboard): void {
  drawResults(
    d,
    'transcripts',
    () => {
      const { data } = d.state;
      if (data.conversation) return [conversationView(d, data.conversation.doc, data.conversation.readAt)];
      if (data.transcripts) return [dayList(d)];
      return [];
    },
    'transcripts',
  );
}

function dayList(d: Dashboard): HTMLElement {
  const { t, fmt, data } = d.state;
  const list = data.transcripts;
  if (!list) return h('div');
  if (d.state.statusLine) d.state.statusLine.textContent = t.showing(fmt.day(list.date));
  const rows = list.items.map((c) => {
    const time = fmt.clock(c.startedAt);
    // "Les" on screen; "Les samtalen fra 16:29" to a screen reader, which hears the button alone.
    const read = button(t.openColumn, () => void openConversation(d, c.conversationId), {
      class: 'quiet',
      'data-conversation': c.conversationId,
      'aria-label': t.openConversation(time),
    });
    return [
      time,
      `${t.platforms[c.platform]}, ${browserLabel(c.browser, t)}, ${LANG_NAMES[c.lang]}`,
      fmt.integer(c.messages.filter((m) => m.role === 'user').length),
      read,
    ];
  });
  return panel(
    'transcripts',
    t.conversationsCaption(fmt.day(list.date)),
    list.items.length === 0
      ? h('p', { class: 'empty' }, t.noTranscripts)
      : table(
          t.conversationsCaption(fmt.day(list.date)),
          [t.started, t.device, t.questions, t.openColumn],
          rows,
          'transcripts',
        ),
    ...(list.next ? [button(t.moreTranscripts, () => void loadDay(d, true), { class: 'quiet' })] : []),
  );
}

/** One conversation as stored (masked), with the notice that this read is on the audit trail. */
function conversationView(d: Dashboard, doc: ConversationExport, readAt: string): HTMLElement {
  const { t, fmt } = d.state;
  const back = button(
    t.backToList,
    () => {
      d.state.data.conversation = undefined;
      drawReview(d);
      d.state.results
        ?.querySelector<HTMLElement>(`[data-conversation="${CSS.escape(doc.conversationId)}"]`)
        ?.focus();
    },
    { class: 'quiet' },
  );
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'conversation-h' },
    h('h2', { id: 'conversation-h', tabindex: '-1' }, t.conversationHeading(fmt.moment(doc.startedAt))),
    h(
      'p',
      { class: 'logged', 'data-notice': 'read-logged' },
      t.readLogged(readerName(d), fmt.moment(readAt)),
    ),
    h(
      'p',
      { class: 'hint' },
      `${LANG_NAMES[doc.lang]} · ${t.platforms[doc.platform]}, ${browserLabel(doc.browser, t)} · ${shortId(doc.conversationId)}`,
    ),
    h(
      'ol',
      { class: 'messages' },
      ...doc.messages.map((m) =>
        h(
          'li',
          { class: m.role },
          h('p', { class: 'who' }, `${m.role === 'user' ? t.visitor : t.bot}, ${fmt.clock(m.at)}`),
          h('p', {}, m.text),
        ),
      ),
    ),
    back,
  );
}
