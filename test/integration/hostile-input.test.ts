import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { scanTables } from '../support/dynamo.ts';
import { startTestRuntime } from '../support/runtime.ts';

/**
 * Hostile input at every route: generated requests that are all wrong in some way (types,
 * size, depth, encoding, control characters, prototype-pollution keys, odd ids and paths,
 * content types, tokens of every wrong shape). The service must answer each with a 4xx and the
 * contract's error body, never a 5xx, and leave every table exactly as it was.
 */
const REQUESTS = 10_000;
const BATCH = 25;
const REAL_ID = '{conversation}';

let runtime: Runtime;
let staffToken: string;
/** A real conversation, and another's token: together they open nothing. */
let conversation: { id: string; otherToken: string };

beforeAll(async () => {
  staffToken = `staff-${randomUUID()}`;
  runtime = await startTestRuntime('it-hostile', { staffToken });
  const api = chatClient(runtime.url);
  const first = (await api.start({ lang: 'nb' })).json;
  const second = (await api.start({ lang: 'nb' })).json;
  await api.ask(first.conversationId, first.token, 'Når blir søppelet hentet?');
  conversation = { id: first.conversationId, otherToken: second.token };
});

afterAll(async () => {
  await runtime?.close();
});

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a Log4Shell-style probe, meant literally
  fc.constantFrom('\u0000', '\ud800', '\u202e', '<script>', "' OR 1=1 --", '${jndi:ldap://x}', '%00', '..'),
  fc.constant('x'.repeat(2001)),
);
/** JSON that no route accepts: wrong types, unknown or polluting keys, too deep, too big. */
const badJson = fc.oneof(
  fc.constantFrom(
    '{"__proto__":{"admin":true},"text":"hei"}',
    '{"constructor":{"prototype":{"x":1}},"url":"https://x.no"}',
    '{"text":["hei"]}',
    '{"text":null}',
    '{"found":"yes","url":42}',
    '{"lang":"sv"}',
    '[]',
    'null',
    '"text"',
    '{"text":"hei","extra":1}',
    '{',
    '',
  ),
  fc.integer({ min: 200, max: 5000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.constant(`{"text":"${'a'.repeat(20_000)}"}`),
  text.map((t) => JSON.stringify({ text: t, found: t, url: t, lang: t, comment: t, startUrl: t })),
  fc
    // Any JSON object, under keys no route knows (an empty object would start a conversation).
    .dictionary(
      fc.string({ maxLength: 8 }).map((key) => `x-${key}`),
      fc.jsonValue({ maxDepth: 3 }),
      { minKeys: 1 },
    )
    .map((value) => JSON.stringify(value)),
);
const body = fc.oneof(
  badJson.map((json) => ({ kind: 'text' as const, value: json })),
  fc.constant({ kind: 'bytes' as const, value: '{"text":"bl\u00e5"}' }),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'text/plain',
  'application/json; charset=latin1',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
);
const id = fc.oneof(
  // The real conversation's id (filled in when sent), with another's token or none.
  fc.constant(REAL_ID),
  fc.uuid(),
  fc.constantFrom(
    '..%2F..%2Fetc',
    '%2e%2e',
    'a'.repeat(2044),
    '%00',
    '%E0%A4%A',
    'constructor',
    '__proto__',
    '١٢٣',
  ),
  fc.string({ minLength: 1, maxLength: 60 }).map(encodeURIComponent),
);
const site = fc.oneof(
  fc.constant('demo'),
  fc.constantFrom('DEMO', 'finnes-ikke', '__proto__', '%2e%2e', 'a'.repeat(300)),
  fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent),
);
const token = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer ../../', `Bearer ${'a'.repeat(500)}`),
  fc.string({ maxLength: 30 }).map((t) => `Bearer ${t.replace(/[^\x20-\x7e]/g, '')}`),
  fc.constant('OTHER'),
);
const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?from=2026-02-30',
    '?from=x&to=y',
    '?table=everything',
    '?month=13',
    '?date=i-dag',
    '?url=javascript:alert(1)',
    '?cursor=%00',
    '?a=1&a=2',
    '?__proto__=1',
  ),
);

/** One wrong request: a route of the API (or none), with what is wrong about it. */
const request = fc.record({
  target: fc.constantFrom(
    'POST feedback',
    'POST conversations',
    'POST messages',
    'GET conversation',
    'DELETE conversation',
    'GET staff',
    'OPTIONS preflight',
    'PUT conversation',
    'GET nowhere',
  ),
  site,
  id,
  body,
  contentType,
  token,
  query,
  staffPath: fc.constantFrom(
    'stats/feedback',
    'stats/chat',
    'billing',
    'feedback/comments',
    'transcripts',
    'audit',
  ),
  staffSigned: fc.boolean(),
});

type Request = typeof request extends fc.Arbitrary<infer T> ? T : never;

async function send(r: Request) {
  const conversationId = r.id === REAL_ID ? conversation.id : r.id;
  const base = `${runtime.url}/v1/sites/${r.site}`;
  const [method, what] = r.target.split(' ') as [string, string];
  const path = {
    feedback: '/feedback',
    conversations: '/conversations',
    messages: `/conversations/${conversationId}/messages`,
    conversation: `/conversations/${conversationId}`,
    staff: `/${r.staffPath}`,
    preflight: '/conversations',
    nowhere: `/${conversationId}/x`,
  }[what];
  const headers: Record<string, string> = { 'content-type': r.contentType };
  if (what === 'preflight') headers.origin = 'https://evil.example';
  else headers.origin = runtime.url;
  if (what === 'staff') {
    // Signed in, the query is wrong; unsigned, the token is.
    if (r.staffSigned && r.query !== '') headers.authorization = `Bearer ${staffToken}`;
    else if (r.token && r.token !== 'OTHER') headers.authorization = r.token;
  } else if (r.token === 'OTHER') headers.authorization = `Bearer ${conversation.otherToken}`;
  else if (r.token) headers.authorization = r.token;
  const payload =
    method === 'GET' || method === 'OPTIONS' || method === 'DELETE'
      ? undefined
      : r.body.kind === 'bytes'
        ? new Blob(['{"text":"bl', new Uint8Array([0xe5]), '"}'])
        : r.body.value;
  const response = await fetch(`${base}${path}${r.query}`, { method, headers, body: payload });
  const answer = await response.text();
  return { status: response.status, answer };
}

describe('hostile input', () => {
  it(`answers ${REQUESTS} generated wrong requests with a 4xx and the contract's body, and writes nothing`, async () => {
    const before = await scanTables(runtime.endpoint, runtime.tables);
    const statuses = new Map<number, number>();

    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const answers = await Promise.all(batch.map(send));
        for (const [i, { status, answer }] of answers.entries()) {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          const context = JSON.stringify(batch[i]).slice(0, 300);
          expect(status, context).toBeGreaterThanOrEqual(400);
          expect(status, context).toBeLessThan(500);
          const parsed = JSON.parse(answer);
          expect(Object.keys(parsed), context).toEqual(['error']);
          expect(typeof parsed.error.code, context).toBe('string');
          expect(typeof parsed.error.message, context).toBe('string');
        }
      }),
      { numRuns: REQUESTS / BATCH },
    );

    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(REQUESTS);
    console.log(
      `hostile input: ${REQUESTS} requests, answers by status ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    expect(await scanTables(runtime.endpoint, runtime.tables)).toEqual(before);
  }, 600_000);
});
