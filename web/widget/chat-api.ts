import type { WidgetConfig } from './config.ts';
import type { Lang } from './i18n.ts';

/** What the visitor's tab keeps to go on with a conversation: its id and the token shown once. */
export interface ChatAccess {
  id: string;
  token: string;
}

/** One message as the service stored it (the visitor's text masked). */
export interface ChatLine {
  role: 'user' | 'bot';
  text: string;
}

export interface Exchange {
  message: ChatLine;
  reply: ChatLine;
}

/** A new conversation: its access, and the bot's greeting (with its advice not to write personal data). */
interface Started extends ChatAccess {
  greeting: string;
}

/**
 * Every call resolves, never rejects: `ok` with the answer, or the HTTP status of the failure,
 * 0 when the service could not be reached (network, CORS, timeout) or answered something that
 * is not the contract's shape.
 */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number };

const TIMEOUT_MS = 15_000;

export const isLine = (value: unknown): value is ChatLine => {
  const line = value as ChatLine | null;
  return (line?.role === 'user' || line?.role === 'bot') && typeof line.text === 'string';
};

/** The conversation routes of contract v1, as the visitor's browser calls them. */
export function chatApi(
  config: Pick<WidgetConfig, 'api' | 'site'>,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
) {
  const base = `${config.api}/v1/sites/${encodeURIComponent(config.site)}/conversations`;

  async function call<T>(
    path: string,
    init: { method: string; access?: ChatAccess; body?: unknown; accept?: string },
    read: (response: Response) => Promise<T | undefined>,
  ): Promise<ApiResult<T>> {
    try {
      const headers: Record<string, string> = {};
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      if (init.accept) headers.accept = init.accept;
      if (init.access) headers.authorization = `Bearer ${init.access.token}`;
      const response = await fetchFn(base + path, {
        method: init.method,
        headers,
        ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
        // No cookies or other credentials: the token is the only key to a conversation.
        credentials: 'omit',
        // The token must not end up in a shared cache.
        cache: 'no-store',
        signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TIMEOUT_MS) : null,
      });
      if (!response.ok) return { ok: false, status: response.status };
      const data = await read(response);
      return data === undefined ? { ok: false, status: 0 } : { ok: true, data };
    } catch {
      return { ok: false, status: 0 };
    }
  }

  const json = async (response: Response): Promise<unknown> => response.json();
  const path = (access: ChatAccess) => `/${encodeURIComponent(access.id)}`;

  return {
    start: (lang: Lang, startUrl: string) =>
      call<Started>('', { method: 'POST', body: { lang, startUrl } }, async (response) => {
        const data = (await json(response)) as {
          conversationId?: unknown;
          token?: unknown;
          greeting?: { text?: unknown };
        } | null;
        const greeting = data?.greeting?.text;
        return typeof data?.conversationId === 'string' && typeof data.token === 'string'
          ? {
              id: data.conversationId,
              token: data.token,
              greeting: typeof greeting === 'string' ? greeting : '',
            }
          : undefined;
      }),

    /** One question; `lang` only when the visitor chose the language (else the bot detects it). */
    post: (access: ChatAccess, text: string, lang?: Lang) =>
      call(`${path(access)}/messages`, { method: 'POST', access, body: { text, lang } }, async (response) => {
        const data = (await json(response)) as Partial<Exchange> | null;
        return isLine(data?.message) && isLine(data?.reply)
          ? { message: data.message, reply: data.reply }
          : undefined;
      }),

    /** The export as JSON: the document itself (for a download) and its messages (to show them again). */
    exportJson: (access: ChatAccess) =>
      call(path(access), { method: 'GET', access, accept: 'application/json' }, async (response) => {
        const body = await response.text();
        const data = JSON.parse(body) as { messages?: unknown } | null;
        return Array.isArray(data?.messages) && data.messages.every(isLine)
          ? { body, messages: data.messages.map((line: ChatLine) => ({ role: line.role, text: line.text })) }
          : undefined;
      }),

    /** The readable transcript, as the service writes it in the conversation's language. */
    exportText: (access: ChatAccess) =>
      call(path(access), { method: 'GET', access, accept: 'text/plain' }, (response) => response.text()),

    /** «Glem meg». */
    forget: (access: ChatAccess) => call(path(access), { method: 'DELETE', access }, async () => true),
  };
}

export type ChatApi = ReturnType<typeof chatApi>;
