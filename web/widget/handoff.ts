import type { WidgetConfig } from './config.ts';

/**
 * How widget.js hands the chat to chat.js: an object on the <script> element that loads
 * chat.js, under a registered symbol. The host page's globals are never touched, so nothing
 * can collide with them, and chat.js finds it as `document.currentScript[CHAT_HANDOFF]`.
 */
export const CHAT_HANDOFF = Symbol.for('kommune-feedback.chat');

export interface ChatHandoff {
  config: WidgetConfig;
  /** The launcher's shadow root; the chat window and its styles go in here too. */
  root: ShadowRoot;
  launcher: HTMLButtonElement;
  /** Set by chat.js once its window is mounted: opens or closes it. */
  toggle?: () => void;
}

export type HandoffScript = HTMLScriptElement & { [CHAT_HANDOFF]?: ChatHandoff };
