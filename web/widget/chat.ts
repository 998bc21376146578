import { chatApi } from './chat-api.ts';
import { CHAT_TEXTS } from './chat-i18n.ts';
import { chatSession, type Failure, sessionStore, transcriptFileName } from './chat-session.ts';
import { addStyles, h } from './dom.ts';
import type { ChatHandoff } from './handoff.ts';
import { osloDay } from './voted.ts';

/** The contract's limit for one message. */
export const MAX_QUESTION_LENGTH = 2000;

/**
 * The chat window's styles, added to the launcher's shadow root (see launcher.ts). The same
 * custom properties as the feedback widget, plus three for the window:
 *
 *   --kf-window-bg  window background (default #fff)
 *   --kf-bot-bg     the bot's speech bubbles (default #f3f5f8, or --kf-bg)
 *   --kf-shadow     the window's shadow (default 0 .5em 2em rgba(0,0,0,.3))
 *
 * User bubbles use --kf-accent and --kf-accent-text, so keep those at 4.5:1 as well. The
 * window slides in without fading: half transparent, its text would fall below AA contrast
 * while it opens. With prefers-reduced-motion it just appears.
 */
const CSS = `
.win{position:fixed;right:1em;bottom:5em;box-sizing:border-box;display:flex;flex-direction:column;width:min(25em,calc(100vw - 2em));height:min(38em,calc(100vh - 7em));overflow:auto;font:medium/1.5 var(--kf-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--kf-text,#1a1a1a);background:var(--kf-window-bg,#fff);border:1px solid var(--kf-border,#c6ccd5);border-radius:var(--kf-radius,8px);box-shadow:var(--kf-shadow,0 .5em 2em rgba(0,0,0,.3))}
*{box-sizing:border-box}
.top{display:flex;align-items:center;gap:.5em;padding:.5em .5em .5em 1em;color:var(--kf-accent-text,#fff);background:var(--kf-accent,#0b4f8a)}
h2{flex:1;margin:0;font-size:1.125em;line-height:1.3}
p{margin:0}
button{min-height:44px;padding:.5em 1em;font:inherit;font-weight:600;color:var(--kf-accent-text,#fff);background:var(--kf-accent,#0b4f8a);border:2px solid var(--kf-accent,#0b4f8a);border-radius:6px;cursor:pointer}
button:hover{background:var(--kf-accent-hover,#083a66)}
.top button{min-width:44px;padding:0 .5em;font-size:1.25em;line-height:1;border-color:var(--kf-accent-text,#fff)}
.top :focus-visible{outline-color:var(--kf-accent-text,#fff)}
button.alt{color:var(--kf-accent,#0b4f8a);background:var(--kf-window-bg,#fff)}
button.alt:hover{background:var(--kf-bg,#f3f5f8)}
button.link{min-height:24px;padding:0;color:inherit;background:none;border:0;text-decoration:underline}
button.link:hover{background:none;text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--kf-focus,#1a1a1a);outline-offset:2px}
.sheet{display:grid;gap:.5em;padding:.75em 1em;background:var(--kf-bg,#f3f5f8);border-bottom:1px solid var(--kf-border,#c6ccd5)}
.sheet button{padding:.5em .75em}
#kc-d{font-weight:600}
.row{display:flex;flex-wrap:wrap;gap:.5em}
.log{flex:1 0 6em;display:flex;flex-direction:column;gap:.5em;overflow-y:auto;padding:1em}
.log:focus-visible{outline-offset:-3px}
.m{max-width:85%;padding:.5em .75em;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}
.bot{align-self:flex-start;background:var(--kf-bot-bg,var(--kf-bg,#f3f5f8));border-bottom-left-radius:2px}
.user{align-self:flex-end;color:var(--kf-accent-text,#fff);background:var(--kf-accent,#0b4f8a);border-bottom-right-radius:2px}
.status:not(:empty){padding:.25em 1em;font-weight:600}
form{padding:.5em 1em 0}
label{display:block;font-weight:600}
input{flex:1;min-width:0;min-height:44px;padding:.5em;font:inherit;color:#1a1a1a;background:#fff;border:1px solid #5f6b7a;border-radius:4px}
.foot{padding:.5em 1em .75em;font-size:.875em}
.foot p{margin-top:.25em;font-size:.9375em}
a{color:inherit}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
[hidden]{display:none!important}
@media (prefers-reduced-motion:no-preference){.win{animation:kc-in .2s ease-out}button{transition:background-color .15s}}
@keyframes kc-in{from{transform:translateY(1em)}}
`;

/**
 * The chat window: a non-modal dialog over the page's corner, opened and closed by the
 * launcher. Server text is only ever set as text (never as HTML). Every failure is shown as a
 * polite message in the window; nothing is thrown into the host page.
 */
export function mountChat(handoff: ChatHandoff): void {
  if (handoff.toggle) return;
  const config = handoff.config;
  const root = handoff.root;
  const launcher = handoff.launcher;
  const t = CHAT_TEXTS[config.lang];
  const session = chatSession({
    api: chatApi(config),
    storage: sessionStore(),
    site: config.site,
    lang: config.lang,
    // Origin and path only: a query string or fragment may hold personal data.
    startUrl: location.origin + location.pathname,
  });
  addStyles(root, CSS);

  const closeButton = h('button', { type: 'button', 'aria-label': t.close }, '×');
  const menuButton = h(
    'button',
    { id: 'kc-m', type: 'button', 'aria-label': t.menu, 'aria-expanded': 'false', 'aria-controls': 'kc-s' },
    '?',
  );
  const sheet = h('div', { id: 'kc-s', class: 'sheet', role: 'group', hidden: '' });
  const log = h('div', {
    class: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': t.log,
    tabindex: '0',
  });
  const status = h('p', { class: 'status', role: 'status' });
  const input = h('input', {
    id: 'kc-q',
    type: 'text',
    maxlength: String(MAX_QUESTION_LENGTH),
    autocomplete: 'off',
    enterkeyhint: 'send',
  });
  const form = h(
    'form',
    {},
    h('label', { for: 'kc-q' }, t.question),
    h('div', { class: 'row' }, input, h('button', { type: 'submit' }, t.send)),
  );
  const endButton = h('button', { type: 'button', class: 'link', hidden: '' }, t.end);
  const privacy = h('p', {}, t.privacy);
  if (config.privacyUrl) privacy.append(' ', h('a', { href: config.privacyUrl }, t.privacyLink));
  const win = h(
    'section',
    { id: 'kc-w', class: 'win', role: 'dialog', 'aria-labelledby': 'kc-t', lang: config.lang, hidden: '' },
    h('div', { class: 'top' }, h('h2', { id: 'kc-t' }, t.title), menuButton, closeButton),
    sheet,
    log,
    status,
    form,
    h('div', { class: 'foot' }, endButton, privacy),
  );
  root.append(win);
  launcher.setAttribute('aria-controls', 'kc-w');

  let busy = false;
  let resumed = false;
  let ended = false;
  let sheetKind: 'menu' | 'confirm' | 'ended' | undefined;

  /** One speech bubble; the hidden "Du:" / "Chatboten:" tells screen readers who speaks. */
  const say = (role: 'user' | 'bot', text: string) => {
    const bubble = h(
      'p',
      { class: `m ${role}` },
      h('span', { class: 'sr' }, role === 'user' ? t.you : t.bot),
      text,
    );
    log.append(bubble);
    log.scrollTop = log.scrollHeight;
    return bubble;
  };

  /** A new, empty window; `notice` says why (the conversation was deleted, or is gone). */
  const fresh = (notice = '') => {
    ended = false;
    form.hidden = false;
    menuButton.hidden = false;
    endButton.hidden = !session.active;
    closeSheet();
    log.replaceChildren();
    say('bot', t.welcome);
    status.textContent = notice;
    input.focus();
  };

  const fail = (failure: Failure) => {
    if (failure === 'gone') fresh(t.gone);
    else status.textContent = failure === 'full' ? t.full : t.error;
  };

  /** Runs one request at a time, so double clicks and Enter presses send nothing twice. */
  const once = async (action: () => Promise<void>) => {
    if (busy) return;
    busy = true;
    status.textContent = '';
    try {
      await action();
    } finally {
      busy = false;
    }
  };

  // ── The sheet under the title bar: the "?" menu, the «Glem meg» confirmation, the end offers.

  const offers = () => [
    h('p', { id: 'kc-d' }, t.download),
    h(
      'div',
      { class: 'row', role: 'group', 'aria-labelledby': 'kc-d' },
      button(t.asText, () => download('text'), 'alt'),
      button(t.asJson, () => download('json'), 'alt'),
    ),
    h(
      'div',
      { class: 'row' },
      button(t.forget, () => showSheet('confirm'), 'alt'),
    ),
  ];

  function button(label: string, onClick: () => void, kind = '') {
    const element = h('button', { type: 'button', class: kind }, label);
    element.addEventListener('click', onClick);
    return element;
  }

  function showSheet(kind: 'menu' | 'confirm' | 'ended') {
    const cancel = button(t.cancel, () => (ended ? showSheet('ended') : closeSheet(true)), 'alt');
    const content = {
      menu: () => (session.active ? offers() : [h('p', { id: 'kc-h' }, t.menuEmpty)]),
      confirm: () => [
        h('p', { id: 'kc-h' }, t.confirmForget),
        h('div', { class: 'row' }, button(t.confirmYes, forget), cancel),
      ],
      ended: () => [
        h('p', { id: 'kc-h' }, t.ended),
        ...offers(),
        h('div', { class: 'row' }, button(t.restart, restart)),
      ],
    }[kind]();
    sheetKind = kind;
    sheet.replaceChildren(...content);
    // The menu is named by its button; the confirmation and the end offers by their question.
    sheet.setAttribute('aria-labelledby', kind === 'menu' ? 'kc-m' : 'kc-h');
    sheet.hidden = false;
    menuButton.setAttribute('aria-expanded', String(!ended));
    // The least destructive choice gets the focus: Avbryt before «Ja, slett».
    (kind === 'confirm' ? cancel : sheet.querySelector('button'))?.focus();
  }

  function closeSheet(refocus = false) {
    sheetKind = undefined;
    sheet.hidden = true;
    sheet.replaceChildren();
    menuButton.setAttribute('aria-expanded', 'false');
    if (refocus) menuButton.focus();
  }

  // ── What the visitor does.

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    void once(async () => {
      // Shown at once, then replaced by the text as the service stored it (masked). Screen
      // readers hear it once, as stored, when it is revealed together with the answer.
      const mine = say('user', text);
      mine.setAttribute('aria-hidden', 'true');
      input.value = '';
      const waiting = h('p', { class: 'm bot', 'aria-hidden': 'true' }, '…');
      log.append(waiting);
      const result = await session.ask(text);
      waiting.remove();
      if (result.ok) {
        mine.lastChild?.replaceWith(result.data.message.text);
        mine.removeAttribute('aria-hidden');
        say('bot', result.data.reply.text);
        endButton.hidden = false;
        return;
      }
      mine.remove();
      fail(result.failure);
      // Kept, so the visitor can send it again (in a new conversation if the old one is gone).
      input.value = text;
    });
  });

  function download(format: 'text' | 'json') {
    void once(async () => {
      const result = await session.download(format);
      if (!result.ok) return fail(result.failure);
      const type = format === 'text' ? 'text/plain' : 'application/json';
      const url = URL.createObjectURL(new Blob([result.data], { type: `${type};charset=utf-8` }));
      const link = h('a', { href: url, download: transcriptFileName(format, osloDay()), hidden: '' });
      root.append(link);
      link.click();
      link.remove();
      // Some browsers read the blob only after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      status.textContent = t.downloaded;
    });
  }

  function forget() {
    void once(async () => {
      const result = await session.forget();
      if (result.ok) fresh(t.forgotten);
      else fail(result.failure);
    });
  }

  function restart() {
    session.reset();
    fresh();
  }

  endButton.addEventListener('click', () => {
    session.end();
    ended = true;
    form.hidden = true;
    endButton.hidden = true;
    menuButton.hidden = true;
    showSheet('ended');
  });

  menuButton.addEventListener('click', () => (sheet.hidden ? showSheet('menu') : closeSheet(true)));
  closeButton.addEventListener('click', () => toggle());

  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape' || win.hidden) return;
    event.stopPropagation();
    // Escape closes what is innermost: the menu or confirmation first, then the window.
    if (sheetKind === 'confirm' && ended) showSheet('ended');
    else if (sheetKind && !ended) closeSheet(true);
    else toggle();
  });

  // ── Opening and closing.

  function toggle() {
    const open = win.hidden;
    win.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    if (!open) {
      launcher.focus();
      return;
    }
    if (ended) sheet.querySelector('button')?.focus();
    else input.focus();
    if (!resumed) resume();
  }

  /** A conversation from an earlier page of this tab: its lines, from the tab's storage. */
  function resume() {
    resumed = true;
    if (!session.active) return;
    void once(async () => {
      const result = await session.resume();
      if (!result.ok) return fail(result.failure);
      // Announcing a whole conversation at once would drown the visitor; the log is there to read.
      log.setAttribute('aria-live', 'off');
      for (const line of result.data) say(line.role, line.text);
      endButton.hidden = false;
      setTimeout(() => log.setAttribute('aria-live', 'polite'), 0);
    });
  }

  say('bot', t.welcome);
  handoff.toggle = toggle;
}
