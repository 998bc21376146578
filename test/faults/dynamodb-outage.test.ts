import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type LocalDynamo, startDynamoDbLocal } from '../../infra/local/dynamodb.ts';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { scanTables } from '../support/dynamo.ts';
import { startTestRuntime } from '../support/runtime.ts';

/**
 * DynamoDB goes away in the middle of the service's work and comes back on the same port:
 * clients get 503 with Retry-After and the contract's body (never a 500), nothing that was
 * acknowledged is lost, nothing is half-written, and the service recovers without a restart.
 */
const STAFF_TOKEN = `faults-${'s'.repeat(24)}`;
let folder: string;
let port: number;
let dynamo: LocalDynamo;
let runtime: Runtime;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'faults-dynamodb-'));
  port = await freePort();
  // Kept on disk, so that DynamoDB Local started again finds what it had.
  dynamo = await startDynamoDbLocal({ port, path: folder });
  runtime = await startTestRuntime('faults', { dynamodbEndpoint: dynamo.endpoint, staffToken: STAFF_TOKEN });
});

afterAll(async () => {
  await runtime?.close();
  await dynamo?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const vote = (n: number) =>
  fetch(`${runtime.url}/v1/sites/demo/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: runtime.url, 'user-agent': `Visitor/${n}` },
    body: JSON.stringify({ url: `${runtime.url}/renovasjon.html`, found: n % 2 === 0 }),
  });

const staffGet = async (path: string) =>
  (
    await fetch(`${runtime.url}/v1/sites/demo/${path}`, {
      headers: { authorization: `Bearer ${STAFF_TOKEN}` },
    })
  ).json();

describe('a DynamoDB outage', () => {
  it('answers 503 while it lasts, loses nothing acknowledged, and recovers without a restart', async () => {
    const api = chatClient(runtime.url);
    let acknowledgedVotes = 0;
    for (let n = 0; n < 6; n++) if ((await vote(n)).status === 201) acknowledgedVotes++;
    const { json: started } = await api.start({ lang: 'nb' });
    let acknowledgedQuestions = 0;
    for (const text of ['Når blir søppelet hentet?', 'Hva koster barnehage?']) {
      if ((await api.ask(started.conversationId, started.token, text)).status === 201)
        acknowledgedQuestions++;
    }
    expect([acknowledgedVotes, acknowledgedQuestions]).toEqual([6, 2]);

    await dynamo.stop();
    /** A fetch answer in the form the chat client gives its own. */
    const read = async (answer: Response) => ({
      status: answer.status,
      headers: answer.headers,
      json: await answer.json(),
    });
    const during = await Promise.all([
      vote(100).then(read),
      vote(101).then(read),
      api.start({ lang: 'nb' }),
      api.ask(started.conversationId, started.token, 'Er dere der?'),
      api.export(started.conversationId, started.token),
      fetch(`${runtime.url}/v1/sites/demo/stats/chat`, {
        headers: { authorization: `Bearer ${STAFF_TOKEN}` },
      }).then(read),
    ]);
    for (const answer of during) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('1');
      expect(answer.json).toEqual({ error: { code: 'service_unavailable', message: expect.any(String) } });
    }

    dynamo = await startDynamoDbLocal({ port, path: folder });
    const back = Date.now();
    // The same service, not restarted: wait for its first acknowledged write.
    let recovered: Response | undefined;
    for (let n = 200; !recovered; n++) {
      const answer = await vote(n);
      if (answer.status === 201) recovered = answer;
      else expect(answer.status).toBe(503);
    }
    acknowledgedVotes++;
    console.log(
      `DynamoDB outage: the service answered 201 again ${Date.now() - back} ms after DynamoDB Local did`,
    );

    // Everything acknowledged is there, and nothing that was refused.
    const exported = await api.export(started.conversationId, started.token);
    expect(exported.status).toBe(200);
    expect(exported.json.messages).toHaveLength(2 * acknowledgedQuestions);
    const feedback = await staffGet('stats/feedback');
    expect(feedback.totals.found + feedback.totals.notFound).toBe(acknowledgedVotes);
    const chat = await staffGet('stats/chat');
    // A question with its answer counts as one message; the export refused during the outage counted nothing.
    expect(chat.totals).toMatchObject({ conversations: 1, messages: acknowledgedQuestions, downloads: 1 });
  });

  it('loses no acknowledged vote through an outage in the middle of a run of votes', async () => {
    const before = await staffGet('stats/feedback');
    const statuses = new Map<number, number>();
    let acknowledged = 0;
    let running = true;
    let n = 10_000;
    const visitor = async () => {
      while (running) {
        const answer = await vote(n++);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 201) acknowledged++;
        else {
          expect(answer.status).toBe(503);
          expect(answer.headers.get('retry-after')).toBe('1');
          await answer.arrayBuffer();
        }
      }
    };
    const visitors = Array.from({ length: 8 }, visitor);
    const waitFor = async (done: () => boolean) => {
      while (!done()) await new Promise((resolve) => setTimeout(resolve, 50));
    };

    await waitFor(() => acknowledged >= 40);
    await dynamo.stop();
    await waitFor(() => (statuses.get(503) ?? 0) >= 16);
    dynamo = await startDynamoDbLocal({ port, path: folder });
    const afterRestart = acknowledged;
    await waitFor(() => acknowledged >= afterRestart + 40);
    running = false;
    await Promise.all(visitors);
    console.log(`outage mid-run: answers by status ${JSON.stringify(Object.fromEntries(statuses))}`);

    const after = await staffGet('stats/feedback');
    const total = (stats: { totals: { found: number; notFound: number } }) =>
      stats.totals.found + stats.totals.notFound;
    const votes = ((await scanTables(runtime.endpoint, runtime.tables)).feedback ?? []).length;
    console.log(
      `outage mid-run: ${acknowledged} acknowledged, ${votes} votes stored in all, counted ${total(after)}`,
    );
    expect([...statuses.keys()].sort()).toEqual([201, 503]);
    // No acknowledged vote is lost: each is stored and counted.
    expect(votes - total(before)).toBeGreaterThanOrEqual(acknowledged);
    expect(total(after) - total(before)).toBeGreaterThanOrEqual(acknowledged);
    // And no drift: a vote and its count are one transaction, so every vote stored (also one
    // whose answer the outage cut off) is counted once, and nothing is counted that is not stored.
    expect(total(after)).toBe(votes);
  });
});
