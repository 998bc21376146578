import {
  type CancellationReason,
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { sendUntilProcessed } from '#shared/adapters/dynamodb/batch-retry';
import { DynamoChatCounterStore } from '#shared/adapters/dynamodb/chat-counters';
import { DynamoRecentQuestions } from '#shared/adapters/dynamodb/chat-recheck';
import { DynamoConversationStore } from '#shared/adapters/dynamodb/chat-store';
import { createDocumentClient } from '#shared/adapters/dynamodb/client';
import { DynamoVoteStore, pageCounterUpdate } from '#shared/adapters/dynamodb/feedback-store';
import { conversationKey, messageKey, recheckItem } from '#shared/adapters/dynamodb/keys/chat-table';
import { chatCounterKey } from '#shared/adapters/dynamodb/keys/counters-table';
import { TransactionContendedError } from '#shared/adapters/dynamodb/transaction';
import { counterUpdate } from '#shared/adapters/dynamodb/update-expression';
import type { Conversation } from '#shared/chat/conversation';
import type { StoredVote } from '#shared/feedback/feedback';
import { isUnavailable } from '#shared/unavailable';

const TABLE = 'test-chat';
const TABLES = { chat: TABLE, counters: 'test-counters' };
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
    const store = new DynamoConversationStore(createDocumentClient(), TABLES, { sleep });
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
    const store = new DynamoConversationStore(createDocumentClient(), TABLES, {
      sleep: async () => undefined,
    });
    documents.on(DeleteCommand).resolves({});
    documents.on(QueryCommand).resolves({ Items: [{ ...messageKey('x', 2), role: 'bot' }] });
    documents.on(BatchWriteCommand).callsFake((input) => ({ UnprocessedItems: input.RequestItems }));

    await expect(store.forget('x')).rejects.toThrow('Could not delete every item of the conversation');
    expect(documents.commandCalls(BatchWriteCommand)).toHaveLength(8);
  });
});

describe('transactions against a mocked DynamoDB', () => {
  const CONVERSATION: Conversation = {
    id: 'c0ffee00-0000-4000-8000-000000000002',
    siteId: 'demo',
    tokenHash: 'h',
    startedAt: '2026-11-23T10:00:00+01:00',
    expiresAt: 2_000_000_000,
    day: '2026-11-23',
    lang: 'nb',
    platform: 'desktop',
    browser: 'Firefox 147',
    messageCount: 0,
  };
  const VOTE: StoredVote = {
    siteId: 'demo',
    day: '2026-11-23',
    voterKey: 'k',
    id: 'v2',
    url: 'https://x.no/a',
    found: true,
    at: '2026-11-23T10:00:00+01:00',
    expiresAt: 2_000_000_000,
  };
  const cancelled = (...reasons: CancellationReason[]) =>
    new TransactionCanceledException({ message: 'cancelled', $metadata: {}, CancellationReasons: reasons });
  const transactions = () => documents.commandCalls(TransactWriteCommand).map((c) => c.args[0].input);

  it('counts a new conversation in the transaction that writes it, on the shard given', async () => {
    documents.on(TransactWriteCommand).resolves({});
    const store = new DynamoConversationStore(createDocumentClient(), TABLES, { shardOf: () => 3 });

    await store.create(CONVERSATION, {
      day: CONVERSATION.day,
      event: { type: 'conversation', platform: 'desktop', browser: 'Firefox' },
    });

    const [written] = transactions();
    expect(written?.TransactItems?.map((item) => item.Put?.TableName ?? item.Update?.TableName)).toEqual([
      TABLE,
      TABLE,
      TABLES.counters,
    ]);
    expect(written?.TransactItems?.[2]?.Update?.Key).toEqual(chatCounterKey('demo', '2026-11-23', 3));
    expect(documents.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('sends a transaction held up by another again, with backoff, and then gives up with a 503 error', async () => {
    const { sleep, waits } = recordedSleep();
    documents
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled({ Code: 'None' }, { Code: 'None' }, { Code: 'TransactionConflict' }))
      .resolves({});
    const store = new DynamoConversationStore(createDocumentClient(), TABLES, { sleep });
    const counted = { day: CONVERSATION.day, event: { type: 'deletion' as const } };

    await store.create(CONVERSATION, counted);
    expect(transactions()).toHaveLength(2);
    expect(waits).toHaveLength(1);

    documents.reset();
    documents.on(TransactWriteCommand).rejects(cancelled({ Code: 'TransactionConflict' }));
    const error = await store.create(CONVERSATION, counted).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionContendedError);
    expect(isUnavailable(error)).toBe(true);
    expect(transactions()).toHaveLength(6);
  });

  it('answers "rejected" for a message whose condition failed, without resending', async () => {
    documents
      .on(TransactWriteCommand)
      .rejects(cancelled({ Code: 'ConditionalCheckFailed' }, { Code: 'None' }));
    const store = new DynamoConversationStore(createDocumentClient(), TABLES);
    const message = { seq: 1, role: 'user' as const, text: 'hei', at: CONVERSATION.startedAt };

    const outcome = await store.append(CONVERSATION, [message], 1_900_000_000, 40, {
      day: CONVERSATION.day,
      event: { type: 'message', intent: 'greeting', answered: true },
    });

    expect(outcome).toBe('rejected');
    expect(transactions()).toHaveLength(1);
    expect(transactions()[0]?.TransactItems?.at(-1)?.Update?.TableName).toBe(TABLES.counters);
  });

  it('writes a first vote and its page counts in one transaction, only if no vote is there', async () => {
    documents.on(TransactWriteCommand).resolves({});
    const votes = new DynamoVoteStore(createDocumentClient(), { feedback: 'f', counters: 'c' });

    expect(await votes.save(VOTE, undefined, { found: 1, notFound: 0, comments: 0 })).toEqual({
      saved: true,
    });

    const [put, update] = transactions()[0]?.TransactItems ?? [];
    expect(put?.Put?.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(put?.Put?.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
    expect(update?.Update).toEqual(pageCounterUpdate('c', VOTE, { found: 1, notFound: 0, comments: 0 }));
  });

  it('answers with the vote that is there when another got in first', async () => {
    const earlier = { ...VOTE, id: 'v1', found: false };
    documents
      .on(TransactWriteCommand)
      .rejects(
        cancelled({ Code: 'ConditionalCheckFailed', Item: marshall({ pk: 'p', sk: 's', ...earlier }) }),
      );
    const votes = new DynamoVoteStore(createDocumentClient(), { feedback: 'f', counters: 'c' });

    expect(await votes.save(VOTE, undefined, { found: 1, notFound: 0, comments: 0 })).toEqual({
      saved: false,
      current: earlier,
    });
  });

  it('replaces an equal vote with a conditional put and no transaction: nothing to count', async () => {
    documents.on(PutCommand).resolves({});
    const votes = new DynamoVoteStore(createDocumentClient(), { feedback: 'f', counters: 'c' });

    expect(await votes.save(VOTE, { ...VOTE, id: 'v1' }, { found: 0, notFound: 0, comments: 0 })).toEqual({
      saved: true,
    });
    expect(documents.commandCalls(PutCommand)[0]?.args[0].input).toMatchObject({
      ConditionExpression: 'id = :previous',
      ExpressionAttributeValues: { ':previous': 'v1' },
    });
    expect(transactions()).toHaveLength(0);
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
    it('name every counter through a placeholder, in an UpdateItem or a transaction', async () => {
      documents.on(UpdateCommand).resolves({});
      const client = createDocumentClient();
      await new DynamoChatCounterStore(client, 'c', () => 2).record('demo', '2026-11-23', {
        type: 'message',
        intent: 'waste_collection',
        answered: true,
      });
      const [chat] = documents.commandCalls(UpdateCommand).map((c) => c.args[0].input);
      const feedback = pageCounterUpdate(
        'c',
        { siteId: 'demo', day: '2026-11-23', url: 'https://x.no/a' },
        { found: 1, notFound: 0, comments: 1 },
      );
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
