import { Readable } from 'node:stream';
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  conversationKey,
  conversationPk,
  dayListKey,
  messageKey,
} from '#shared/adapters/dynamodb/keys/chat-table';
import { isChatCounterOf, labelledCounterAttributes } from '#shared/adapters/dynamodb/keys/counters-table';
import { saltKey } from '#shared/adapters/dynamodb/keys/ephemeral-table';
import { HmacTokenHasher } from '#shared/chat/token-hasher';
import { BENCH_CONVERSATION, BENCH_SITE, BENCH_TABLES, BENCH_TOKEN_SECRET } from './env.ts';
import { overrideSend, type WireRequest } from './replay.ts';

/**
 * DynamoDB as the happy path sees it: a vote is always new, the counters update, today's
 * salt exists, and the bench conversation exists, belongs to the bench token and has room
 * for another question. Answers are keyed by DynamoDB operation; an operation or table
 * without one fails the invocation (and so the bench) instead of being timed as a 5xx.
 */
type Value = string | number | boolean | Uint8Array;
type Item = Record<string, Value>;

interface Input {
  TableName?: string;
  ProjectionExpression?: string;
  TransactItems?: Record<string, { TableName?: string }>[];
  RequestItems?: Record<string, unknown>;
}

interface Output {
  Item?: Item;
  Attributes?: Item;
  Items?: Item[];
  Count?: number;
  ScannedCount?: number;
  UnprocessedItems?: Record<string, unknown>;
}

type Answer = (input: Input, chat: BenchChat) => Output | undefined;

/** Messages in the bench conversation: a long chat, so that export and "Glem meg" do real work. */
export const BENCH_MESSAGES = 50;

interface BenchChat {
  /** The conversation's META item, as chat-store.ts writes it. */
  meta: Item;
  /** Its message items in order, as chat-store.ts appends them. */
  messages: Item[];
}

/** Far in the future, so that the conversation never looks expired to the handlers. */
const EXPIRES_AT = Date.parse('2100-01-01T00:00:00Z') / 1000;

/** The bench conversation; its token hash is made with the project's own hasher and the bench key. */
async function benchChat(): Promise<BenchChat> {
  const tokenHash = await new HmacTokenHasher(async () => BENCH_TOKEN_SECRET).hash(BENCH_CONVERSATION.token);
  const meta: Item = {
    ...conversationKey(BENCH_CONVERSATION.id),
    id: BENCH_CONVERSATION.id,
    siteId: BENCH_SITE.id,
    tokenHash,
    startedAt: '2026-11-23T11:00:00+01:00',
    expiresAt: EXPIRES_AT,
    day: '2026-11-23',
    lang: 'nb',
    startUrl: `${BENCH_SITE.origin}/renovasjon`,
    platform: 'desktop',
    browser: 'Firefox 147',
    // The store's append is conditional on this count; 0 keeps every append valid.
    messageCount: 0,
  };
  const messages = Array.from({ length: BENCH_MESSAGES }, (_, index): Item => {
    const seq = index + 1;
    const at = `2026-11-23T11:${String(Math.floor(index / 2)).padStart(2, '0')}:00+01:00`;
    const common = {
      ...messageKey(BENCH_CONVERSATION.id, seq),
      siteId: BENCH_SITE.id,
      expiresAt: EXPIRES_AT,
    };
    return seq % 2 === 1
      ? {
          ...common,
          seq,
          role: 'user',
          text: 'Når blir søppelet hentet? Ring meg på [nummer]',
          at,
          rulesetVersion: 1,
        }
      : {
          ...common,
          seq,
          role: 'bot',
          text: 'Tømmedagene for adressen din finner du i tømmekalenderen på siden om renovasjon.',
          intent: 'waste_collection',
          at,
        };
  });
  return { meta, messages };
}

let chatFixture: Promise<BenchChat> | undefined;

const BENCH_PAGES = ['renovasjon', 'barnehage', 'byggesak', 'skole', 'parkering', 'bibliotek'];

/** A string value of a Query's expression, at document or wire level (DynamoDB JSON). */
function expressionValue(input: Input, name: string): string {
  const raw = (input as { ExpressionAttributeValues?: Record<string, unknown> }).ExpressionAttributeValues?.[
    name
  ];
  return typeof raw === 'string' ? raw : String((raw as { S?: string } | undefined)?.S ?? '');
}

/** The `:pk` of a Query. */
const pkOf = (input: Input) => expressionValue(input, ':pk');

/** Five conversations of the day, all pointing at the bench conversation. */
const dayList = (): Item[] =>
  Array.from({ length: 5 }, (_, i) => ({
    ...dayListKey(BENCH_SITE.id, '2026-11-23', `2026-11-23T1${i}:00:00+01:00`, BENCH_CONVERSATION.id),
    conversationId: BENCH_CONVERSATION.id,
    expiresAt: EXPIRES_AT,
  }));

/** A day's audit trail: reviewers' reads. */
const AUDIT_ENTRIES: Item[] = Array.from({ length: 4 }, (_, i) => ({
  siteId: BENCH_SITE.id,
  who: 'kvalitet@demo.kommune.no',
  at: `2026-11-23T1${i}:05:00+01:00`,
  action: 'read',
}));

/** A shard partition of the counters holds about a quarter of each day's items, for every day asked. */
function counterItems(input: Input): Item[] {
  const pk = pkOf(input);
  const month = expressionValue(input, ':from').slice(0, 7) || '2026-11';
  const days = Array.from({ length: 30 }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
  if (isChatCounterOf(BENCH_SITE.id, { pk })) {
    return days.map((day) => ({
      pk,
      sk: day,
      day,
      conversations: 12,
      messages: 40,
      answered: 33,
      fallback: 7,
      ...labelledCounterAttributes({
        intents: { waste_collection: 11, kindergarten: 9, fallback: 7 },
        platforms: { mobile: 8, desktop: 4 },
        browsers: { Safari: 6, Chrome: 6 },
      }),
    }));
  }
  return days.flatMap((day) =>
    BENCH_PAGES.slice(0, 2).map((page) => ({
      pk,
      sk: `${day}#${page}`,
      day,
      url: `https://www.demo.kommune.no/${page}`,
      found: 5,
      notFound: 2,
      comments: 1,
    })),
  );
}

/** One day's votes with comments (masked, as stored). */
const VOTES_WITH_COMMENTS: Item[] = Array.from({ length: 10 }, (_, i) => ({
  url: `https://www.demo.kommune.no/${BENCH_PAGES[i % BENCH_PAGES.length]}`,
  found: i % 3 === 0,
  comment: 'Fant ikke telefonnummeret, ring meg på [nummer]',
  at: `2026-11-23T${String(8 + i).padStart(2, '0')}:15:00+01:00`,
}));

const isChat = (input: Input) => input.TableName === BENCH_TABLES.TABLE_CHAT;
const isBenchTable = (name: string | undefined) => Object.values<string>(BENCH_TABLES).includes(name ?? '');

const ANSWERS: Record<string, Answer> = {
  PutItem: () => ({}),
  UpdateItem: () => ({}),
  // "Glem meg" deletes the record with ReturnValues ALL_OLD: it existed.
  DeleteItem: (input, chat) => (isChat(input) ? { Attributes: chat.meta } : {}),
  GetItem: (input, chat) => {
    if (input.TableName === BENCH_TABLES.TABLE_EPHEMERAL) {
      return { Item: { ...saltKey('2026-11-23'), salt: new Uint8Array(32) } };
    }
    return isChat(input) ? { Item: chat.meta } : undefined;
  },
  Query: (input, chat) => {
    if (input.TableName === BENCH_TABLES.TABLE_COUNTERS) return { Items: counterItems(input) };
    if (input.TableName === BENCH_TABLES.TABLE_FEEDBACK) return { Items: VOTES_WITH_COMMENTS };
    if (input.TableName === BENCH_TABLES.TABLE_AUDIT) return { Items: AUDIT_ENTRIES };
    // The chat table's Queries read the bench conversation, or else a day's list.
    if (isChat(input) && pkOf(input) !== conversationPk(BENCH_CONVERSATION.id)) return { Items: dayList() };
    if (!isChat(input)) return undefined;
    // "Glem meg" queries the keys after deleting the record; the export reads everything.
    const items = input.ProjectionExpression
      ? chat.messages.map(({ pk, sk, role, at }) => ({ pk, sk, role, at }) as Item)
      : [chat.meta, ...chat.messages];
    return { Items: items, Count: items.length, ScannedCount: items.length };
  },
  // Every transaction succeeds: a vote with its counts, a start with its list entry, an append
  // (the conditional update of the record and the puts of both messages). None is cancelled,
  // so no CancellationReasons, and ReturnValuesOnConditionCheckFailure never returns an item.
  TransactWriteItems: (input) =>
    input.TransactItems?.every((entry) => Object.values(entry).every((op) => isBenchTable(op.TableName)))
      ? {}
      : undefined,
  BatchWriteItem: () => ({ UnprocessedItems: {} }),
};

/** The table a request names: directly, inside a transaction, or as the key of a batch. */
function tableOf(input: Input): string | undefined {
  return (
    input.TableName ??
    Object.values(input.TransactItems?.[0] ?? {})[0]?.TableName ??
    Object.keys(input.RequestItems ?? {})[0]
  );
}

async function answer(operation: string, input: Input): Promise<Output> {
  chatFixture ??= benchChat();
  const output = ANSWERS[operation]?.(input, await chatFixture);
  if (!output) {
    throw new Error(
      `The bench DynamoDB fake has no answer for ${operation} on ${tableOf(input)}: add one in bench/dynamo-fake.ts`,
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
  [QueryCommand, 'Query'],
  [TransactWriteCommand, 'TransactWriteItems'],
  [BatchWriteCommand, 'BatchWriteItem'],
] as const;

/**
 * Replaces `send` on every DocumentClient of this module instance, as aws-sdk-client-mock
 * does, but without its sinon stub: that records every call and costs 40–100 µs per
 * command, as much as the handler itself, which would drown the figure being measured.
 * The SDK's own work (marshalling, signing, HTTP) is skipped: see `fakeDynamoAtHttp`.
 */
export function fakeDynamoAtSend(): DynamoFake {
  const { send, fake } = sendFake();
  DynamoDBDocumentClient.prototype.send = send;
  return fake;
}

/** A `send` that answers every command as the bench's DynamoDB would, and counts them. */
function sendFake(): { send: DynamoDBDocumentClient['send']; fake: DynamoFake } {
  let calls = 0;
  const send = async (command: unknown) => {
    calls++;
    const operation = COMMANDS.find(([type]) => command instanceof type)?.[1] ?? 'an unknown command';
    return answer(operation, (command as { input: Input }).input);
  };
  return {
    send: send as DynamoDBDocumentClient['send'],
    fake: { calls: () => calls, reset: () => (calls = 0) },
  };
}

/** The same fake at `send`, on one client only and only while it is switched on. */
export interface SwitchedSendFake extends DynamoFake {
  on(): void;
  off(): void;
}

/**
 * Fakes `send` on `client` alone (an own property over its prototype's), while `on`: the other
 * clients of the process, and this one when `off`, keep the SDK's whole request path.
 */
export function fakeDynamoAtSendOf(client: DynamoDBDocumentClient): SwitchedSendFake {
  const { send, fake } = sendFake();
  let restore: (() => void) | undefined;
  return {
    ...fake,
    on: () => {
      restore ??= overrideSend(client, send);
    },
    off: () => {
      restore?.();
      restore = undefined;
    },
  };
}

/** DynamoDB JSON for the few value types the answers use. */
function toAttributeValue(value: Value) {
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  return { B: Buffer.from(value).toString('base64') };
}

const toAttributeMap = (item: Item) =>
  Object.fromEntries(Object.entries(item).map(([name, value]) => [name, toAttributeValue(value)]));

/** The answer as DynamoDB sends it over the wire: items in DynamoDB JSON, the rest as is. */
function toWireJson({ Item, Attributes, Items, ...rest }: Output): string {
  return JSON.stringify({
    ...rest,
    ...(Item && { Item: toAttributeMap(Item) }),
    ...(Attributes && { Attributes: toAttributeMap(Attributes) }),
    ...(Items && { Items: Items.map(toAttributeMap) }),
  });
}

const UTF8 = new TextDecoder();

/**
 * Answers at the HTTP handler of the given client, so that the SDK's whole request path runs
 * as in Lambda (marshalling, endpoint, SigV4 signing, retries, parsing) with only the
 * network left out. `observe`, if given, sees every request as it arrived (operation and body).
 */
export function fakeDynamoAtHttp(
  client: DynamoDBDocumentClient,
  observe?: (request: WireRequest) => void,
): DynamoFake {
  let calls = 0;
  const handle = async (request: { headers: Record<string, string>; body?: unknown }) => {
    calls++;
    const operation = (request.headers['x-amz-target'] ?? '').replace(/^DynamoDB_\d+\./, '');
    // The SDK's body may be a Uint8Array that also acts as a string; decode its bytes as such.
    const body = request.body instanceof Uint8Array ? UTF8.decode(request.body) : request.body;
    const input = typeof body === 'string' ? (JSON.parse(body) as Input) : {};
    observe?.({ operation, body: input as Record<string, unknown> });
    const json = toWireJson(await answer(operation, input));
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
