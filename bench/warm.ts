import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childEnv } from './env.ts';

/**
 * Where DynamoDB is faked: at `send` (the handler and the domain code only) or at the HTTP
 * handler (the SDK's request path too, as in Lambda without the network).
 */
export type DynamoFakeLevel = 'send' | 'http';

/** The function id that asks the worker for the SDK alone: GetItem commands, no handler. */
export const SDK_ONLY = 'sdk-only';

export interface WarmRequest {
  projectRoot: string;
  /** A function of infra/functions.ts, or SDK_ONLY. */
  functionId: string;
  fake: DynamoFakeLevel;
  warmup: number;
  invocations: number;
}

export interface WarmResult {
  functionId: string;
  fake: DynamoFakeLevel;
  invocations: number;
  /** process.cpuUsage() user + system, all threads (GC and JIT included), per invocation. */
  cpuMicrosPerInvocation: number;
  invocationsPerSecond: number;
  /** DynamoDB commands the handler sent per invocation, all answered by the fake. */
  dynamoCallsPerInvocation: number;
  /** Wall time of the very first invocation after the import (lazy initialisation included). */
  firstInvocationMs: number;
}

const WORKER = fileURLToPath(new URL('./warm-worker.ts', import.meta.url));

/**
 * One process per function and fake level, so that no run inherits another's JIT state,
 * heap or fake, and each imports its handler under the bench environment as a cold Lambda would.
 */
export function measureWarm(request: WarmRequest): Promise<WarmResult> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(WORKER, [], {
      cwd: request.projectRoot,
      execPath: process.execPath,
      execArgv: ['--import', 'tsx'],
      env: childEnv(),
      // The worker's stdout goes to stderr, so that handler logs never mix into `--json` output.
      stdio: ['ignore', 2, 2, 'ipc'],
      timeout: 120_000,
    });
    let result: WarmResult | undefined;
    child.on('message', (message) => {
      result = message as WarmResult;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && result) resolvePromise(result);
      else
        reject(
          new Error(
            `Warm bench of ${request.functionId} (DynamoDB faked at ${request.fake}) failed (exit ${code ?? signal}); its error is printed above.`,
          ),
        );
    });
    child.send(request);
  });
}
