import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { type Runtime, type RuntimeOptions, startRuntime } from '../../infra/local/runtime.ts';

/**
 * The whole service for one test file, as `npm start` runs it: on the suite's DynamoDB Local
 * (from the global setup) under tables of its own, on a free port, with the job timers off
 * (a test runs a job when it wants). `options` change any of that.
 */
export function startTestRuntime(name: string, options: Partial<RuntimeOptions> = {}): Promise<Runtime> {
  return startRuntime({
    port: 0,
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    tablePrefix: `${name}-${randomUUID().slice(0, 8)}`,
    jobIntervalSeconds: 0,
    ...options,
  });
}
