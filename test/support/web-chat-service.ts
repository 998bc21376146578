import { vi } from 'vitest';

interface FakeConversation {
  token: string;
  messages: { role: 'user' | 'bot'; text: string }[];
}

/**
 * The conversation routes of contract v1 in memory, enough to drive the client: it masks
 * "+47 912 34 567" as the service does, greets in the conversation's language, answers 404 for
 * unknown ids and wrong tokens, and can be told to fail every request, or only the questions,
 * with a status (0: unreachable).
 */
export function fakeChatService() {
  const conversations = new Map<string, FakeConversation>();
  let started = 0;
  let failWith: number | undefined;
  let failQuestionsOnly = false;
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const notFound = () =>
    json(404, { error: { code: 'conversation_not_found', message: 'No such conversation.' } });

  const fetchFn = vi.fn<typeof fetch>(async (input, init = {}) => {
    const url = new URL(String(input));
    const headers = new Headers(init.headers);
    const [, id, messages] =
      /^\/v1\/sites\/demo\/conversations(?:\/([^/]+))?(\/messages)?$/.exec(url.pathname) ?? [];
    if (!failQuestionsOnly || messages) {
      if (failWith === 0) throw new TypeError('Failed to fetch');
      if (failWith) return json(failWith, { error: { code: 'failed', message: 'Failed.' } });
    }
    if (!id && init.method === 'POST') {
      started++;
      const conversationId = `c${started}`;
      const { lang } = JSON.parse(String(init.body)) as { lang?: string };
      conversations.set(conversationId, { token: `t${started}`, messages: [] });
      return json(201, {
        conversationId,
        token: `t${started}`,
        expiresAt: '2026-12-14T10:00:00+01:00',
        greeting: { text: `Hei! (${lang})` },
      });
    }
    const conversation = id ? conversations.get(id) : undefined;
    if (!conversation || headers.get('authorization') !== `Bearer ${conversation.token}`) return notFound();
    if (messages && init.method === 'POST') {
      const { text } = JSON.parse(String(init.body)) as { text: string };
      const message = { role: 'user' as const, text: text.replace(/\+47 [\d ]+\d/, '[nummer]') };
      const reply = { role: 'bot' as const, text: `Svar ${conversation.messages.length / 2 + 1}` };
      conversation.messages.push(message, reply);
      return json(201, {
        message: { ...message, at: 'x' },
        reply: { ...reply, intent: 'fallback', at: 'x' },
      });
    }
    if (init.method === 'DELETE') {
      conversations.delete(id ?? '');
      return new Response(null, { status: 204 });
    }
    if (headers.get('accept') === 'text/plain') {
      return new Response(conversation.messages.map((m) => `${m.role}: ${m.text}`).join('\n'), {
        status: 200,
      });
    }
    return json(200, { conversationId: id, siteId: 'demo', messages: conversation.messages });
  });

  return {
    fetchFn,
    conversations,
    /** Every request as `METHOD path`. */
    calls: () =>
      fetchFn.mock.calls.map(([input, init]) => `${init?.method} ${new URL(String(input)).pathname}`),
    /** The JSON bodies the client sent, in order. */
    bodies: () =>
      fetchFn.mock.calls.flatMap(([, init]) => (init?.body ? [JSON.parse(String(init.body))] : [])),
    /** Fails every request with `status` (0: unreachable), or with `questionsOnly` only the questions. */
    failWith(status: number | undefined, questionsOnly = false) {
      failWith = status;
      failQuestionsOnly = questionsOnly;
    },
  };
}
