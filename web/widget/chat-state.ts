import type { ChatTexts } from './chat-i18n.ts';
import type { ChatSession, Failure } from './chat-session.ts';
import type { WidgetConfig } from './config.ts';
import type { Lang } from './i18n.ts';

/** What the sheet under the title bar shows: the "?" menu, the «Glem meg» confirmation or the end offers. */
export type SheetKind = 'menu' | 'confirm' | 'ended';

/** What the chat window is doing, in one object that its sections read and change. */
export interface ChatState {
  /** A request is on its way; nothing else is sent until it is answered. */
  busy: boolean;
  /** The conversation from an earlier page of the tab has been shown (on the first opening). */
  resumed: boolean;
  /** The visitor ended the conversation: the window offers only the download, «Glem meg» and a new one. */
  ended: boolean;
  /** What the sheet shows, if it is open. */
  sheetKind: SheetKind | undefined;
}

/** The parts of the chat window that its sections (conversation, composer, menu) share. */
export interface ChatParts {
  win: HTMLElement;
  closeButton: HTMLButtonElement;
  menuButton: HTMLButtonElement;
  sheet: HTMLElement;
  log: HTMLElement;
  /** The advice shown before the conversation exists, until the service's greeting replaces it. */
  intro: HTMLElement;
  status: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  endButton: HTMLButtonElement;
}

/**
 * The chat window as its sections see it: its texts, the visitor's conversation, where it is
 * drawn, its parts, the one state object, and the actions that go from one section to another.
 */
export interface ChatWindow extends ChatParts {
  /** The window's words, in the language chosen in it (else the page's). */
  t: ChatTexts;
  config: WidgetConfig;
  session: ChatSession;
  /** The launcher's shadow root, which the window is drawn in. */
  root: ShadowRoot;
  launcher: HTMLButtonElement;
  state: ChatState;
  /** A new, empty window; `notice` says why (the conversation was deleted, or is gone). */
  fresh(notice?: string): void;
  /** Tells the visitor what went wrong; a conversation that is gone makes a fresh window. */
  fail(failure: Failure): void;
  /** Runs one request at a time, so double clicks and Enter presses send nothing twice. */
  once(action: () => Promise<void>): Promise<void>;
  /** The visitor's choice of language: the window's words change at once, the questions name it. */
  choose(lang: Lang): void;
}
