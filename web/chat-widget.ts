/**
 * chat.js, the chat window. It is not a script tag of its own: widget.js (with
 * `data-chat="on"`) draws the launcher and loads this file on the launcher's first click,
 * handing over its configuration on the <script> element (see widget/handoff.ts). Loaded any
 * other way, it finds no handoff and does nothing.
 */
import { mountChat } from './widget/chat.ts';
import { CHAT_HANDOFF, type HandoffScript } from './widget/handoff.ts';

try {
  const handoff = (document.currentScript as HandoffScript | null)?.[CHAT_HANDOFF];
  if (handoff) mountChat(handoff);
} catch (error) {
  // The launcher then says the chat cannot be opened; the page itself goes on as before.
  console.warn('kommune-feedback chat:', error);
}
