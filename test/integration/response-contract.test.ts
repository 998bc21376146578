import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { COMMENTS_PAGE_SIZE } from '#shared/stats/comments-page';
import { osloDay } from '#shared/time';
import { TRANSCRIPTS_PAGE_SIZE } from '#shared/transcripts/use-cases';
import type { Runtime } from '../../infra/local/runtime.ts';
import { openApiDocument, RESPONSE_BODIES } from '../../infra/openapi.ts';
import { chatClient } from '../support/chat-client.ts';
import { startTestRuntime } from '../support/runtime.ts';

/**
 * The OpenAPI document against the real service: every route called with a happy request,
 * and every JSON answer of 2xx parsed with the zod schema the document describes that
 * operation and status with. The schemas are strict, so a field a handler sends and the
 * schema lacks fails here; so does a status or a media type the document does not list.
 */

const STAFF_TOKEN = `staff-${randomUUID()}`;
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64; rv:147.0) Gecko/20100101 Firefox/147.0';

// biome-ignore lint/suspicious/noExplicitAny: the test reads the generated document and the answers field by field
type Json = any;

const document = openApiDocument();
const bodies = RESPONSE_BODIES as Record<string, Record<string, z.core.$ZodType>>;

interface Operation {
  method: string;
  path: string;
  /** Needs the staff token (else it is public, or takes a conversation's token). */
  staff: boolean;
  responses: Json;
}

/** The document's operations by id: method, path template, security and responses. */
const operations = new Map(
  Object.entries(document.paths as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'delete', 'patch'].includes(method))
      .map(([method, operation]): [string, Operation] => [
        operation.operationId,
        {
          method: method.toUpperCase(),
          path,
          staff: (operation.security as object[]).some((scheme) => 'staff' in scheme),
          responses: operation.responses,
        },
      ]),
  ),
);

interface Call {
  /** The path's `{id}`. */
  id?: string;
  query?: Record<string, string>;
  body?: unknown;
  /** A conversation's token; staff operations send the staff token. */
  token?: string;
  accept?: string;
}

interface Answer {
  status: number;
  mediaType: string | undefined;
  headers: Headers;
  text: string;
  json: Json;
}

let runtime: Runtime;
/** `operationId status mediaType` of every answer checked. */
const seen = new Set<string>();

beforeAll(async () => {
  runtime = await startTestRuntime('it-contract', { staffToken: STAFF_TOKEN });
});

afterAll(async () => {
  await runtime?.close();
});

/** Calls a documented operation, and checks its answer against what the document says of it. */
async function call(operationId: string, options: Call = {}): Promise<Answer> {
  const operation = operations.get(operationId);
  if (!operation) throw new Error(`${operationId} is not in the document`);
  const path = operation.path.replace('{siteId}', 'demo').replace('{id}', options.id ?? '');
  const url = new URL(path, runtime.url);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  const token = operation.staff ? STAFF_TOKEN : options.token;
  const response = await fetch(url, {
    method: operation.method,
    headers: {
      origin: runtime.url,
      'user-agent': USER_AGENT,
      accept: options.accept ?? 'application/json',
      ...(options.body !== undefined && { 'content-type': 'application/json' }),
      ...(token && { authorization: `Bearer ${token}` }),
    },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  });
  const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
  const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
  const answer: Answer = {
    status: response.status,
    mediaType,
    headers: response.headers,
    text,
    json: mediaType === 'application/json' ? JSON.parse(text) : undefined,
  };
  expectDocumented(operationId, answer);
  return answer;
}

function expectDocumented(operationId: string, answer: Answer) {
  const label = `${operationId} ${answer.status} ${answer.mediaType ?? '(no body)'}`;
  seen.add(`${operationId} ${answer.status} ${answer.mediaType ?? ''}`.trim());
  const documented = operations.get(operationId)?.responses[String(answer.status)];
  expect(documented, `${label}: ${answer.text}`).toBeDefined();
  expect(answer.status, `${label}: ${answer.text}`).toBeLessThan(300);
  if (answer.mediaType === undefined) {
    expect(answer.text, label).toBe('');
    expect(documented.content, label).toBeUndefined();
  } else {
    expect(Object.keys(documented.content ?? {}), label).toContain(answer.mediaType);
  }
  for (const [name, header] of Object.entries((documented.headers ?? {}) as Record<string, Json>)) {
    const csvOnly = String(header.description).startsWith('With text/csv only');
    if (csvOnly && answer.mediaType !== 'text/csv') continue;
    expect(answer.headers.get(name), `${label}: header ${name}`).toBeTruthy();
  }
  if (answer.mediaType === 'application/json') {
    const schema = bodies[operationId]?.[String(answer.status)];
    expect(schema, `${label}: no schema for the answer`).toBeDefined();
    const parsed = z.safeParse(schema as z.core.$ZodType, answer.json);
    expect(parsed.success ? 'as documented' : z.prettifyError(parsed.error), label).toBe('as documented');
  }
}

/** A first vote from a visitor of its own, with a comment. */
const commentVote = (i: number) =>
  fetch(`${runtime.url}/v1/sites/demo/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: runtime.url, 'user-agent': `visitor-${i}` },
    body: JSON.stringify({ url: `${runtime.url}/side-${i}`, found: i % 2 === 0, comment: `Kommentar ${i}` }),
  });

describe('every documented answer of 2xx, from the running service', () => {
  let today: string;
  const conversation = { id: '', token: '' };

  beforeAll(() => {
    today = osloDay(new Date());
  });

  it('postFeedback: 201 for a first vote, 200 for the repeat that replaces it', async () => {
    const vote = {
      url: `${runtime.url}/renovasjon?x=1`,
      found: false,
      comment: 'Ring meg på 912 34 567',
      lang: 'nb',
    };

    expect((await call('postFeedback', { body: vote })).status).toBe(201);
    expect((await call('postFeedback', { body: { ...vote, found: true } })).status).toBe(200);
    // Enough comments for a page of them to have a next one.
    const seeded = await Promise.all(Array.from({ length: COMMENTS_PAGE_SIZE }, (_, i) => commentVote(i)));
    expect(seeded.map((response) => response.status)).toEqual(seeded.map(() => 201));
  });

  it('startConversation, postMessage, exportConversation (JSON and text) and forgetConversation', async () => {
    const started = await call('startConversation', { body: { lang: 'nb', startUrl: `${runtime.url}/` } });
    Object.assign(conversation, { id: started.json.conversationId, token: started.json.token });
    const asked = await call('postMessage', { ...conversation, body: { text: 'Når blir søppelet hentet?' } });
    const exported = await call('exportConversation', conversation);
    const text = await call('exportConversation', { ...conversation, accept: 'text/plain' });
    const doomed = await call('startConversation', { body: {} });
    const forgotten = await call('forgetConversation', {
      id: doomed.json.conversationId,
      token: doomed.json.token,
    });

    expect(asked.json.reply.intent).toBeDefined();
    expect(exported.json.messages).toHaveLength(2);
    expect(text.mediaType).toBe('text/plain');
    expect(forgotten.status).toBe(204);
    // Enough conversations today for the reviewers' first page to have a next one.
    const api = chatClient(runtime.url);
    for (let i = 0; i < TRANSCRIPTS_PAGE_SIZE; i++) {
      const { json } = await api.start({ lang: 'en' });
      expect(
        (await api.ask(json.conversationId, json.token, 'Hvor kan jeg leie en kano på månen?')).status,
      ).toBe(201);
    }
  });

  it('feedbackStats and chatStats, as JSON and as CSV', async () => {
    const feedback = await call('feedbackStats', { query: { to: today } });
    const chat = await call('chatStats', { query: { from: today, to: today } });
    await call('feedbackStats', { query: { to: today, table: 'pages' }, accept: 'text/csv' });
    await call('chatStats', { query: { to: today, table: 'browsers', lang: 'nn' }, accept: 'text/csv' });
    const masking = await call('maskingStats', { query: { to: today } });

    expect(feedback.json.pages.length).toBeGreaterThan(0);
    expect(chat.json.intents.length).toBeGreaterThan(0);
    expect(chat.json.browsers.length).toBeGreaterThan(0);
    expect(chat.json.intents[0].title).toEqual({
      nb: expect.any(String),
      nn: expect.any(String),
      en: expect.any(String),
    });
    expect(masking.json.weeks.length).toBeGreaterThan(0);
  });

  it('feedbackComments, a page with a next one and the last', async () => {
    const first = await call('feedbackComments', { query: { to: today } });
    const last = await call('feedbackComments', { query: { to: today, cursor: first.json.next } });

    expect(first.json.items.length).toBeGreaterThanOrEqual(COMMENTS_PAGE_SIZE);
    expect(first.json.next).toEqual(expect.any(String));
    expect(last.json.next).toBeUndefined();
  });

  it('billing', async () => {
    const { json } = await call('billing', { query: { month: today.slice(0, 7) } });

    expect(json.conversations).toBeGreaterThan(0);
  });

  it('transcripts (a page with a next one), transcript, unansweredQuestions and auditTrail', async () => {
    const first = await call('transcripts', { query: { date: today } });
    await call('transcripts', { query: { date: today, cursor: first.json.next } });
    const one = await call('transcript', { id: conversation.id });
    const unanswered = await call('unansweredQuestions', { query: { date: today } });
    const audit = await call('auditTrail', { query: { from: today, to: today } });

    expect(first.json.next).toEqual(expect.any(String));
    expect(one.json.conversationId).toBe(conversation.id);
    // The moon canoe, asked in English conversations the bot has no answer for.
    expect(unanswered.json.items[0].count).toBeGreaterThan(1);
    expect(audit.json.items.map((entry: { action: string }) => entry.action).sort()).toEqual([
      'list',
      'list',
      'read',
      'unanswered',
    ]);
  });

  it('has called every operation, with every documented status and media type of 2xx', () => {
    const documented = [...operations].flatMap(([operationId, { responses }]) =>
      Object.entries(responses as Record<string, Json>)
        .filter(([status]) => status.startsWith('2'))
        .flatMap(([status, response]) =>
          response.content
            ? Object.keys(response.content).map((mediaType) => `${operationId} ${status} ${mediaType}`)
            : [`${operationId} ${status}`],
        ),
    );

    expect([...seen].sort()).toEqual(documented.sort());
  });

  it('would fail an answer with a field its schema lacks, at any depth', async () => {
    const exported = (await call('exportConversation', conversation)).json;
    const schema = bodies.exportConversation?.['200'] as z.core.$ZodType;
    const [first, ...rest] = exported.messages;

    expect(z.safeParse(schema, exported).success).toBe(true);
    expect(z.safeParse(schema, { ...exported, tokenHash: 'x' }).success).toBe(false);
    expect(z.safeParse(schema, { ...exported, messages: [{ ...first, seq: 1 }, ...rest] }).success).toBe(
      false,
    );
  });
});
