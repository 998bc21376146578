import { MAX_MESSAGE_LENGTH } from '../../shared/chat/limits.ts';
import { h } from '../dom.ts';
import { greet, say } from './chat-conversation.ts';
import type { ChatTexts } from './chat-i18n.ts';
import type { ChatWindow } from './chat-state.ts';

/** The question field. */
export function questionInput(): HTMLInputElement {
  return h('input', {
    id: 'kc-q',
    type: 'text',
    maxlength: String(MAX_MESSAGE_LENGTH),
    autocomplete: 'off',
    enterkeyhint: 'send',
  });
}

/** The form around the question field: its label and the send button. */
export function composerForm(t: ChatTexts, input: HTMLInputElement): HTMLFormElement {
  return h(
    'form',
    {},
    h('label', { for: 'kc-q', 'data-t': 'question' }, t.question),
    h('div', { class: 'row' }, input, h('button', { type: 'submit', 'data-t': 'send' }, t.send)),
  );
}

/** Sends what the visitor asks and shows the answer; a question that could not be sent is kept in the field. */
export function listenForQuestions(w: ChatWindow): void {
  // No destructuring in the widgets: esbuild cannot lower it for Safari 14.
  const input = w.input;
  w.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    void w.once(async () => {
      // Shown at once, then replaced by the text as the service stored it (masked). Screen
      // readers hear it once, as stored, when it is revealed together with the answer.
      const mine = say(w, 'user', text);
      mine.setAttribute('aria-hidden', 'true');
      input.value = '';
      const waiting = h('p', { class: 'm bot', 'aria-hidden': 'true' }, '…');
      w.log.append(waiting);
      const result = await w.session.ask(text);
      waiting.remove();
      // The first question started the conversation: its greeting goes before the question.
      if (result.greeting) greet(w, result.greeting, mine);
      if (result.ok) {
        mine.lastChild?.replaceWith(result.data.message.text);
        mine.removeAttribute('aria-hidden');
        say(w, 'bot', result.data.reply.text);
        w.endButton.hidden = false;
        return;
      }
      mine.remove();
      w.fail(result.failure);
      // Kept, so the visitor can send it again (in a new conversation if the old one is gone).
      input.value = text;
    });
  });
}
