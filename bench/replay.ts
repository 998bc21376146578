import { isDeepStrictEqual } from 'node:util';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The SDK-only floor of a function: the very commands one invocation of it sent (same command
 * classes, same inputs), sent again through a bare DocumentClient (bench/baseline-client.ts)
 * with the same HTTP-level fake, so that it gets the same answers. The function's CPU with the
 * SDK over this floor is what its own code adds on the SDK's path.
 */

type CommandInput = object;

/** A command as a function sent it: the lib-dynamodb class and the input it was given. */
export interface RecordedCommand {
  type: new (input: CommandInput) => object;
  input: CommandInput;
}

/** A request as it reached DynamoDB's HTTP handler: the operation (X-Amz-Target) and the JSON body. */
export interface WireRequest {
  operation: string;
  body: Record<string, unknown>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * A copy of an input without its `undefined` properties: what the functions' client sends
 * (`removeUndefinedValues`) and what a bare client, which refuses them, needs to send the same
 * request. Arrays and plain objects are copied; binary values, sets and class instances are kept.
 */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry !== undefined) copy[key] = withoutUndefined(entry);
  }
  return copy as T;
}

/**
 * The commands `client` is asked to send while `run` runs, in order (paginators included: they
 * send through the same client). The client's own `send` does the sending as before.
 */
export async function recordCommands(
  client: DynamoDBDocumentClient,
  run: () => Promise<unknown>,
): Promise<RecordedCommand[]> {
  const recorded: RecordedCommand[] = [];
  const send = client.send;
  const restore = overrideSend(client, ((command: { input: CommandInput }, ...rest: unknown[]) => {
    recorded.push({
      type: command.constructor as RecordedCommand['type'],
      input: withoutUndefined(command.input),
    });
    return (send as (...args: unknown[]) => Promise<unknown>).call(client, command, ...rest);
  }) as DynamoDBDocumentClient['send']);
  try {
    await run();
  } finally {
    restore();
  }
  return recorded;
}

/**
 * Puts `send` on `client` alone, as an own property over its prototype's, until the returned
 * function restores what was there before (an own `send`, or none).
 */
export function overrideSend(
  client: DynamoDBDocumentClient,
  send: DynamoDBDocumentClient['send'],
): () => void {
  const own = Object.getOwnPropertyDescriptor(client, 'send');
  client.send = send;
  return () => {
    if (own) Object.defineProperty(client, 'send', own);
    else delete (client as { send?: unknown }).send;
  };
}

/** Sends the recorded commands one after the other, each as a new command of its class, as the functions do. */
export async function replayCommands(
  client: DynamoDBDocumentClient,
  commands: readonly RecordedCommand[],
): Promise<void> {
  const send = client.send as (command: object) => Promise<unknown>;
  for (const { type, input } of commands) await send.call(client, new type(input));
}

/**
 * The body without what the SDK makes up per request: the idempotency token of a
 * TransactWriteItems (ClientRequestToken), a new random UUID on every call.
 */
function comparable({ operation, body }: WireRequest): WireRequest {
  const { ClientRequestToken: _token, ...rest } = body;
  return { operation, body: rest };
}

/** Why two sequences of wire requests are not the same requests, or `undefined` when they are. */
export function wireDifference(
  expected: readonly WireRequest[],
  actual: readonly WireRequest[],
): string | undefined {
  if (expected.length !== actual.length) {
    return `${expected.length} requests (${expected.map((r) => r.operation).join(', ')}) against ${actual.length} (${actual.map((r) => r.operation).join(', ')})`;
  }
  for (let i = 0; i < expected.length; i++) {
    const left = comparable(expected[i] as WireRequest);
    const right = comparable(actual[i] as WireRequest);
    if (!isDeepStrictEqual(left, right)) {
      return `request ${i + 1} differs: ${JSON.stringify(left)} against ${JSON.stringify(right)}`;
    }
  }
  return undefined;
}
