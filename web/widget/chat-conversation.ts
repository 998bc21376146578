import { h } from '../dom.ts';
import type { ChatLine } from './chat-api.ts';
import type { ChatTexts } from './chat-i18n.ts';
import type { ChatWindow } from './chat-state.ts';

/** The conversation's log: a polite live region, and a scrollable area the keyboard can reach. */
export function conversationLog(t: ChatTexts): HTMLElement {
  const log = h('div', {
    class: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': t.log,
    'data-a': 'log',
    tabindex: '0',
  });
  keepReading(log);
  return log;
}

/**
 * Keeps the newest message in view while the log changes size: when the "Avslutt" link
 * appears under it, the "?" sheet opens above it, or the phone's keyboard comes up. A visitor
 * who scrolled up to read an earlier message is left where they are.
 */
function keepReading(log: HTMLElement): void {
  let atEnd = true;
  let top = 0;
  log.addEventListener('scroll', () => {
    // Only the visitor scrolls up; the window's own scrolling (to a new message) goes down.
    atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 8 || (atEnd && log.scrollTop >= top);
    top = log.scrollTop;
  });
  if (typeof ResizeObserver === 'function') new ResizeObserver(() => atEnd && scrollToEnd(log)).observe(log);
}

function scrollToEnd(log: HTMLElement): void {
  log.scrollTop = log.scrollHeight;
}

/** The advice before the conversation exists (the question field points to it, too). */
export function introNote(t: ChatTexts): HTMLElement {
  return h('p', { id: 'kc-i', class: 'intro', 'data-t': 'intro' }, t.intro);
}

/** One speech bubble; the hidden "Du:" / "Chatboten:" tells screen readers who speaks. */
function bubble(w: ChatWindow, line: ChatLine): HTMLElement {
  return h(
    'p',
    { class: `m ${line.role}` },
    h(
      'span',
      { class: 'sr', 'data-t': line.role === 'user' ? 'you' : 'bot' },
      w.t[line.role === 'user' ? 'you' : 'bot'],
    ),
    line.text,
  );
}

/** Adds a speech bubble at the end of the log and scrolls to it. */
export function say(w: ChatWindow, role: 'user' | 'bot', text: string): HTMLElement {
  const element = bubble(w, { role, text });
  w.log.append(element);
  scrollToEnd(w.log);
  return element;
}

/**
 * The window before a conversation exists: the advice (with the question field pointing to
 * it), and no greeting of the window's own. The service's greeting comes with the conversation.
 */
export function showIntro(w: ChatWindow): void {
  w.log.replaceChildren(w.intro);
  w.input.setAttribute('aria-describedby', 'kc-i');
}

/**
 * The service's greeting, once the first question started the conversation: it takes the
 * advice's place, before that question, so the window never shows two greetings.
 */
export function greet(w: ChatWindow, greeting: ChatLine, before: HTMLElement): void {
  w.intro.remove();
  w.input.removeAttribute('aria-describedby');
  before.before(bubble(w, greeting));
}

/** A conversation from an earlier page of this tab: its lines (the greeting first), from the tab's storage. */
export function resume(w: ChatWindow): void {
  w.state.resumed = true;
  if (!w.session.active) return;
  void w.once(async () => {
    const result = await w.session.resume();
    if (!result.ok) return w.fail(result.failure);
    // Announcing a whole conversation at once would drown the visitor; the log is there to read.
    w.log.setAttribute('aria-live', 'off');
    w.intro.remove();
    w.input.removeAttribute('aria-describedby');
    for (const line of result.data) say(w, line.role, line.text);
    w.endButton.hidden = false;
    setTimeout(() => w.log.setAttribute('aria-live', 'polite'), 0);
  });
}
