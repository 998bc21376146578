import { format } from 'node:util';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { startTestRuntime } from '../support/runtime.ts';

/*
 * A whole run of the service, with personal data in every field a visitor controls (bodies,
 * page URLs, query strings, headers), the failures that get logged (a 5xx with the request's
 * data at hand, a failing job) and the staff's reads: everything the process writes to stdout
 * and stderr, and everything the local server logs, is scanned for what was sent.
 */

const PERSONAL = {
  name: 'Ingeborg Kvalsvik',
  phone: '91234567',
  identity: '01010150017',
  email: 'ingeborg.kvalsvik@example.no',
  health: 'diabetes type 1',
  address: 'Storgata 12',
  agent: 'KvalsvikAgent',
  ip: '198.51.100.77',
} as const;
const SENTENCE = `Jeg heter ${PERSONAL.name}, bor i ${PERSONAL.address}, har ${PERSONAL.health}. Ring ${PERSONAL.phone} eller ${PERSONAL.email}, fnr ${PERSONAL.identity}.`;
const USER_AGENT = `Mozilla/5.0 (${PERSONAL.agent}; ${PERSONAL.email}) Firefox/147.0`;

const written: string[] = [];
const serverLog: string[] = [];
let restore: () => void = () => undefined;
let runtime: Runtime;

/** Everything written to the console, stdout and stderr from now on, kept as well as passed on. */
function captureOutput() {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const keep =
    (write: typeof out) =>
    (chunk: unknown, ...rest: unknown[]) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    };
  process.stdout.write = keep(out) as typeof process.stdout.write;
  process.stderr.write = keep(err) as typeof process.stderr.write;
  // Vitest routes console output around the streams, so the console is kept as well.
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((method) => console[method]);
  for (const [index, method] of methods.entries()) {
    const original = originals[index] as (...args: unknown[]) => void;
    console[method] = (...args: unknown[]) => {
      written.push(format(...args));
      original(...args);
    };
  }
  return () => {
    process.stdout.write = out;
    process.stderr.write = err;
    for (const [index, method] of methods.entries()) console[method] = originals[index] as never;
  };
}

beforeAll(async () => {
  restore = captureOutput();
  runtime = await startTestRuntime('it-logs', { log: (line) => serverLog.push(line) });
});

afterAll(async () => {
  restore();
  await runtime?.close();
});

const visitorHeaders = () => ({
  'content-type': 'application/json',
  origin: runtime.url,
  'user-agent': USER_AGENT,
  'x-forwarded-for': PERSONAL.ip,
});

async function post(path: string, body: string, headers: Record<string, string> = visitorHeaders()) {
  const response = await fetch(`${runtime.url}/v1/sites/demo${path}`, { method: 'POST', headers, body });
  await response.text();
  return response.status;
}

const page = (path: string) =>
  `${runtime.url}/${encodeURIComponent(PERSONAL.email)}/${PERSONAL.identity}${path}?name=${encodeURIComponent(PERSONAL.name)}#${PERSONAL.phone}`;

describe('the logs of a whole run', () => {
  it('hold none of the personal data sent, in any field, on any path', async () => {
    // Feedback: a comment and page URLs full of personal data; good, bad and oversized bodies.
    expect(
      await post('/feedback', JSON.stringify({ url: page('/a'), found: false, comment: SENTENCE })),
    ).toBe(201);
    expect(await post('/feedback', `{"url":"${page('/b')}","found":fals ${SENTENCE}`)).toBe(400);
    expect(await post('/feedback', JSON.stringify({ url: page('/c'), found: true, note: SENTENCE }))).toBe(
      400,
    );
    expect(
      await post('/feedback', JSON.stringify({ url: page('/d'), found: true, comment: SENTENCE.repeat(40) })),
    ).toBe(400);

    // Chat: start on such a page, ask, read, download, forget; a wrong token; a bad body.
    const chat = chatClient(runtime.url);
    const started = await chat.start({ lang: 'nb', startUrl: page('/chat') }, { 'user-agent': USER_AGENT });
    expect(started.status).toBe(201);
    const { conversationId, token } = started.json;
    expect((await chat.ask(conversationId, token, SENTENCE)).status).toBe(201);
    expect((await chat.ask(conversationId, `${token.slice(0, -4)}AAAA`, SENTENCE)).status).toBe(404);
    expect((await chat.export(conversationId, token)).status).toBe(200);

    // The hourly job re-checks what was written, and logs what it did.
    await runtime.runJob('anonymizeChat');

    // Staff read the masked text; the reads are audited.
    const staff = { authorization: `Bearer ${runtime.staffToken}` };
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
    for (const path of [
      `/v1/sites/demo/feedback/comments?from=${today}&to=${today}`,
      `/v1/sites/demo/transcripts?date=${today}`,
      `/v1/sites/demo/transcripts/${conversationId}`,
      `/v1/sites/demo/stats/feedback?from=${today}&to=${today}&url=${encodeURIComponent(page('/a'))}`,
    ]) {
      const response = await fetch(`${runtime.url}${path}`, { headers: staff });
      await response.text();
      expect(response.status, path).toBe(200);
    }
    expect((await chat.forget(conversationId, token)).status).toBe(204);

    // A failure with the request's personal data at hand: the table it writes is gone.
    const dynamo = new DynamoDBClient({
      endpoint: runtime.endpoint,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await dynamo.send(new DeleteTableCommand({ TableName: runtime.tables.feedback }));
    dynamo.destroy();
    const failed = await post(
      '/feedback',
      JSON.stringify({ url: page('/e'), found: false, comment: SENTENCE }),
    );
    expect(failed).toBeGreaterThanOrEqual(500);

    const output = [...written, ...serverLog].join('\n');
    // The run did log: the failure and the job's summary, with their request ids.
    expect(output).toMatch(/"msg":"request failed","requestId":"[0-9a-f-]{36}"/);
    expect(output).toMatch(/"msg":"anonymization re-check","requestId":"[0-9a-f-]{36}"/);
    for (const [kind, value] of Object.entries(PERSONAL)) {
      expect(output.includes(value), `${kind} (${value}) in the logs`).toBe(false);
    }
    for (const part of [PERSONAL.name.split(' ')[1] ?? '', encodeURIComponent(PERSONAL.email), 'Storgata']) {
      expect(output.includes(part), `${part} in the logs`).toBe(false);
    }
  });
});
