import { fileURLToPath } from 'node:url';
import { runBenchChild } from './child.ts';

/**
 * Where DynamoDB is faked: at `send` (the handler and the domain code only) or at the HTTP
 * handler (the SDK's request path too, as in Lambda without the network).
 */
export type DynamoFakeLevel = 'send' | 'http';

export interface WarmRequest {
  projectRoot: string;
  /** A function of infra/functions.ts. */
  functionId: string;
  fake: DynamoFakeLevel;
  warmup: number;
  invocations: number;
  /**
   * Instead of the warm figures: the CPU per invocation in successive windows of one process,
   * each ending after this many invocations (ascending), from the second invocation on.
   */
  windows?: readonly number[];
  /** With the fake at `http`: after the warm figures, the phase of `InterplayFigures` too. */
  interplay?: boolean;
}

/** The CPU per invocation of invocations `from` to `to` (1-based, both included) of one process. */
export interface CurveWindow {
  from: number;
  to: number;
  cpuMicrosPerInvocation: number;
  invocationsPerSecond: number;
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
  /** With the fake at `http`: the SDK-only floor of the function; none when it sent no command. */
  sdkOnly?: SdkOnlyFigures;
  /** When the request gave `windows`: the CPU per invocation in each of them. */
  curve?: CurveWindow[];
}

/** The timing of a run of invocations, whatever is invoked. */
export type WarmFigures = Omit<WarmResult, 'functionId' | 'fake' | 'sdkOnly'>;

/**
 * The SDK alone sending exactly the commands of one invocation of the function (bench/replay.ts),
 * through a bare DocumentClient with the same HTTP-level fake, in the same process.
 */
export interface SdkOnlyFigures extends WarmFigures {
  /** The operations replayed per invocation, in order, as they reached the HTTP handler. */
  operations: string[];
  /** When the request asked for it. */
  interplay?: InterplayFigures;
}

/**
 * What the function adds on the SDK's path, taken apart. A second phase of the same process,
 * after the warm figures, times four things in turns, CPU µs per invocation each: the function
 * with the SDK and the SDK only again (as in the warm figures, but later in the process's
 * life), the function with its own client faked at `send` (its own code without the SDK's),
 * and that and one SDK-only replay one after the other, call after call (per pair).
 *
 * If the function with the SDK costs what the alternating pair costs, its code adds nothing to
 * the SDK's own path: what it adds over the SDK only is its own work and what running two
 * bodies of code in turn costs either of them (caches, JIT), which the SDK-only floor, timed
 * alone, does not pay.
 */
export interface InterplayFigures {
  invocations: number;
  withSdk: number;
  sdkOnly: number;
  ownAtSend: number;
  alternating: number;
}

const WORKER = fileURLToPath(new URL('./warm-worker.ts', import.meta.url));

/**
 * One process per function and fake level, so that no run inherits another's JIT state,
 * heap or fake, and each imports its handler under the bench environment as a cold Lambda would.
 */
export const measureWarm = (request: WarmRequest): Promise<WarmResult> =>
  runBenchChild(
    WORKER,
    request.projectRoot,
    `Warm bench of ${request.functionId} (DynamoDB faked at ${request.fake})`,
    request,
  );

/** The figure a warm result is ranked by: its CPU per invocation, or with the SDK its ratio to the SDK only. */
export const warmMetric = (result: WarmResult): number =>
  result.sdkOnly
    ? result.cpuMicrosPerInvocation / result.sdkOnly.cpuMicrosPerInvocation
    : result.cpuMicrosPerInvocation;

/** The process of median `metric` among several that measured the same thing, and the metric's spread. */
export interface MedianProcess<T> {
  /** That process's result, whole: its figures belong together (a ratio and the CPU it is of). */
  median: T;
  min: number;
  max: number;
  processes: number;
}

/**
 * The result of the process of median `metric` (the lower middle one of an even count), with
 * the least and the most any process measured. This machine is shared and noisy: the same code
 * in two processes can differ by a half, so one process is a sample, not a figure.
 */
export function medianProcess<T>(results: readonly T[], metric: (result: T) => number): MedianProcess<T> {
  if (results.length === 0) throw new Error('A median needs at least one process');
  const ranked = [...results].sort((a, b) => metric(a) - metric(b));
  const values = ranked.map(metric);
  return {
    median: ranked[Math.floor((ranked.length - 1) / 2)] as T,
    min: values[0] as number,
    max: values.at(-1) as number,
    processes: results.length,
  };
}
