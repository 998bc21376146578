import { IPHONE } from './visitor.ts';

/** A small HTTP client for the conversation routes, as a visitor's browser would call them. */
export function chatClient(baseUrl: string, site = 'demo') {
  const request = async (
    method: string,
    path: string,
    options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ) => {
    const response = await fetch(`${baseUrl}/v1/sites/${site}/conversations${path}`, {
      method,
      headers: {
        origin: baseUrl,
        'user-agent': IPHONE,
        ...(options.body !== undefined || options.raw !== undefined
          ? { 'content-type': 'application/json' }
          : {}),
        ...(options.token && { authorization: `Bearer ${options.token}` }),
        ...options.headers,
      },
      ...(options.raw !== undefined
        ? { body: options.raw }
        : options.body !== undefined
          ? { body: JSON.stringify(options.body) }
          : {}),
    });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers field by field
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
  return {
    request,
    start: (body: unknown = { lang: 'nb' }, headers?: Record<string, string>) =>
      request('POST', '', { body, ...(headers && { headers }) }),
    /** A question; `lang` as the chat window sends it when the visitor has chosen a language. */
    ask: (id: string, token: string | undefined, text: string, lang?: string) =>
      request('POST', `/${id}/messages`, { ...(token && { token }), body: { text, ...(lang && { lang }) } }),
    export: (id: string, token: string | undefined, accept?: string) =>
      request('GET', `/${id}`, { ...(token && { token }), ...(accept && { headers: { accept } }) }),
    forget: (id: string, token: string | undefined) =>
      request('DELETE', `/${id}`, { ...(token && { token }) }),
  };
}
