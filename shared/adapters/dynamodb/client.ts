import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { backoffMs } from './batch-retry.ts';

/**
 * How a refused or failed request is sent again: up to 4 attempts, waiting a random time up to
 * min(1 s, 50 ms × 2^n) before the n-th resend ("full jitter"). The SDK's own default for
 * DynamoDB waits up to 2, 4 and 8 s on throttling, 14 s in all, longer than a function may run
 * (10 s); these waits add up to 0.7 s at most, so a visitor gets a 503 to retry instead of a timeout.
 */
export const RETRY = { maxAttempts: 4, baseDelayMs: 50, maxDelayMs: 1000 } as const;

/** The longest the retries of one request can wait in all: every random draw at its top. */
export const worstRetryWaitMs = () =>
  Array.from({ length: RETRY.maxAttempts - 1 }, (_, i) =>
    backoffMs(i + 1, () => 1, RETRY.baseDelayMs, RETRY.maxDelayMs),
  ).reduce((sum, wait) => sum + wait, 0);

export interface ClientOptions {
  endpoint?: string | undefined;
  region?: string | undefined;
}

/**
 * Creates a DocumentClient; an endpoint (DynamoDB Local) only when one is configured. No
 * network call happens here, so building it at module scope keeps cold starts cheap.
 */
export function createDocumentClient(options: ClientOptions = {}): DynamoDBDocumentClient {
  const local = options.endpoint !== undefined;
  const client = new DynamoDBClient({
    region: options.region ?? 'eu-north-1',
    retryStrategy: new ConfiguredRetryStrategy(RETRY.maxAttempts, (attempt) =>
      backoffMs(attempt, Math.random, RETRY.baseDelayMs, RETRY.maxDelayMs),
    ),
    ...(local && {
      endpoint: options.endpoint,
      // DynamoDB Local accepts any credentials; these keep the SDK from searching for real ones.
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

let shared: DynamoDBDocumentClient | undefined;

/** The process's one DocumentClient. */
export function documentClient(options: ClientOptions = {}): DynamoDBDocumentClient {
  shared ??= createDocumentClient(options);
  return shared;
}
