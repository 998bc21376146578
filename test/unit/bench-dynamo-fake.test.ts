import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { conversationKey } from '#shared/adapters/dynamodb/keys/chat-table';
import {
  BENCH_MESSAGES,
  fakeDynamoAtHttp,
  fakeDynamoAtSend,
  fakeDynamoAtSendOf,
} from '../../bench/dynamo-fake.ts';
import { BENCH_CONVERSATION, BENCH_ENV, BENCH_TABLES } from '../../bench/env.ts';
import { benchCaseFor, benchContext } from '../../bench/events.ts';
import { FUNCTIONS, type FunctionId } from '../../infra/functions.ts';

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<{ statusCode: number; body?: string }>;

const FUNCTION_IDS = Object.keys(FUNCTIONS) as FunctionId[];
/** DynamoDB commands each handler sends on its happy path (chat-store.ts, chat-counters.ts, the feedback path). */
const EXPECTED_CALLS: Record<FunctionId, readonly number[]> = {
  // One transaction of the vote and its counts, plus the day's salt on the process's first vote.
  postFeedback: [1, 2],
  // One transaction of the record, its list entry and the counter.
  startConversation: [1],
  // Get, then one transaction of the record, the messages and the counter.
  postMessage: [2],
  // Query, the counter.
  exportConversation: [2],
  // Get, Delete, Query, four batches of 25 deletes (50 messages, the 25 questions' hour-list
  // entries and the day-list entry), the counter.
  forgetConversation: [8],
  preflight: [0],
  // One Query per shard (4) and month (the 30 days touch 2).
  feedbackStats: [8],
  chatStats: [8],
  billing: [4],
  // Whole days until 50 comments: five days of ten.
  feedbackComments: [5],
  // The day's list, the five conversations, the audit entry.
  transcripts: [7],
  // The conversation, the audit entry.
  transcript: [2],
  // One Query per day of the week asked.
  auditTrail: [7],
  // One Query of the weeks' counter items.
  maskingStats: [1],
  // The day's list, the five conversations, the audit entry.
  unansweredQuestions: [7],
};

/**
 * The bench's events against the bench's DynamoDB fake, at both levels, through the real
 * handlers and the bench environment: what `npm run bench` does, once per function, in
 * seconds. A handler that stops succeeding here would make the bench fail.
 */
describe('bench DynamoDB fake', () => {
  const originalSend = DynamoDBDocumentClient.prototype.send;
  beforeAll(() => {
    for (const [name, value] of Object.entries(BENCH_ENV)) vi.stubEnv(name, value);
  });
  afterEach(() => {
    DynamoDBDocumentClient.prototype.send = originalSend;
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  const invoke = async (id: FunctionId) => {
    // Imported after the environment is in place: the handlers read it at import.
    const { handler } = (await import(`../../${FUNCTIONS[id].entry}`)) as { handler: Handler };
    return handler(benchCaseFor(id).event(), benchContext(id));
  };

  describe.each(['http', 'send'] as const)('faked at %s', (level) => {
    it.each(FUNCTION_IDS)('lets %s answer its bench event with an expected status', async (id) => {
      // The handlers share the process's one DocumentClient; the http fake goes on that one.
      const fake = level === 'send' ? fakeDynamoAtSend() : fakeDynamoAtHttp(documentClient());

      const result = await invoke(id);

      expect(benchCaseFor(id).expectedStatuses, JSON.stringify(result)).toContain(result.statusCode);
      expect(EXPECTED_CALLS[id]).toContain(fake.calls());
    });

    it('exports the whole bench conversation', async () => {
      if (level === 'send') fakeDynamoAtSend();
      else fakeDynamoAtHttp(documentClient());

      const result = await invoke('exportConversation');
      const document = JSON.parse(result.body ?? '{}') as { conversationId: string; messages: unknown[] };

      expect(document.conversationId).toBe(BENCH_CONVERSATION.id);
      expect(document.messages).toHaveLength(BENCH_MESSAGES);
    });
  });

  it('fakes one client at send only while switched on, leaving the SDK path of the others', async () => {
    const client = documentClient();
    const atHttp = fakeDynamoAtHttp(client);
    const other = DynamoDBDocumentClient.from(new DynamoDBClient({ region: BENCH_ENV.AWS_REGION }));
    const otherAtHttp = fakeDynamoAtHttp(other);
    const atSend = fakeDynamoAtSendOf(client);
    const get = () =>
      new GetCommand({ TableName: BENCH_TABLES.TABLE_CHAT, Key: conversationKey(BENCH_CONVERSATION.id) });

    atSend.on();
    const whileOn = await client.send(get());
    await other.send(get());
    atSend.off();
    const whileOff = await client.send(get());

    expect(whileOn.Item?.id).toBe(BENCH_CONVERSATION.id);
    expect(whileOff.Item?.id).toBe(BENCH_CONVERSATION.id);
    expect(atSend.calls()).toBe(1);
    expect(atHttp.calls()).toBe(1);
    expect(otherAtHttp.calls()).toBe(1);
    expect(Object.hasOwn(client, 'send')).toBe(false);
  });

  it('rejects a wrong token with 404, so the bench token really is checked against the hash', async () => {
    fakeDynamoAtSend();
    const { handler } = (await import(`../../${FUNCTIONS.exportConversation.entry}`)) as { handler: Handler };
    const event = benchCaseFor('exportConversation').event();
    event.headers.authorization = `Bearer ${'A'.repeat(43)}`;

    const result = await handler(event, benchContext('exportConversation'));

    expect(result.statusCode).toBe(404);
  });
});
