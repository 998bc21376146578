/**
 * Child process of bench/run.ts (started with `--import tsx` and the bench environment):
 * imports one handler from source with DynamoDB faked, warms it up, then times a batch of
 * invocations and sends the figures back over IPC. Importing from source in this process
 * is what lets the fake reach the handler's DocumentClient: it is the same module instance.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { conversationKey } from '#shared/adapters/dynamodb/keys/chat-table';
import { FUNCTIONS } from '../infra/functions.ts';
import { type DynamoFake, fakeDynamoAtHttp, fakeDynamoAtSend } from './dynamo-fake.ts';
import { BENCH_CONVERSATION, BENCH_TABLES } from './env.ts';
import { benchCaseFor, benchContext } from './events.ts';
import { SDK_ONLY, type WarmRequest, type WarmResult } from './warm.ts';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;

function statusOf(result: unknown): number | undefined {
  return result &&
    typeof result === 'object' &&
    'statusCode' in result &&
    typeof result.statusCode === 'number'
    ? result.statusCode
    : undefined;
}

/**
 * Times `run` as the bench does for every function: the first call after the import, then
 * `warmup` calls, then `invocations` calls of `next()`'s input with CPU and wall clock running.
 */
async function timeRuns<T>(
  request: WarmRequest,
  dynamo: DynamoFake,
  next: () => T,
  run: (input: T) => Promise<unknown>,
): Promise<Omit<WarmResult, 'functionId' | 'fake'>> {
  const firstStart = performance.now();
  await run(next());
  const firstInvocationMs = performance.now() - firstStart;
  for (let i = 0; i < request.warmup; i++) await run(next());
  dynamo.reset();
  // Inputs are built before the clock starts: the bench times the handler, not the factory.
  const inputs = Array.from({ length: request.invocations }, next);
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (const input of inputs) await run(input);
  const wallMs = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  return {
    invocations: request.invocations,
    cpuMicrosPerInvocation: (cpu.user + cpu.system) / request.invocations,
    invocationsPerSecond: request.invocations / (wallMs / 1000),
    dynamoCallsPerInvocation: dynamo.calls() / request.invocations,
    firstInvocationMs,
  };
}

/** What one command costs through the SDK alone: GetItem of the bench conversation, answered by the HTTP fake. */
async function sdkOnly(request: WarmRequest): Promise<WarmResult> {
  const client = documentClient();
  const dynamo = fakeDynamoAtHttp(client);
  const get = () =>
    new GetCommand({ TableName: BENCH_TABLES.TABLE_CHAT, Key: conversationKey(BENCH_CONVERSATION.id) });
  const figures = await timeRuns(request, dynamo, get, (command) => client.send(command));
  return { functionId: SDK_ONLY, fake: 'http', ...figures };
}

async function main(request: WarmRequest): Promise<WarmResult> {
  if (request.functionId === SDK_ONLY) return sdkOnly(request);
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
  dynamo ??= fakeDynamoAtHttp(documentClient());
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
  const figures = await timeRuns(request, dynamo, benchCase.event, invoke);
  return { functionId: request.functionId, fake: request.fake, ...figures };
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
