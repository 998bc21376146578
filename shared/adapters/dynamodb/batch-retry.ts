import { isThrottling } from '../../unavailable.ts';

/**
 * Sends a batch (BatchWriteItem, BatchGetItem) until DynamoDB has processed every request:
 * what it hands back as unprocessed, and a whole batch it refused with a throttling error,
 * is sent again after an exponential backoff with full jitter, as the AWS SDK's own retries
 * do (AWS Architecture Blog, "Exponential Backoff And Jitter"). Anything else is thrown.
 */
export interface BatchRetryOptions {
  /** What the batch does, for the error when it cannot finish. */
  what: string;
  maxAttempts?: number;
  /** Backoff before the n-th resend: a random time up to min(maxDelayMs, baseDelayMs × 2^n). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The wait before the n-th resend: a random time up to min(maxDelayMs, baseDelayMs × 2^n) ("full jitter"). */
export const backoffMs = (attempt: number, random: () => number, baseDelayMs = 25, maxDelayMs = 1000) =>
  Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt));

/**
 * Sends `requests` with `send`, which answers with the requests left unprocessed, until none
 * are left; throws once `maxAttempts` sends have not finished them.
 */
export async function sendUntilProcessed<T>(
  requests: readonly T[],
  send: (pending: T[]) => Promise<readonly T[] | undefined>,
  options: BatchRetryOptions,
): Promise<void> {
  const { maxAttempts = 8, baseDelayMs = 25, maxDelayMs = 1000 } = options;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  let pending = [...requests];
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= maxAttempts) {
      throw new Error(
        `${options.what}: ${pending.length} requests unprocessed after ${maxAttempts} attempts`,
      );
    }
    if (attempt > 0) await sleep(backoffMs(attempt, random, baseDelayMs, maxDelayMs));
    try {
      pending = [...((await send(pending)) ?? [])];
    } catch (error) {
      if (!isThrottling(error)) throw error;
    }
  }
}
