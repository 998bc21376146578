/**
 * The load of `npm run bench:e2e`: autocannon against a local server, a local server with an
 * empty handler, raw SDK PutItem calls, and the write routes' storage adapters called directly.
 * Loopback only; each measurement ends after its seconds (or its count of requests, whichever
 * comes first).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  type DynamoDBDocumentClient,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import autocannon from 'autocannon';
import { createLocalServer } from '../infra/local/server.ts';
import { DynamoConversationStore } from '../shared/adapters/dynamodb/chat-store.ts';
import { createDocumentClient } from '../shared/adapters/dynamodb/client.ts';
import { DynamoVoteStore } from '../shared/adapters/dynamodb/feedback-store.ts';
import type { HttpCall, WriteShapeId } from './e2e-plan.ts';
import { failureKind, type Measurement } from './e2e-report.ts';

/** One HTTP measurement. */
export interface HammerOptions {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  connections: number;
  seconds: number;
  /** At most this many requests (the measurement ends at this count or after `seconds`). */
  amount?: number | undefined;
  /** The next request to send. */
  call: () => HttpCall;
  /** Sees every answer (status and body), e.g. to keep the conversations a start returns. */
  onAnswer?: (status: number, body: string) => void;
}

/** A request gets no answer in this time: counted as `no answer`. */
const TIMEOUT_SECONDS = 10;

const add = (counts: Record<string, number>, kind: string, n = 1) => {
  counts[kind] = (counts[kind] ?? 0) + n;
};

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** Sends `options.call()` over `connections` keep-alive connections and counts the answers. */
export function hammer(options: HammerOptions): Promise<Measurement> {
  let ok = 0;
  let lastAnswer = 0;
  const failed: Record<string, number> = {};
  const latenciesMs: number[] = [];
  const onAnswer = options.onAnswer;
  const request: autocannon.Request = {
    setupRequest: (base) => ({ ...base, ...options.call() }),
    ...(onAnswer && { onResponse: (status: number, body: string) => onAnswer(status, body) }),
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  return new Promise((resolve, reject) => {
    let stopper: NodeJS.Timeout | undefined;
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        ...(options.amount !== undefined && { amount: options.amount }),
        requests: [request],
        timeout: TIMEOUT_SECONDS,
        // Checks for the end ten times a second, so the run stops close to its time.
        sampleInt: 100,
      },
      (error, result) => {
        clearTimeout(stopper);
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        if (result.errors > 0) add(failed, 'no answer', result.errors);
        const elapsedMs = (lastAnswer || performance.now()) - started;
        resolve({ ok, failed, latenciesMs, elapsedMs, cpuMs: cpuMsSince(cpu) });
      },
    );
    // With `amount`, autocannon ignores `duration`: the time bound is kept here.
    if (options.amount !== undefined) stopper = setTimeout(() => instance.stop(), options.seconds * 1000);
    instance.on('response', (_client, status, _bytes, responseTime) => {
      lastAnswer = performance.now();
      latenciesMs.push(responseTime);
      if (status >= 200 && status < 300) ok++;
      else add(failed, `HTTP ${status}`);
    });
  });
}

/** A running server and how to stop it. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The local HTTP adapter (infra/local/server.ts) with one route, the feedback route's key,
 * whose handler answers `200 {}` at once: what the adapter itself costs per request.
 */
export async function startEmptyServer(): Promise<RunningServer> {
  const server = createLocalServer({
    routes: [
      {
        routeKey: 'POST /v1/sites/{siteId}/feedback',
        handler: async () => ({ statusCode: 200, body: '{}' }),
      },
    ],
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Calls made `inFlight` at a time, each loop again as soon as its call is answered. */
export interface InFlightOptions {
  inFlight: number;
  seconds: number;
  /** One call; `worker` (0 … inFlight − 1) is the loop that makes it. A rejection is a failure. */
  call: (worker: number) => Promise<unknown>;
}

/**
 * `inFlight` loops, each sending `options.call` again as soon as the last one is answered, for
 * `seconds`: successes, failures by kind (an SDK error's name) and the latency of every call.
 */
export async function inFlightCalls(options: InFlightOptions): Promise<Measurement> {
  const failed: Record<string, number> = {};
  const latenciesMs: number[] = [];
  let ok = 0;
  let lastAnswer = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const deadline = started + options.seconds * 1000;
  const worker = async (_: unknown, index: number) => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        await options.call(index);
        ok++;
      } catch (error) {
        add(failed, failureKind(error));
      }
      lastAnswer = performance.now();
      latenciesMs.push(lastAnswer - sent);
    }
  };
  await Promise.all(Array.from({ length: options.inFlight }, worker));
  const elapsedMs = (lastAnswer || performance.now()) - started;
  return { ok, failed, latenciesMs, elapsedMs, cpuMs: cpuMsSince(cpu) };
}

/** One SDK measurement. */
export interface PutItemOptions {
  /** The DynamoDB Local the handlers use. */
  endpoint: string;
  /** A table of the runtime's; each item gets a random partition key of its own. */
  table: string;
  inFlight: number;
  seconds: number;
}

/** A fresh item of a raw-write ceiling, in a partition of its own. */
const ceilingPut = (table: string, n: number) => ({
  TableName: table,
  Item: { pk: `bench-e2e#${randomUUID()}`, sk: 'ceiling', n },
});

/** Counters the two-write shape adds to, in turn: more than the calls in flight, so none waits on another. */
const SHAPE_COUNTERS = 64;

type RawWrite = (client: DynamoDBDocumentClient, table: string, n: number) => Promise<unknown>;

/** What one call of each raw-write measurement sends. */
const RAW_WRITES: Record<'putItem' | WriteShapeId, RawWrite> = {
  putItem: (client, table, n) => client.send(new PutCommand(ceilingPut(table, n))),
  // An event and its count, as a route without a transaction would write them: one after the other.
  putThenUpdate: async (client, table, n) => {
    await client.send(new PutCommand(ceilingPut(table, n)));
    await client.send(
      new UpdateCommand({
        TableName: table,
        Key: { pk: `bench-e2e#count#${n % SHAPE_COUNTERS}`, sk: 'ceiling' },
        UpdateExpression: 'ADD #n :one',
        ExpressionAttributeNames: { '#n': 'n' },
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
  },
  // The least a transaction can be: one Put, nothing else to hold.
  transaction: (client, table, n) =>
    client.send(new TransactWriteCommand({ TransactItems: [{ Put: ceilingPut(table, n) }] })),
};

/** Raw writes of one kind through a DocumentClient built as the handlers build theirs, `inFlight` at a time. */
async function rawWrites(options: PutItemOptions, write: RawWrite): Promise<Measurement> {
  const client = createDocumentClient({ endpoint: options.endpoint });
  let n = 0;
  try {
    return await inFlightCalls({
      inFlight: options.inFlight,
      seconds: options.seconds,
      call: async () => {
        await write(client, options.table, n++);
      },
    });
  } finally {
    client.destroy();
  }
}

/**
 * Raw PutItem calls through a DocumentClient built as the handlers build theirs, `inFlight`
 * at a time for `seconds`: what DynamoDB Local and the SDK cost per write, without HTTP.
 */
export const putItems = (options: PutItemOptions): Promise<Measurement> =>
  rawWrites(options, RAW_WRITES.putItem);

/**
 * Calls of a write shape (bench/e2e-plan.ts, WRITE_SHAPES), as `putItems` makes its calls: the
 * most that any route writing this way can reach on the same DynamoDB Local.
 */
export const writeShapeCalls = (options: PutItemOptions, shape: WriteShapeId): Promise<Measurement> =>
  rawWrites(options, RAW_WRITES[shape]);

/** Where a storage ceiling's calls go: the runtime's DynamoDB Local and its tables. */
export interface StorageTarget {
  endpoint: string;
  tables: { feedback: string; chat: string; counters: string };
}

/** The write routes' adapters over one raw DocumentClient (built as the handlers build theirs). */
export interface StorageAdapters {
  votes: DynamoVoteStore;
  conversations: DynamoConversationStore;
}

/**
 * Runs `use` with the feedback and chat adapters, constructed as functions/feedback/deps.ts and
 * functions/chat/deps.ts construct them, over a DocumentClient of their own; destroys it after.
 */
export async function withStorageAdapters<T>(
  target: StorageTarget,
  use: (adapters: StorageAdapters) => Promise<T>,
): Promise<T> {
  const client = createDocumentClient({ endpoint: target.endpoint });
  const { feedback, chat, counters } = target.tables;
  try {
    return await use({
      votes: new DynamoVoteStore(client, { feedback, counters }),
      conversations: new DynamoConversationStore(client, { chat, counters }),
    });
  } finally {
    client.destroy();
  }
}
