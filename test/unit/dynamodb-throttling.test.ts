import { Readable } from 'node:stream';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentClient, RETRY, worstRetryWaitMs } from '#shared/adapters/dynamodb/client';
import { isUnavailable } from '#shared/unavailable';
import { FUNCTIONS, JOBS, type LambdaDefinition } from '../../infra/functions.ts';
import { DEFAULT_TIMEOUT_SECONDS } from '../../infra/lambda-function.ts';

/** DynamoDB's answer to a throttled request, as it arrives on the wire. */
const THROTTLED = {
  statusCode: 400,
  headers: {
    'content-type': 'application/x-amz-json-1.0',
    'x-amzn-errortype': 'ProvisionedThroughputExceededException',
  },
  body: JSON.stringify({
    __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
    message: 'The level of configured provisioned throughput for the table was exceeded.',
  }),
};
const FOUND = { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: '{}' };

/** A client whose HTTP handler answers `answers` in turn, so that the SDK's own retries run. */
function clientAnswering(answers: (typeof FOUND)[]) {
  const client = createDocumentClient();
  const sent: string[] = [];
  client.config.requestHandler = {
    handle: async (request: { headers: Record<string, string> }) => {
      sent.push(request.headers['x-amz-target'] ?? '');
      const answer = answers[Math.min(sent.length - 1, answers.length - 1)] ?? FOUND;
      return {
        response: {
          statusCode: answer.statusCode,
          reason: '',
          headers: answer.headers,
          body: Readable.from([Buffer.from(answer.body)]),
        },
      };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  } as unknown as typeof client.config.requestHandler;
  return { client, sent };
}

describe('a throttled request', () => {
  let waits: number[];
  beforeEach(() => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'not-a-real-secret-access-key');
    waits = [];
    // Record the SDK's backoffs and skip them; the largest random draw gives the longest waits.
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    const realSetTimeout = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      waits.push(ms ?? 0);
      return realSetTimeout(fn, 0);
    }) as typeof setTimeout);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('is sent again by the SDK with growing, jittered waits, and then answers', async () => {
    const { client, sent } = clientAnswering([THROTTLED, THROTTLED, FOUND]);

    await client.send(new GetCommand({ TableName: 'votes', Key: { pk: 'a', sk: 'b' } }));

    expect(sent).toEqual(Array(3).fill('DynamoDB_20120810.GetItem'));
    const backoffs = waits.filter((ms) => ms > 0);
    expect(backoffs).toHaveLength(2);
    expect(backoffs[1]).toBeGreaterThan(backoffs[0] ?? 0);
    expect(Math.random).toHaveBeenCalled();
  });

  it(`gives up after ${RETRY.maxAttempts} attempts with an error the handlers answer with 503`, async () => {
    const { client, sent } = clientAnswering([THROTTLED]);

    const error = await client
      .send(new GetCommand({ TableName: 'votes', Key: { pk: 'a', sk: 'b' } }))
      .catch((e: unknown) => e);

    expect(sent).toHaveLength(RETRY.maxAttempts);
    expect((error as Error).name).toBe('ProvisionedThroughputExceededException');
    expect(isUnavailable(error)).toBe(true);
    // Every wait the SDK made is within what the budget below counts.
    const backoffs = waits.filter((ms) => ms > 0);
    expect(backoffs).toHaveLength(RETRY.maxAttempts - 1);
    expect(backoffs.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(worstRetryWaitMs());
  });

  it('waits in all well within the shortest function timeout, leaving most of it to the requests', () => {
    const shortest = Math.min(
      ...Object.values<LambdaDefinition>({ ...FUNCTIONS, ...JOBS }).map(
        (fn) => (fn.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
      ),
    );

    expect(worstRetryWaitMs()).toBeLessThanOrEqual(shortest / 4);
  });
});
