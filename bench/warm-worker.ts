/**
 * Child process of bench/run.ts (started with `--import tsx` and the bench environment):
 * imports one handler from source with DynamoDB faked, warms it up, then times a batch of
 * invocations and sends the figures back over IPC. Importing from source in this process
 * is what lets the fake reach the handler's DocumentClient: it is the same module instance.
 * With the fake at the HTTP handler it then times the SDK alone sending the commands the
 * handler sent (`sdkOnlyFloor`).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { FUNCTIONS } from '../infra/functions.ts';
import { type DynamoFake, fakeDynamoAtHttp, fakeDynamoAtSend, fakeDynamoAtSendOf } from './dynamo-fake.ts';
import { benchCaseFor, benchContext } from './events.ts';
import {
  type RecordedCommand,
  recordCommands,
  replayCommands,
  type WireRequest,
  wireDifference,
} from './replay.ts';
import type { CurveWindow, InterplayFigures, WarmFigures, WarmRequest, WarmResult } from './warm.ts';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('A timed run has no figures');
  return value;
}

function statusOf(result: unknown): number | undefined {
  return result &&
    typeof result === 'object' &&
    'statusCode' in result &&
    typeof result.statusCode === 'number'
    ? result.statusCode
    : undefined;
}

/**
 * Something the bench times: inputs from `next()`, each handed to `run`, DynamoDB answered by
 * `dynamo`; `enter` and `leave`, if given, run before and after each batch of calls, untimed.
 */
interface Timed<T> {
  dynamo: DynamoFake;
  next: () => T;
  run: (input: T) => Promise<unknown>;
  enter?: () => void;
  leave?: () => void;
}

/** The first call after the import (its wall time in ms), then `warmup` calls. */
async function warmUp<T>(timed: Timed<T>, warmup: number): Promise<number> {
  timed.enter?.();
  try {
    const firstStart = performance.now();
    await timed.run(timed.next());
    const firstInvocationMs = performance.now() - firstStart;
    for (let i = 0; i < warmup; i++) await timed.run(timed.next());
    return firstInvocationMs;
  } finally {
    timed.leave?.();
  }
}

/** The CPU (user + system, every thread) and wall time of running `run` on each input in turn. */
async function timeBatch<T>(inputs: readonly T[], run: (input: T) => Promise<unknown>) {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (const input of inputs) await run(input);
  const wallMs = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  return { cpuMicros: cpu.user + cpu.system, wallMs };
}

/** In how many rounds `timeInTurns` splits the timed calls. */
const ROUNDS = 10;

/**
 * Times `invocations` calls of each, in turns: a round of one, then a round of the next, so
 * that a function and its SDK-only floor see the same machine (its load changes by the
 * second here) and neither inherits a warmer process from the other. CPU and wall clock run
 * only around each round's calls; their inputs are built before (the bench times the handler,
 * not the factory).
 */
async function timeInTurns(
  timed: readonly Timed<unknown>[],
  invocations: number,
): Promise<Omit<WarmFigures, 'firstInvocationMs'>[]> {
  const totals = timed.map(() => ({ cpuMicros: 0, wallMs: 0 }));
  for (const { dynamo } of timed) dynamo.reset();
  for (let round = 0; round < ROUNDS; round++) {
    const calls =
      Math.floor((invocations * (round + 1)) / ROUNDS) - Math.floor((invocations * round) / ROUNDS);
    for (const [index, { next, run, enter, leave }] of timed.entries()) {
      const inputs = Array.from({ length: calls }, next);
      enter?.();
      const { cpuMicros, wallMs } = await timeBatch(inputs, run).finally(leave);
      const total = totals[index] as { cpuMicros: number; wallMs: number };
      total.cpuMicros += cpuMicros;
      total.wallMs += wallMs;
    }
  }
  return timed.map(({ dynamo }, index) => {
    const total = totals[index] as { cpuMicros: number; wallMs: number };
    return {
      invocations,
      cpuMicrosPerInvocation: total.cpuMicros / invocations,
      invocationsPerSecond: invocations / (total.wallMs / 1000),
      dynamoCallsPerInvocation: dynamo.calls() / invocations,
    };
  });
}

/** Where the HTTP fake of this process writes the requests it sees, while something listens. */
let wireLog: WireRequest[] | undefined;
const observeWire = (wire: WireRequest) => wireLog?.push(wire);

/** The wire requests `run` makes through any client faked with `observeWire`. */
async function wireRequestsOf(run: () => Promise<unknown>): Promise<WireRequest[]> {
  const log: WireRequest[] = [];
  wireLog = log;
  try {
    await run();
  } finally {
    wireLog = undefined;
  }
  return log;
}

/**
 * The SDK-only floor of the function: the commands of one warm invocation, recorded at its
 * client's `send`, to be replayed through the floor bundle's bare DocumentClient, faked at
 * its HTTP handler too. The replay must put the very same requests on the wire as the
 * function did, or the bench fails: the floor follows whatever commands the function sends.
 * `undefined` when it sends none.
 */
async function sdkOnlyFloor(
  request: WarmRequest,
  client: DynamoDBDocumentClient,
  invokeOnce: () => Promise<unknown>,
): Promise<{ timed: Timed<RecordedCommand[]>; operations: string[] } | undefined> {
  let commands: RecordedCommand[] = [];
  const sent = await wireRequestsOf(async () => {
    commands = await recordCommands(client, invokeOnce);
  });
  if (commands.length === 0) return undefined;
  const { client: bare } = await import('./baseline-client.ts');
  const dynamo = fakeDynamoAtHttp(bare, observeWire);
  const replayed = await wireRequestsOf(() => replayCommands(bare, commands));
  const difference = wireDifference(sent, replayed);
  if (difference) {
    throw new Error(`The SDK-only replay of ${request.functionId} does not send what it sent: ${difference}`);
  }
  const timed = {
    dynamo,
    next: () => commands,
    run: (recorded: RecordedCommand[]) => replayCommands(bare, recorded),
  };
  return { timed, operations: replayed.map((wire) => wire.operation) };
}

/**
 * The phase of `InterplayFigures`, after the warm figures: the function with the SDK, the SDK
 * only, the function with its client faked at `send`, and those two call after call, in turns.
 * The bench fails if the function's HTTP fake saw a request while its client was faked at send,
 * or the send fake saw other than the function's commands.
 */
async function timeInterplay(
  client: DynamoDBDocumentClient,
  withSdk: Timed<APIGatewayProxyEventV2>,
  floor: Timed<RecordedCommand[]>,
  expected: { httpCalls: number; commands: number; warmup: number; invocations: number },
): Promise<InterplayFigures> {
  const atSend = fakeDynamoAtSendOf(client);
  const alternatingAtSend = fakeDynamoAtSendOf(client);
  const ownAtSend: Timed<APIGatewayProxyEventV2> = {
    ...withSdk,
    dynamo: atSend,
    enter: atSend.on,
    leave: atSend.off,
  };
  const alternating: Timed<[APIGatewayProxyEventV2, RecordedCommand[]]> = {
    dynamo: alternatingAtSend,
    next: () => [withSdk.next(), floor.next()],
    run: async ([event, commands]) => {
      await withSdk.run(event);
      await floor.run(commands);
    },
    enter: alternatingAtSend.on,
    leave: alternatingAtSend.off,
  };
  // The new paths only (the function's code faked at send, and the pair): the rest is warm.
  await warmUp(ownAtSend, expected.warmup);
  await warmUp(alternating, expected.warmup);
  const timed = await timeInTurns(
    [withSdk, floor, ownAtSend, alternating] as Timed<unknown>[],
    expected.invocations,
  );
  const [sdk, only, own, pair] = [need(timed[0]), need(timed[1]), need(timed[2]), need(timed[3])];
  type Counted = [what: string, figures: Omit<WarmFigures, 'firstInvocationMs'>, expected: number];
  const counted: Counted[] = [
    ['the function with the SDK, requests at its HTTP handler', sdk, expected.httpCalls],
    ['the function faked at send, commands', own, expected.commands],
    ['the pair, commands at send', pair, expected.commands],
  ];
  const mismatch = counted.find(([, figures, calls]) => figures.dynamoCallsPerInvocation !== calls);
  if (mismatch) {
    const [what, figures, calls] = mismatch;
    throw new Error(
      `The interplay phase counted ${figures.dynamoCallsPerInvocation} per invocation for ${what}, not ${calls}`,
    );
  }
  return {
    invocations: expected.invocations,
    withSdk: sdk.cpuMicrosPerInvocation,
    sdkOnly: only.cpuMicrosPerInvocation,
    ownAtSend: own.cpuMicrosPerInvocation,
    alternating: pair.cpuMicrosPerInvocation,
  };
}

/** Inputs are built this many at a time, outside the timed calls, whatever a window's length. */
const CURVE_BATCH = 500;

/**
 * The CPU per invocation in each window of one process's life: invocations 2 to `windows[0]`,
 * then to `windows[1]`, and so on (the first is `firstInvocationMs`). It shows how long the
 * JIT takes to make the code fast, which the warm figures' single window cannot.
 */
async function tierUpCurve<T>(timed: Timed<T>, windows: readonly number[]): Promise<CurveWindow[]> {
  const curve: CurveWindow[] = [];
  let done = 1;
  for (const end of windows) {
    if (end <= done) throw new Error(`Curve windows must ascend from 2: ${windows.join(', ')}`);
    const from = done + 1;
    let cpuMicros = 0;
    let wallMs = 0;
    while (done < end) {
      const inputs = Array.from({ length: Math.min(CURVE_BATCH, end - done) }, timed.next);
      const batch = await timeBatch(inputs, timed.run);
      cpuMicros += batch.cpuMicros;
      wallMs += batch.wallMs;
      done += inputs.length;
    }
    const invocations = end - from + 1;
    curve.push({
      from,
      to: end,
      cpuMicrosPerInvocation: cpuMicros / invocations,
      invocationsPerSecond: invocations / (wallMs / 1000),
    });
  }
  return curve;
}

async function main(request: WarmRequest): Promise<WarmResult> {
  const definition = Object.entries(FUNCTIONS).find(([id]) => id === request.functionId)?.[1];
  if (!definition) throw new Error(`Unknown function "${request.functionId}"`);
  const benchCase = benchCaseFor(request.functionId);
  let dynamo: DynamoFake | undefined = request.fake === 'send' ? fakeDynamoAtSend() : undefined;

  const module: { handler?: Handler } = await import(
    pathToFileURL(resolve(request.projectRoot, definition.entry)).href
  );
  const handler = module.handler;
  if (typeof handler !== 'function') throw new Error(`${definition.entry} does not export a handler`);
  // After the import, so that this is the handler's own client (one per process), not a new one.
  const client = documentClient();
  dynamo ??= fakeDynamoAtHttp(client, observeWire);
  const context = benchContext(request.functionId);

  const invoke = async (event: APIGatewayProxyEventV2) => {
    const result = await handler(event, context);
    const status = statusOf(result);
    if (status === undefined || !benchCase.expectedStatuses.includes(status)) {
      throw new Error(
        `${request.functionId} answered ${status ?? 'without a status'} instead of ` +
          `${benchCase.expectedStatuses.join('/')}; the bench would time an error path. Response: ${JSON.stringify(result)}`,
      );
    }
  };
  const handlerRuns: Timed<APIGatewayProxyEventV2> = { dynamo, next: benchCase.event, run: invoke };
  if (request.windows) {
    const firstInvocationMs = await warmUp(handlerRuns, 0);
    const curve = await tierUpCurve(handlerRuns, request.windows);
    const last = need(curve.at(-1));
    return {
      functionId: request.functionId,
      fake: request.fake,
      invocations: last.to - last.from + 1,
      cpuMicrosPerInvocation: last.cpuMicrosPerInvocation,
      invocationsPerSecond: last.invocationsPerSecond,
      dynamoCallsPerInvocation: dynamo.calls() / last.to,
      firstInvocationMs,
      curve,
    };
  }
  const firstInvocationMs = await warmUp(handlerRuns, request.warmup);
  const floor =
    request.fake === 'http'
      ? await sdkOnlyFloor(request, client, () => invoke(benchCase.event()))
      : undefined;
  if (!floor) {
    const [figures] = await timeInTurns([handlerRuns as Timed<unknown>], request.invocations);
    return { functionId: request.functionId, fake: request.fake, ...need(figures), firstInvocationMs };
  }
  const floorFirstMs = await warmUp(floor.timed, request.warmup);
  const [figures, floorFigures] = await timeInTurns(
    [handlerRuns as Timed<unknown>, floor.timed as Timed<unknown>],
    request.invocations,
  );
  const [calls, floorCalls] = [
    need(figures).dynamoCallsPerInvocation,
    need(floorFigures).dynamoCallsPerInvocation,
  ];
  // Only where every invocation sent the same commands: the pair replays those of one of them.
  const steady = calls === floorCalls && calls === floor.operations.length;
  const interplay =
    request.interplay && steady
      ? await timeInterplay(client, handlerRuns, floor.timed, {
          httpCalls: calls,
          commands: floor.operations.length,
          warmup: request.warmup,
          invocations: request.invocations,
        })
      : undefined;
  if (calls !== floorCalls) {
    console.error(
      `warning: ${request.functionId} sent ${calls} commands per timed invocation, its SDK-only floor ${floorCalls}: ` +
        'its commands vary from one invocation to the next, so the floor is that of one of them',
    );
  }
  return {
    functionId: request.functionId,
    fake: request.fake,
    ...need(figures),
    firstInvocationMs,
    sdkOnly: {
      ...need(floorFigures),
      firstInvocationMs: floorFirstMs,
      operations: floor.operations,
      ...(interplay && { interplay }),
    },
  };
}

process.once('message', (message) => {
  main(message as WarmRequest).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
});
