import { addStyles, h } from '../dom.ts';
import { chatApi } from './chat-api.ts';
import { composerForm, listenForQuestions, questionInput } from './chat-composer.ts';
import { conversationLog, introNote, resume, showIntro } from './chat-conversation.ts';
import { CHAT_TEXTS, type ChatTexts } from './chat-i18n.ts';
import { closeSheet, listenToMenu, menuButton, menuSheet, showSheet } from './chat-menu.ts';
import { chatSession, type Failure, sessionStore } from './chat-session.ts';
import type { ChatParts, ChatWindow } from './chat-state.ts';
import type { WidgetConfig } from './config.ts';
import type { ChatHandoff } from './handoff.ts';
import type { Lang } from './i18n.ts';

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
 * while it opens. With prefers-reduced-motion it just appears. Only the log gives up room when
 * the sheet opens, and the "?" button keeps its place when hidden (the conversation ended), so the
 * title bar keeps its height and place whatever the sheet shows.
 */
const CSS = `
.win{position:fixed;right:1em;bottom:5em;box-sizing:border-box;display:flex;flex-direction:column;width:min(25em,calc(100vw - 2em));height:min(38em,calc(100vh - 7em));overflow:auto;font:medium/1.5 var(--kf-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--kf-text,#1a1a1a);background:var(--kf-window-bg,#fff);border:1px solid var(--kf-border,#c6ccd5);border-radius:var(--kf-radius,8px);box-shadow:var(--kf-shadow,0 .5em 2em rgba(0,0,0,.3))}
*{box-sizing:border-box}
.win>*{flex:none}
.top{position:sticky;top:0;z-index:1;display:flex;align-items:center;gap:.5em;padding:.5em .5em .5em 1em;color:var(--kf-accent-text,#fff);background:var(--kf-accent,#0b4f8a)}
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
.sheet{display:grid;gap:.5em;max-height:50%;overflow-y:auto;padding:.75em 1em;background:var(--kf-bg,#f3f5f8);border-bottom:1px solid var(--kf-border,#c6ccd5)}
.sheet button{padding:.5em .75em}
.sheet button[aria-pressed=true]{color:var(--kf-accent-text,#fff);background:var(--kf-accent,#0b4f8a)}
.label{font-weight:600}
.row{display:flex;flex-wrap:wrap;gap:.5em}
.win>.log{position:relative;flex:1 1 0;min-height:6em;display:flex;flex-direction:column;gap:.5em;overflow-y:auto;padding:1em}
.intro{margin-top:auto;padding:.5em .75em;border-left:4px solid var(--kf-accent,#0b4f8a)}
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
.top button[hidden]{display:block!important;visibility:hidden}
@media (max-width:30em){.win{height:calc(100vh - 7em)}}
@media (prefers-reduced-motion:no-preference){.win{animation:kc-in .2s ease-out}button{transition:background-color .15s}}
@keyframes kc-in{from{transform:translateY(1em)}}
`;

/**
 * The chat window: a non-modal dialog over the page's corner, opened and closed by the
 * launcher. Server text is only ever set as text (never as HTML). Every failure is shown as a
 * polite message in the window; nothing is thrown into the host page. Its sections are modules
 * of their own: the conversation (chat-conversation.ts), the question field (chat-composer.ts)
 * and the "?" menu (chat-menu.ts), sharing one ChatWindow with one state object.
 */
export function mountChat(handoff: ChatHandoff): void {
  if (handoff.toggle) return;
  // No destructuring in the widgets: esbuild cannot lower it for Safari 14.
  const config = handoff.config;
  const root = handoff.root;
  const launcher = handoff.launcher;
  const session = chatSession({
    api: chatApi(config),
    storage: sessionStore(),
    site: config.site,
    lang: config.lang,
    // Origin and path only: a query string or fragment may hold personal data.
    startUrl: location.origin + location.pathname,
  });
  // A language chosen on an earlier page of the tab goes on here.
  const t = CHAT_TEXTS[session.chosen ?? config.lang];
  addStyles(root, CSS);
  const w: ChatWindow = {
    ...chatParts(t, config, session.chosen ?? config.lang),
    t,
    config,
    session,
    root,
    launcher,
    state: { busy: false, resumed: false, ended: false, sheetKind: undefined },
    fresh: (notice) => fresh(w, notice),
    fail: (failure) => fail(w, failure),
    once: (action) => once(w, action),
    choose: (lang) => choose(w, lang),
  };
  root.append(w.win);
  launcher.setAttribute('aria-controls', 'kc-w');
  listenForQuestions(w);
  listenToMenu(w);
  w.closeButton.addEventListener('click', () => toggle(w));
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape' || w.win.hidden) return;
    event.stopPropagation();
    // Escape closes what is innermost: the menu or confirmation first, then the window.
    const state = w.state;
    if (state.sheetKind === 'confirm' && state.ended) showSheet(w, 'ended');
    else if (state.sheetKind && !state.ended) closeSheet(w, true);
    else toggle(w);
  });
  // A conversation from an earlier page is shown on the first opening (see toggle).
  if (!session.active) showIntro(w);
  handoff.toggle = () => toggle(w);
}

/**
 * The window and its parts: the title bar with the "?" menu, the log, the question field and
 * the foot. Every word that follows the language choice is marked with the text it shows:
 * `data-t` for the element's text, `data-a` for its accessible name (see `choose`).
 */
function chatParts(t: ChatTexts, config: WidgetConfig, lang: Lang): ChatParts {
  const closeButton = h('button', { type: 'button', 'aria-label': t.close, 'data-a': 'close' }, '×');
  const menu = menuButton(t);
  const sheet = menuSheet();
  const log = conversationLog(t);
  const intro = introNote(t);
  const status = h('p', { class: 'status', role: 'status' });
  const input = questionInput();
  const form = composerForm(t, input);
  const endButton = h('button', { type: 'button', class: 'link', hidden: '', 'data-t': 'end' }, t.end);
  const privacy = h('p', {}, h('span', { 'data-t': 'privacy' }, t.privacy));
  if (config.privacyUrl) {
    privacy.append(' ', h('a', { href: config.privacyUrl, 'data-t': 'privacyLink' }, t.privacyLink));
  }
  const win = h(
    'section',
    { id: 'kc-w', class: 'win', role: 'dialog', 'aria-labelledby': 'kc-t', lang, hidden: '' },
    h('div', { class: 'top' }, h('h2', { id: 'kc-t', 'data-t': 'title' }, t.title), menu, closeButton),
    sheet,
    log,
    status,
    form,
    h('div', { class: 'foot' }, endButton, privacy),
  );
  return { win, closeButton, menuButton: menu, sheet, log, intro, status, form, input, endButton };
}

/** A new, empty window; `notice` says why (the conversation was deleted, or is gone). */
function fresh(w: ChatWindow, notice = ''): void {
  w.state.ended = false;
  w.form.hidden = false;
  w.menuButton.hidden = false;
  w.endButton.hidden = !w.session.active;
  closeSheet(w);
  showIntro(w);
  w.status.textContent = notice;
  w.input.focus();
}

/** Tells the visitor what went wrong; a conversation that is gone makes a fresh window. */
function fail(w: ChatWindow, failure: Failure): void {
  if (failure === 'gone') fresh(w, w.t.gone);
  else w.status.textContent = failure === 'full' ? w.t.full : w.t.error;
}

/** Runs one request at a time, so double clicks and Enter presses send nothing twice. */
async function once(w: ChatWindow, action: () => Promise<void>): Promise<void> {
  if (w.state.busy) return;
  w.state.busy = true;
  w.status.textContent = '';
  try {
    await action();
  } finally {
    w.state.busy = false;
  }
}

/**
 * The visitor's choice of language: every marked word of the window changes at once, and
 * the sheet (where the choice is made) is drawn again, with the focus back on the choice.
 */
function choose(w: ChatWindow, lang: Lang): void {
  w.session.choose(lang);
  const t = CHAT_TEXTS[lang];
  w.t = t;
  w.win.lang = lang;
  for (const element of w.win.querySelectorAll<HTMLElement>('[data-t]')) {
    element.textContent = t[element.dataset.t as keyof ChatTexts];
  }
  for (const element of w.win.querySelectorAll<HTMLElement>('[data-a]')) {
    element.setAttribute('aria-label', t[element.dataset.a as keyof ChatTexts]);
  }
  w.status.textContent = '';
  if (w.state.sheetKind) {
    showSheet(w, w.state.sheetKind);
    w.sheet.querySelector<HTMLElement>('[aria-pressed=true]')?.focus();
  }
}

/** Opens or closes the window; the first opening shows the conversation from an earlier page. */
function toggle(w: ChatWindow): void {
  const open = w.win.hidden;
  w.win.hidden = !open;
  w.launcher.setAttribute('aria-expanded', String(open));
  if (!open) {
    w.launcher.focus();
    return;
  }
  if (w.state.ended) w.sheet.querySelector('button')?.focus();
  else w.input.focus();
  if (!w.state.resumed) resume(w);
}
