import { button, h } from '../dom.ts';
import { type ChatTexts, LANGUAGE_NAMES } from './chat-i18n.ts';
import { transcriptFileName } from './chat-session.ts';
import type { ChatWindow, SheetKind } from './chat-state.ts';
import { osloDay } from './voted.ts';

/** The "?" button in the title bar, which opens and closes the menu. */
export function menuButton(t: ChatTexts): HTMLButtonElement {
  return h(
    'button',
    {
      id: 'kc-m',
      type: 'button',
      'aria-label': t.menu,
      'data-a': 'menu',
      'aria-expanded': 'false',
      'aria-controls': 'kc-s',
    },
    '?',
  );
}

/**
 * The sheet under the title bar: the menu (download the conversation, «Glem meg», the
 * language), the «Glem meg» confirmation, and the offers once the visitor ends the
 * conversation. It pushes the conversation down rather than covering it, and the log keeps
 * its newest message in view (see chat-conversation.ts).
 */
export function menuSheet(): HTMLElement {
  return h('div', { id: 'kc-s', class: 'sheet', role: 'group', hidden: '' });
}

/** The "?" button opens and closes the menu; «Avslutt samtalen» ends the conversation and makes its offers. */
export function listenToMenu(w: ChatWindow): void {
  w.endButton.addEventListener('click', () => {
    w.session.end();
    w.state.ended = true;
    w.form.hidden = true;
    w.endButton.hidden = true;
    w.menuButton.hidden = true;
    showSheet(w, 'ended');
  });
  w.menuButton.addEventListener('click', () => (w.sheet.hidden ? showSheet(w, 'menu') : closeSheet(w, true)));
}

/** Opens the sheet with the given content, the focus on its least destructive choice. */
export function showSheet(w: ChatWindow, kind: SheetKind): void {
  const t = w.t;
  const state = w.state;
  const sheet = w.sheet;
  const cancel = sheetButton(
    t.cancel,
    () => (state.ended ? showSheet(w, 'ended') : closeSheet(w, true)),
    'alt',
  );
  const content = {
    menu: () => [...(w.session.active ? offers(w) : [h('p', { id: 'kc-h' }, t.menuEmpty)]), ...languages(w)],
    confirm: () => [
      h('p', { id: 'kc-h' }, t.confirmForget),
      h(
        'div',
        { class: 'row' },
        sheetButton(t.confirmYes, () => forget(w)),
        cancel,
      ),
    ],
    ended: () => [
      h('p', { id: 'kc-h' }, t.ended),
      ...offers(w),
      h(
        'div',
        { class: 'row' },
        sheetButton(t.restart, () => restart(w)),
      ),
    ],
  }[kind]();
  state.sheetKind = kind;
  sheet.replaceChildren(...content);
  // The menu is named by its button; the confirmation and the end offers by their question.
  sheet.setAttribute('aria-labelledby', kind === 'menu' ? 'kc-m' : 'kc-h');
  sheet.hidden = false;
  w.menuButton.setAttribute('aria-expanded', String(!state.ended));
  // The least destructive choice gets the focus: Avbryt before «Ja, slett».
  (kind === 'confirm' ? cancel : sheet.querySelector('button'))?.focus();
}

/** Closes the sheet; with `refocus` the focus goes back to the "?" button. */
export function closeSheet(w: ChatWindow, refocus = false): void {
  w.state.sheetKind = undefined;
  w.sheet.hidden = true;
  w.sheet.replaceChildren();
  w.menuButton.setAttribute('aria-expanded', 'false');
  if (refocus) w.menuButton.focus();
}

/** A button of the sheet; `kind` is its class ('alt' for the light ones). */
function sheetButton(
  label: string,
  onClick: () => void,
  kind = '',
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  return button(label, onClick, { class: kind, ...attrs });
}

/**
 * The choice of language, when the site has more than one: each named in itself, the one in
 * use pressed. Choosing one changes the window's words at once (the sheet stays open, with
 * the focus on the choice) and the language the chatbot answers in.
 */
function languages(w: ChatWindow): HTMLElement[] {
  const langs = w.config.langs;
  if (langs.length < 2) return [];
  const current = w.session.chosen ?? w.config.lang;
  return [
    h('p', { id: 'kc-l', class: 'label' }, w.t.language),
    h(
      'div',
      { class: 'row', role: 'group', 'aria-labelledby': 'kc-l' },
      ...langs.map((lang) =>
        sheetButton(LANGUAGE_NAMES[lang], () => w.choose(lang), 'alt', {
          lang,
          'aria-pressed': String(lang === current),
        }),
      ),
    ),
  ];
}

/** The download of the conversation (as text or as JSON) and «Glem meg». */
function offers(w: ChatWindow): HTMLElement[] {
  const t = w.t;
  return [
    h('p', { id: 'kc-d', class: 'label' }, t.download),
    h(
      'div',
      { class: 'row', role: 'group', 'aria-labelledby': 'kc-d' },
      sheetButton(t.asText, () => download(w, 'text'), 'alt'),
      sheetButton(t.asJson, () => download(w, 'json'), 'alt'),
    ),
    h(
      'div',
      { class: 'row' },
      sheetButton(t.forget, () => showSheet(w, 'confirm'), 'alt'),
    ),
  ];
}

/** Saves the conversation's export as a file named by the day. */
function download(w: ChatWindow, format: 'text' | 'json'): void {
  void w.once(async () => {
    const result = await w.session.download(format);
    if (!result.ok) return w.fail(result.failure);
    const type = format === 'text' ? 'text/plain' : 'application/json';
    const url = URL.createObjectURL(new Blob([result.data], { type: `${type};charset=utf-8` }));
    const link = h('a', { href: url, download: transcriptFileName(format, osloDay()), hidden: '' });
    w.root.append(link);
    link.click();
    link.remove();
    // Some browsers read the blob only after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    w.status.textContent = w.t.downloaded;
  });
}

/** «Ja, slett samtalen»: the service deletes the conversation, and the window starts afresh. */
function forget(w: ChatWindow): void {
  void w.once(async () => {
    const result = await w.session.forget();
    if (result.ok) w.fresh(w.t.forgotten);
    else w.fail(result.failure);
  });
}

/** «Start en ny samtale» after the end: this tab forgets the old one. */
function restart(w: ChatWindow): void {
  w.session.reset();
  w.fresh();
}
