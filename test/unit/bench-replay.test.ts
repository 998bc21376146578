import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { fakeDynamoAtHttp } from '../../bench/dynamo-fake.ts';
import { BENCH_ENV, BENCH_TABLES } from '../../bench/env.ts';
import { benchCaseFor, benchContext } from '../../bench/events.ts';
import {
  type RecordedCommand,
  recordCommands,
  replayCommands,
  type WireRequest,
  wireDifference,
  withoutUndefined,
} from '../../bench/replay.ts';
import { measureWarm } from '../../bench/warm.ts';
import { FUNCTIONS, type FunctionId } from '../../infra/functions.ts';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<{ statusCode: number }>;

const FUNCTION_IDS = Object.keys(FUNCTIONS) as FunctionId[];
const PROJECT_ROOT = new URL('../..', import.meta.url).pathname;

/** A client like the floor's (bench/baseline-client.ts), faked at its HTTP handler, logging what it sends. */
function bareClient() {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: BENCH_ENV.AWS_REGION }));
  const wire: WireRequest[] = [];
  fakeDynamoAtHttp(client, (request) => wire.push(request));
  return { client, wire };
}

/**
 * The SDK-only floor of `npm run bench` (bench/replay.ts): the commands of one invocation,
 * recorded at the client's `send` and sent again through a bare DocumentClient.
 */
describe('bench SDK-only replay', () => {
  beforeAll(() => {
    for (const [name, value] of Object.entries(BENCH_ENV)) vi.stubEnv(name, value);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it.each(FUNCTION_IDS)('replays exactly the requests %s sent, through a bare client', async (id) => {
    const { handler } = (await import(`../../${FUNCTIONS[id].entry}`)) as { handler: Handler };
    // The handlers share the process's one DocumentClient: the http fake goes on that one.
    const client = documentClient();
    const sent: WireRequest[] = [];
    fakeDynamoAtHttp(client, (request) => sent.push(request));
    const invoke = () => handler(benchCaseFor(id).event(), benchContext(id));
    await invoke(); // the process's first call may differ (the feedback salt); the bench records a warm one
    sent.length = 0;

    const commands = await recordCommands(client, invoke);
    const bare = bareClient();
    await replayCommands(bare.client, commands);

    expect(commands).toHaveLength(sent.length);
    expect(wireDifference(sent, bare.wire)).toBeUndefined();
    expect(bare.wire.map((r) => r.operation)).toEqual(sent.map((r) => r.operation));
    if (id === 'preflight') expect(commands).toEqual([]);
    else expect(commands.length).toBeGreaterThan(0);
  });

  it('records the command classes and inputs, then leaves the client as it was', async () => {
    const { client } = bareClient();
    const input = { TableName: BENCH_TABLES.TABLE_EPHEMERAL, Key: { pk: 'salt-of-a-day', sk: 'salt' } };

    const commands = await recordCommands(client, () => client.send(new GetCommand(input)));

    expect(commands).toEqual([{ type: GetCommand, input }]);
    expect(Object.hasOwn(client, 'send')).toBe(false);
    expect(client.send).toBe(DynamoDBDocumentClient.prototype.send);
  });

  it('drops undefined values, which the functions’ client removes and a bare one refuses', async () => {
    const item = {
      pk: 'a',
      sk: 'b',
      startUrl: undefined,
      list: [{ x: 1, y: undefined }],
      salt: new Uint8Array(2),
    };

    const copy = withoutUndefined({ TableName: BENCH_TABLES.TABLE_CHAT, Item: item });

    expect(copy).toEqual({
      TableName: BENCH_TABLES.TABLE_CHAT,
      Item: { pk: 'a', sk: 'b', list: [{ x: 1 }], salt: item.salt },
    });
    expect(Object.keys(copy.Item)).not.toContain('startUrl');
    expect(copy.Item.salt).toBe(item.salt);
    const { client, wire } = bareClient();
    await replayCommands(client, [{ type: PutCommand, input: copy } as RecordedCommand]);
    expect(wire).toHaveLength(1);
  });

  describe('wireDifference', () => {
    const put = { operation: 'PutItem', body: { TableName: 't', Item: { pk: { S: 'a' } } } };
    const transaction = (token: string) => ({
      operation: 'TransactWriteItems',
      body: { TransactItems: [{ Put: put.body }], ClientRequestToken: token },
    });

    it('finds a missing, an extra, a reordered and a changed request', () => {
      const get = { operation: 'GetItem', body: { TableName: 't', Key: { pk: { S: 'a' } } } };
      expect(wireDifference([get, put], [get])).toMatch(/2 requests .* against 1/);
      expect(wireDifference([get], [get, put])).toMatch(/1 requests .* against 2/);
      expect(wireDifference([get, put], [put, get])).toMatch(/request 1 differs/);
      const changed = { ...put, body: { ...put.body, Item: { pk: { S: 'b' } } } };
      expect(wireDifference([get, put], [get, changed])).toMatch(/request 2 differs/);
      expect(wireDifference([get, put], [get, put])).toBeUndefined();
    });

    it('ignores only the idempotency token the SDK makes up for each transaction', () => {
      expect(wireDifference([transaction('one')], [transaction('two')])).toBeUndefined();
      const other = transaction('two');
      other.body.TransactItems = [];
      expect(wireDifference([transaction('one')], [other])).toMatch(/request 1 differs/);
    });
  });

  it('sends a transaction it recorded as a transaction again, not as its parts', async () => {
    const { client: recorder } = bareClient();
    const input = {
      TransactItems: [
        { Put: { TableName: BENCH_TABLES.TABLE_FEEDBACK, Item: { pk: 'votes-of-a-day', sk: 'a-voter' } } },
        {
          Update: {
            TableName: BENCH_TABLES.TABLE_COUNTERS,
            Key: { pk: 'counters-of-a-month', sk: 'a-page-of-a-day' },
            UpdateExpression: 'ADD #a0 :a0',
            ExpressionAttributeNames: { '#a0': 'found' },
            ExpressionAttributeValues: { ':a0': 1 },
          },
        },
      ],
    };
    const commands = await recordCommands(recorder, () => recorder.send(new TransactWriteCommand(input)));
    const { client, wire } = bareClient();

    await replayCommands(client, commands);

    expect(wire.map((r) => r.operation)).toEqual(['TransactWriteItems']);
    expect(wire[0]?.body.TransactItems).toHaveLength(2);
  });

  it('times the function and its own commands replayed, in the bench worker', {
    timeout: 60_000,
  }, async () => {
    const result = await measureWarm({
      projectRoot: PROJECT_ROOT,
      functionId: 'postMessage',
      fake: 'http',
      warmup: 3,
      invocations: 20,
    });

    // The worker itself fails unless the replay puts the function's requests on the wire.
    expect(result.sdkOnly?.operations).toContain('TransactWriteItems');
    expect(result.sdkOnly?.operations).toHaveLength(result.dynamoCallsPerInvocation);
    expect(result.sdkOnly?.dynamoCallsPerInvocation).toBe(result.dynamoCallsPerInvocation);
    expect(result.sdkOnly?.cpuMicrosPerInvocation).toBeGreaterThan(0);
    expect(result.cpuMicrosPerInvocation).toBeGreaterThan(0);
  });

  it('takes the SDK path apart in a second phase when asked, and only then', {
    timeout: 60_000,
  }, async () => {
    const request = {
      projectRoot: PROJECT_ROOT,
      functionId: 'postFeedback',
      fake: 'http',
      warmup: 3,
      invocations: 20,
    } as const;

    const [asked, notAsked] = [
      await measureWarm({ ...request, interplay: true }),
      await measureWarm(request),
    ];

    // The worker itself fails unless the function faked at send reached no HTTP handler and
    // the pair's send fake answered exactly the function's commands.
    const phase = asked.sdkOnly?.interplay;
    expect(phase?.invocations).toBe(20);
    for (const figure of [phase?.withSdk, phase?.sdkOnly, phase?.ownAtSend, phase?.alternating]) {
      expect(figure).toBeGreaterThan(0);
    }
    expect(notAsked.sdkOnly).toBeDefined();
    expect(notAsked.sdkOnly?.interplay).toBeUndefined();
  });

  it('times the windows of a warm-up curve back to back, from the second invocation on', {
    timeout: 60_000,
  }, async () => {
    const result = await measureWarm({
      projectRoot: PROJECT_ROOT,
      functionId: 'postFeedback',
      fake: 'send',
      warmup: 0,
      invocations: 0,
      windows: [5, 30],
    });

    expect(result.curve?.map(({ from, to }) => [from, to])).toEqual([
      [2, 5],
      [6, 30],
    ]);
    for (const window of result.curve ?? []) expect(window.cpuMicrosPerInvocation).toBeGreaterThan(0);
    // Over all 30 invocations: one TransactWriteItems per vote, and the day's salt read once.
    expect(result.dynamoCallsPerInvocation * 30).toBeCloseTo(31, 9);
    expect(result.firstInvocationMs).toBeGreaterThan(0);
  });
});
