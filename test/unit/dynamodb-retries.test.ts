import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { sendUntilProcessed } from '#shared/adapters/dynamodb/batch-retry';
import { DynamoChatCounterStore } from '#shared/adapters/dynamodb/chat-counters';
import { DynamoRecentQuestions } from '#shared/adapters/dynamodb/chat-recheck';
import { DynamoConversationStore } from '#shared/adapters/dynamodb/chat-store';
import { createDocumentClient } from '#shared/adapters/dynamodb/client';
import { DynamoFeedbackCounterStore } from '#shared/adapters/dynamodb/feedback-store';
import { conversationKey, messageKey, recheckItem } from '#shared/adapters/dynamodb/keys/chat-table';
import { counterUpdate } from '#shared/adapters/dynamodb/update-expression';

const TABLE = 'test-chat';
/** Every DocumentClient of the process answers from this mock; each test sets what it answers. */
const documents = mockClient(DynamoDBDocumentClient);
beforeEach(() => documents.reset());
const throttled = () => new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} });

/** Records the backoffs instead of waiting them out. */
const recordedSleep = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};

describe('sendUntilProcessed', () => {
  it('sends what came back unprocessed again, with a jittered backoff that grows', async () => {
    const sent: number[][] = [];
    const { waits, sleep } = recordedSleep();
    await sendUntilProcessed(
      [1, 2, 3, 4],
      async (pending) => {
        sent.push(pending);
        return pending.slice(1);
      },
      { what: 'test', sleep, random: () => 0.5 },
    );

    expect(sent).toEqual([[1, 2, 3, 4], [2, 3, 4], [3, 4], [4]]);
    // Half of 25 × 2^n ms (the random draw is 0.5), capped at 1 s.
    expect(waits).toEqual([25, 50, 100]);
  });

  it('never waits longer than the cap, however many attempts', async () => {
    const { waits, sleep } = recordedSleep();
    await expect(
      sendUntilProcessed([1], async (pending) => pending, {
        what: 'Could not finish',
        sleep,
        random: () => 0.999,
        maxAttempts: 12,
      }),
    ).rejects.toThrow('Could not finish: 1 requests unprocessed after 12 attempts');
    expect(waits).toHaveLength(11);
    expect(Math.max(...waits)).toBeLessThan(1000);
    expect(waits.at(-1)).toBe(999);
  });

  it('retries a batch refused by throttling, and throws any other error at once', async () => {
    let calls = 0;
    const { sleep } = recordedSleep();
    await sendUntilProcessed(
      ['a'],
      async () => {
        calls++;
        if (calls < 3) throw throttled();
        return [];
      },
      { what: 'test', sleep },
    );
    expect(calls).toBe(3);

    let other = 0;
    await expect(
      sendUntilProcessed(
        ['a'],
        async () => {
          other++;
          throw new Error('ValidationException');
        },
        { what: 'test', sleep },
      ),
    ).rejects.toThrow('ValidationException');
    expect(other).toBe(1);
  });
});

describe('the chat store against a mocked DynamoDB', () => {
  it('"Glem meg" deletes every item, sending unprocessed and throttled deletes again', async () => {
    const id = 'c0ffee00-0000-4000-8000-000000000001';
    const { sleep, waits } = recordedSleep();
    const store = new DynamoConversationStore(createDocumentClient(), TABLE, sleep);
    documents.on(DeleteCommand).resolves({
      Attributes: { id, siteId: 'demo', day: '2026-11-23', startedAt: '2026-11-23T10:00:00+01:00' },
    });
    const question = { ...messageKey(id, 1), role: 'user', at: '2026-11-23T10:00:05+01:00' };
    const answer = { ...messageKey(id, 2), role: 'bot', at: '2026-11-23T10:00:05+01:00' };
    documents.on(QueryCommand).resolves({ Items: [question, answer] });
    const unprocessed = (requests: unknown[]) => ({ UnprocessedItems: { [TABLE]: requests } });
    documents
      .on(BatchWriteCommand)
      .callsFakeOnce((input) => unprocessed(input.RequestItems[TABLE].slice(2)))
      .rejectsOnce(throttled())
      .resolves({});

    expect(await store.forget(id)).toBe(true);

    const batches = documents
      .commandCalls(BatchWriteCommand)
      .map((call) => call.args[0].input.RequestItems?.[TABLE]);
    const keys = (batch: (typeof batches)[number]) => batch?.map((r) => r.DeleteRequest?.Key);
    // The day's list entry, both messages and the question's hour-list entry, then the two
    // left unprocessed, twice (once refused by throttling).
    expect(keys(batches[0])).toHaveLength(4);
    expect(keys(batches[0])).toContainEqual(messageKey(id, 1));
    expect(keys(batches[0])).toContainEqual({
      pk: recheckItem(messageKey(id, 1), question.at, 0).pk,
      sk: recheckItem(messageKey(id, 1), question.at, 0).sk,
    });
    expect(keys(batches[1])).toEqual(keys(batches[0])?.slice(2));
    expect(keys(batches[2])).toEqual(keys(batches[1]));
    expect(batches).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(documents.commandCalls(DeleteCommand)[0]?.args[0].input.Key).toEqual(conversationKey(id));
  });

  it('gives up with an error, never silently, when DynamoDB keeps items unprocessed', async () => {
    const store = new DynamoConversationStore(createDocumentClient(), TABLE, async () => undefined);
    documents.on(DeleteCommand).resolves({});
    documents.on(QueryCommand).resolves({ Items: [{ ...messageKey('x', 2), role: 'bot' }] });
    documents.on(BatchWriteCommand).callsFake((input) => ({ UnprocessedItems: input.RequestItems }));

    await expect(store.forget('x')).rejects.toThrow('Could not delete every item of the conversation');
    expect(documents.commandCalls(BatchWriteCommand)).toHaveLength(8);
  });
});

describe('the re-check reader against a mocked DynamoDB', () => {
  it('reads every question, asking again for the keys DynamoDB left unprocessed or throttled', async () => {
    const at = '2026-11-23T09:15:00.000Z';
    const messages = [1, 3, 5].map((seq) => messageKey('c1', seq));
    documents.on(QueryCommand).resolves({ Items: messages.map((m) => recheckItem(m, at, 2e9)) });
    const item = (key: { pk: string; sk: string }) => ({ ...key, text: `q ${key.sk}`, expiresAt: 2e9 });
    documents
      .on(BatchGetCommand)
      .callsFakeOnce((input) => {
        const [first, ...rest] = input.RequestItems[TABLE].Keys;
        return { Responses: { [TABLE]: [item(first)] }, UnprocessedKeys: { [TABLE]: { Keys: rest } } };
      })
      .rejectsOnce(throttled())
      .callsFake((input) => ({ Responses: { [TABLE]: input.RequestItems[TABLE].Keys.map(item) } }));
    const reader = new DynamoRecentQuestions(createDocumentClient(), TABLE, async () => undefined);

    const read = [];
    const from = Date.parse(at) - 60_000;
    for await (const page of reader.writtenBetween(from, from + 120_000)) read.push(...page);

    expect(read.map((q) => q.ref)).toEqual(messages);
    expect(read.every((q) => q.writtenAt === Date.parse(at))).toBe(true);
    const asked = documents
      .commandCalls(BatchGetCommand)
      .map((c) => c.args[0].input.RequestItems?.[TABLE]?.Keys);
    expect(asked).toEqual([messages, messages.slice(1), messages.slice(1)]);
  });
});

describe('counterUpdate', () => {
  it('sets and adds through placeholders only, so counter names and reserved words never stand bare', () => {
    const update = counterUpdate(
      { day: '2026-11-23', url: 'https://x.no/a' },
      { 'browser#Firefox': 1, comments: -1 },
    );

    expect(update).toEqual({
      UpdateExpression: 'SET #s0 = :s0, #s1 = :s1 ADD #a0 :a0, #a1 :a1',
      ExpressionAttributeNames: { '#s0': 'day', '#s1': 'url', '#a0': 'browser#Firefox', '#a1': 'comments' },
      ExpressionAttributeValues: { ':s0': '2026-11-23', ':s1': 'https://x.no/a', ':a0': 1, ':a1': -1 },
    });
  });

  it('leaves out an empty clause, and refuses an update of nothing', () => {
    expect(counterUpdate({}, { runs: 1 }).UpdateExpression).toBe('ADD #a0 :a0');
    expect(counterUpdate({ day: 'd' }, {}).UpdateExpression).toBe('SET #s0 = :s0');
    expect(() => counterUpdate({}, {})).toThrow();
  });

  describe('in the counter stores', () => {
    it('sends one UpdateItem per event with the counter names as placeholders', async () => {
      documents.on(UpdateCommand).resolves({});
      const client = createDocumentClient();
      await new DynamoChatCounterStore(client, 'c', () => 2).record('demo', '2026-11-23', {
        type: 'message',
        intent: 'waste_collection',
        answered: true,
      });
      await new DynamoFeedbackCounterStore(client, 'c').add('demo', '2026-11-23', 'https://x.no/a', {
        found: 1,
        notFound: 0,
        comments: 1,
      });

      const [chat, feedback] = documents.commandCalls(UpdateCommand).map((c) => c.args[0].input);
      expect(chat?.UpdateExpression).toBe('SET #s0 = :s0 ADD #a0 :a0, #a1 :a1, #a2 :a2');
      expect(Object.values(chat?.ExpressionAttributeNames ?? {})).toEqual([
        'day',
        'messages',
        'intent#waste_collection',
        'answered',
      ]);
      expect(feedback?.ExpressionAttributeValues).toEqual({
        ':s0': 'https://x.no/a',
        ':s1': '2026-11-23',
        ':a0': 1,
        ':a1': 0,
        ':a2': 1,
      });
    });
  });
});
