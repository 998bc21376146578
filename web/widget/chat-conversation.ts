import { h } from '../dom.ts';
import type { ChatTexts } from './chat-i18n.ts';
import type { ChatWindow } from './chat-state.ts';

/** The conversation's log: a polite live region, and a scrollable area the keyboard can reach. */
export function conversationLog(t: ChatTexts): HTMLElement {
  return h('div', {
    class: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': t.log,
    tabindex: '0',
  });
}

/** One speech bubble; the hidden "Du:" / "Chatboten:" tells screen readers who speaks. */
export function say(w: ChatWindow, role: 'user' | 'bot', text: string): HTMLElement {
  const bubble = h(
    'p',
    { class: `m ${role}` },
    h('span', { class: 'sr' }, role === 'user' ? w.t.you : w.t.bot),
    text,
  );
  w.log.append(bubble);
  w.log.scrollTop = w.log.scrollHeight;
  return bubble;
}

/** A conversation from an earlier page of this tab: its lines, from the tab's storage. */
export function resume(w: ChatWindow): void {
  w.state.resumed = true;
  if (!w.session.active) return;
  void w.once(async () => {
    const result = await w.session.resume();
    if (!result.ok) return w.fail(result.failure);
    // Announcing a whole conversation at once would drown the visitor; the log is there to read.
    w.log.setAttribute('aria-live', 'off');
    for (const line of result.data) say(w, line.role, line.text);
    w.endButton.hidden = false;
    setTimeout(() => w.log.setAttribute('aria-live', 'polite'), 0);
  });
}
