import { Readable } from 'node:stream';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { BENCH_TABLES } from './env.ts';

/**
 * DynamoDB as the happy path sees it: a vote is always new, the counters update, today's
 * salt exists. Answers are keyed by DynamoDB operation; an operation or table without one
 * fails the invocation (and so the bench) instead of being timed as a 5xx.
 */
type Item = Record<string, string | number | Uint8Array>;
type Answer = (input: { TableName?: string }) => { Item?: Item } | undefined;

const ANSWERS: Record<string, Answer> = {
  PutItem: () => ({}),
  UpdateItem: () => ({}),
  DeleteItem: () => ({}),
  GetItem: (input) =>
    input.TableName === BENCH_TABLES.TABLE_EPHEMERAL
      ? { Item: { pk: 'SALT#2026-11-23', sk: 'SALT', salt: new Uint8Array(32) } }
      : undefined,
};

function answer(operation: string, input: { TableName?: string }) {
  const output = ANSWERS[operation]?.(input);
  if (!output) {
    throw new Error(
      `The bench DynamoDB fake has no answer for ${operation} on ${input.TableName}: add one in bench/dynamo-fake.ts`,
    );
  }
  return output;
}

export interface DynamoFake {
  /** DynamoDB requests answered since the last reset. */
  calls(): number;
  reset(): void;
}

const COMMANDS = [
  [PutCommand, 'PutItem'],
  [UpdateCommand, 'UpdateItem'],
  [DeleteCommand, 'DeleteItem'],
  [GetCommand, 'GetItem'],
] as const;

/**
 * Replaces `send` on every DocumentClient of this module instance, as aws-sdk-client-mock
 * does, but without its sinon stub: that records every call and costs 40–100 µs per
 * command, as much as the handler itself, which would drown the figure being measured.
 * The SDK's own work (marshalling, signing, HTTP) is skipped: see `fakeDynamoAtHttp`.
 */
export function fakeDynamoAtSend(): DynamoFake {
  let calls = 0;
  const send = async (command: unknown) => {
    calls++;
    const operation = COMMANDS.find(([type]) => command instanceof type)?.[1] ?? 'an unknown command';
    return answer(operation, (command as { input: { TableName?: string } }).input);
  };
  DynamoDBDocumentClient.prototype.send = send as DynamoDBDocumentClient['send'];
  return { calls: () => calls, reset: () => (calls = 0) };
}

/** DynamoDB JSON for the few value types the answers use. */
function toAttributeValue(value: string | number | Uint8Array) {
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  return { B: Buffer.from(value).toString('base64') };
}

/**
 * Answers at the HTTP handler of the given client, so that the SDK's whole request path runs
 * as in Lambda (marshalling, endpoint, SigV4 signing, retries, parsing) with only the
 * network left out.
 */
export function fakeDynamoAtHttp(client: DynamoDBDocumentClient): DynamoFake {
  let calls = 0;
  const handle = async (request: { headers: Record<string, string>; body?: unknown }) => {
    calls++;
    const operation = (request.headers['x-amz-target'] ?? '').replace(/^DynamoDB_\d+\./, '');
    // The SDK's body may be a Uint8Array that also acts as a string; decode its bytes as such.
    const body = request.body instanceof Uint8Array ? new TextDecoder().decode(request.body) : request.body;
    const input = typeof body === 'string' ? JSON.parse(body) : {};
    const { Item, ...rest } = answer(operation, input);
    const json = JSON.stringify({
      ...rest,
      ...(Item && {
        Item: Object.fromEntries(Object.entries(Item).map(([k, v]) => [k, toAttributeValue(v)])),
      }),
    });
    return {
      response: {
        statusCode: 200,
        reason: 'OK',
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'BENCH' },
        body: Readable.from([Buffer.from(json)]),
      },
    };
  };
  client.config.requestHandler = {
    handle,
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  } as unknown as typeof client.config.requestHandler;
  return { calls: () => calls, reset: () => (calls = 0) };
}
