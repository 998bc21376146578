import { LANGUAGES } from '../../shared/languages.ts';
import { type ChatAccess, type ChatApi, type ChatLine, type Exchange, isLine } from './chat-api.ts';
import type { Lang } from './i18n.ts';

/**
 * The conversation's id and token live in sessionStorage and nowhere else: the chat goes on
 * from page to page in the same tab, and both are gone when the tab closes. The lines shown
 * (the greeting, the questions as the service stored them, masked, and the answers) and the
 * language the visitor chose, if any, are kept with them, so
 * a new page shows the window again without reading the export: that read is the visitor's
 * download and is counted as one in the editors' statistics. They hold nothing the token does
 * not already give access to, and go with it. Storage may be missing or throw (blocked site
 * data); then the chat works on this page only.
 */
const PREFIX = 'kommune-chat:';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function sessionStore(): StorageLike | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

interface Stored extends ChatAccess {
  lines: ChatLine[];
  /** The language the visitor chose in the window. */
  lang?: Lang;
}

function load(storage: StorageLike | undefined, site: string): Stored | undefined {
  try {
    const value = JSON.parse(storage?.getItem(PREFIX + site) ?? 'null') as Partial<Stored> | null;
    if (typeof value?.id !== 'string' || typeof value.token !== 'string') return undefined;
    const lines = Array.isArray(value.lines) ? value.lines.filter(isLine) : [];
    // A choice in any other language than the service's is no choice.
    const lang = LANGUAGES.find((known) => known === value.lang);
    return { id: value.id, token: value.token, lines, ...(lang && { lang }) };
  } catch {
    return undefined;
  }
}

export function loadAccess(storage: StorageLike | undefined, site: string): ChatAccess | undefined {
  const stored = load(storage, site);
  return stored && { id: stored.id, token: stored.token };
}

export function saveAccess(
  storage: StorageLike | undefined,
  site: string,
  access: ChatAccess,
  lines: ChatLine[] = [],
  lang?: Lang,
): void {
  try {
    storage?.setItem(PREFIX + site, JSON.stringify({ id: access.id, token: access.token, lines, lang }));
  } catch {
    // Full or blocked storage: the conversation goes on, on this page only.
  }
}

export function clearAccess(storage: StorageLike | undefined, site: string): void {
  try {
    storage?.removeItem(PREFIX + site);
  } catch {
    // Blocked storage held nothing to clear.
  }
}

/** `samtale-2026-11-23.txt`: the day of the download, in the visitor's own words. */
export function transcriptFileName(format: 'text' | 'json', day: string): string {
  return `samtale-${day}.${format === 'text' ? 'txt' : 'json'}`;
}

/** What went wrong, as the window tells it: gone (404: deleted or expired), full (429) or anything else. */
export type Failure = 'gone' | 'full' | 'error';

export type Outcome<T> = { ok: true; data: T } | { ok: false; failure: Failure };

const failure = (status: number): { ok: false; failure: Failure } => ({
  ok: false,
  failure: status === 404 ? 'gone' : status === 429 ? 'full' : 'error',
});

export interface ChatSessionOptions {
  api: ChatApi;
  storage: StorageLike | undefined;
  site: string;
  /** The page's language (`data-lang`): the conversation's, unless the visitor chooses another. */
  lang: Lang;
  /** The page the first question is asked on: origin and path, never the query string. */
  startUrl: string;
}

/** A question's outcome, with the greeting when the question started the conversation. */
type Asked = Outcome<Exchange> & { greeting?: ChatLine };

/**
 * One visitor's conversation, without any DOM: starts it lazily on the first question (a
 * visitor who only opens the window starts nothing and is counted nowhere), and forgets the
 * stored id and token as soon as the service says the conversation is gone. A language the
 * visitor chooses starts the conversation in it and goes with every question after the choice;
 * without a choice no question names one, and the bot detects it. (A closure, not a class:
 * private class members cost helper code in the browsers widget.js still supports.)
 */
export function chatSession(options: ChatSessionOptions) {
  const api = options.api;
  const storage = options.storage;
  const site = options.site;
  const stored = load(storage, site);
  let access: ChatAccess | undefined = stored && { id: stored.id, token: stored.token };
  let lines: ChatLine[] = stored?.lines ?? [];
  let chosen: Lang | undefined = stored?.lang;

  const save = () => access && saveAccess(storage, site, access, lines, chosen);
  const reset = () => {
    access = undefined;
    lines = [];
    clearAccess(storage, site);
  };
  const failed = (status: number) => {
    // Deleted on another tab or expired: nothing to go on with, so start afresh next time.
    if (status === 404) reset();
    return failure(status);
  };

  return {
    /** True once a conversation exists that can be downloaded or deleted. */
    get active(): boolean {
      return access !== undefined;
    },

    /** The id and token in use. */
    get access(): ChatAccess | undefined {
      return access;
    },

    /** The language the visitor chose, if any (kept for the tab with the conversation). */
    get chosen(): Lang | undefined {
      return chosen;
    },

    /** The visitor's choice of language: for the greeting, if nothing is started yet, and every question. */
    choose(lang: Lang): void {
      chosen = lang;
      save();
    },

    /**
     * The lines of a conversation begun on an earlier page of this tab, from this tab's storage
     * (none if there is none). Whether the service still has it shows at the next question.
     */
    async resume(): Promise<Outcome<ChatLine[]>> {
      return { ok: true, data: access ? [...lines] : [] };
    },

    /**
     * Asks one question, starting the conversation first if there is none yet; then the
     * outcome holds the greeting too (also when the question itself failed).
     */
    async ask(text: string): Promise<Asked> {
      let greeting: ChatLine | undefined;
      if (!access) {
        const started = await api.start(chosen ?? options.lang, options.startUrl);
        // A 404 here is an unknown site, a configuration error rather than a lost conversation.
        if (!started.ok) return failure(started.status === 404 ? 0 : started.status);
        access = { id: started.data.id, token: started.data.token };
        greeting = started.data.greeting ? { role: 'bot', text: started.data.greeting } : undefined;
        lines = greeting ? [greeting] : [];
        save();
      }
      const result = await api.post(access, text, chosen);
      if (!result.ok) return { ...failed(result.status), greeting };
      lines = [...lines, result.data.message, result.data.reply].map((line) => ({
        role: line.role,
        text: line.text,
      }));
      save();
      return { ...result, greeting };
    },

    /** The export's body, for the visitor to save. */
    async download(format: 'text' | 'json'): Promise<Outcome<string>> {
      if (!access) return failure(404);
      if (format === 'text') {
        const result = await api.exportText(access);
        return result.ok ? result : failed(result.status);
      }
      const result = await api.exportJson(access);
      return result.ok ? { ok: true, data: result.data.body } : failed(result.status);
    },

    /** «Glem meg». A conversation that is already gone counts as forgotten. */
    async forget(): Promise<Outcome<undefined>> {
      if (access) {
        const result = await api.forget(access);
        if (!result.ok && result.status !== 404) return failure(result.status);
      }
      reset();
      return { ok: true, data: undefined };
    },

    /**
     * The visitor ended the conversation: the next page of the tab starts afresh, while this
     * window keeps the id and token for the two offers (download, «Glem meg») until it is reset.
     */
    end(): void {
      clearAccess(storage, site);
    },

    /** Forgets the conversation in this tab; the next question starts a new one. */
    reset,
  };
}

export type ChatSession = ReturnType<typeof chatSession>;
