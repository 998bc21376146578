import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { backoffMs, defaultSleep } from './batch-retry.ts';

/**
 * Why DynamoDB cancels a transaction that may simply be sent again: another transaction held
 * one of its items at that moment (two votes on a page, two starts on a counter shard), or a
 * partition was throttled. A failed condition is an answer, not a reason to resend.
 */
const TRANSIENT_REASONS = new Set([
  'TransactionConflict',
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
]);

export interface TransactionOptions {
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** A transaction still contended after every attempt: the visitor may try again (503). */
export class TransactionContendedError extends Error {
  override readonly name = 'TransactionConflict';
}

/** The item of the transaction's `index`-th action whose condition failed (ReturnValuesOnConditionCheckFailure). */
export type ConditionFailure = { index: number; item: Record<string, unknown> | undefined };

/**
 * Sends a TransactWriteItems until DynamoDB takes it or refuses it for good: cancelled only
 * for transient reasons, it is sent again after an exponential backoff with full jitter.
 * Answers `undefined` when written, or the first action whose condition failed, with the item
 * as it was (when that action asked for it). Every other error is thrown.
 */
export async function transactWrite(
  client: DynamoDBDocumentClient,
  input: TransactWriteCommandInput,
  options: TransactionOptions = {},
): Promise<ConditionFailure | undefined> {
  const { maxAttempts = 6, sleep = defaultSleep, random = Math.random } = options;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) await sleep(backoffMs(attempt, random));
    try {
      await client.send(new TransactWriteCommand(input));
      return undefined;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const index = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
      if (index >= 0) {
        const item = reasons[index]?.Item;
        return { index, item: item ? unmarshall(item) : undefined };
      }
      if (!reasons.some((reason) => TRANSIENT_REASONS.has(String(reason.Code)))) throw error;
      if (attempt + 1 >= maxAttempts) {
        throw new TransactionContendedError(`Transaction still contended after ${maxAttempts} attempts`, {
          cause: error,
        });
      }
    }
  }
}
