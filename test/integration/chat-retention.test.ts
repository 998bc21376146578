import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationPk, isConversationRecord, messageKey } from '#shared/adapters/dynamodb/keys/chat-table';
import { isChatCounterOf } from '#shared/adapters/dynamodb/keys/counters-table';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { scanTables, sumCounters } from '../support/dynamo.ts';
import { startTestRuntime } from '../support/runtime.ts';

// Its own file (and so its own process): the handlers read CHAT_RETENTION_SECONDS at cold start.
// And its own DynamoDB Local (the runtime starts one): on the instance shared by the whole run,
// which holds many tables, the TTL sweep did not reach this table within 150 s, while on a
// fresh one it removes expired items in about 11 s.
const RETENTION_SECONDS = 5;
let runtime: Runtime;

beforeAll(async () => {
  runtime = await startTestRuntime('it-retention', {
    // Its own DynamoDB Local: the TTL sweep is slow on an instance with many tables.
    dynamodbEndpoint: undefined,
    chatRetentionSeconds: RETENTION_SECONDS,
  });
});

afterAll(async () => {
  await runtime?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('chat retention', () => {
  it(`answers 404 once ${RETENTION_SECONDS} s have passed, writes nothing after, and DynamoDB's TTL removes the items`, async () => {
    const api = chatClient(runtime.url);
    const { json: conversation } = await api.start({ lang: 'en' });
    expect(
      (await api.ask(conversation.conversationId, conversation.token, 'When is the rubbish collected?'))
        .status,
    ).toBe(201);
    expect((await api.export(conversation.conversationId, conversation.token)).status).toBe(200);
    const conversationItems = async () =>
      ((await scanTables(runtime.endpoint, runtime.tables)).chat ?? []).filter(
        (item) => item.pk === conversationPk(conversation.conversationId),
      );
    // The question's entry in the hourly re-check's list lives exactly as long.
    const listEntries = async () =>
      ((await scanTables(runtime.endpoint, runtime.tables)).chat ?? []).filter(
        (item) => item.itemPk === conversationPk(conversation.conversationId),
      );
    expect(await conversationItems()).toHaveLength(3);
    expect(await listEntries()).toHaveLength(1);

    await sleep(RETENTION_SECONDS * 1000 + 1200);

    // Whether or not TTL has run yet, an expired conversation is gone for every route ...
    const afterExpiry = [
      await api.ask(conversation.conversationId, conversation.token, 'Are you still there?'),
      await api.export(conversation.conversationId, conversation.token),
      await api.forget(conversation.conversationId, conversation.token),
    ];
    expect(afterExpiry.map((r) => r.status)).toEqual([404, 404, 404]);
    // ... and no write brought anything back (no resurrection).
    expect(
      (await conversationItems()).filter(
        (item) =>
          !isConversationRecord(item) &&
          ![1, 2].some((seq) => item.sk === messageKey(conversation.conversationId, seq).sk),
      ),
    ).toEqual([]);
    expect((await conversationItems()).length).toBeLessThanOrEqual(3);

    // DynamoDB Local's TTL sweep, like the real one, runs in the background.
    const expiredAt = Date.now();
    const deadline = expiredAt + 90_000;
    while ((await conversationItems()).length > 0 && Date.now() < deadline) await sleep(2000);
    console.info(
      `TTL removed the expired items ${Math.round((Date.now() - expiredAt) / 1000)} s after expiry was checked`,
    );
    expect(await conversationItems()).toEqual([]);
    expect(await listEntries()).toEqual([]);

    const { counters } = await scanTables(runtime.endpoint, runtime.tables);
    expect(sumCounters(counters?.filter((item) => isChatCounterOf('demo', item)) ?? [])).toMatchObject({
      conversations: 1,
      messages: 1,
      downloads: 1,
    });
  }, 150_000);
});
