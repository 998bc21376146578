import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianProcess, type WarmResult, warmMetric } from '../../bench/warm.ts';

const result = (cpuMicrosPerInvocation: number, sdkOnlyCpu?: number): WarmResult => ({
  functionId: 'postFeedback',
  fake: sdkOnlyCpu === undefined ? 'send' : 'http',
  invocations: 2000,
  cpuMicrosPerInvocation,
  invocationsPerSecond: 1000,
  dynamoCallsPerInvocation: 1,
  firstInvocationMs: 3,
  ...(sdkOnlyCpu !== undefined && {
    sdkOnly: {
      invocations: 2000,
      cpuMicrosPerInvocation: sdkOnlyCpu,
      invocationsPerSecond: 1000,
      dynamoCallsPerInvocation: 1,
      firstInvocationMs: 1,
      operations: ['TransactWriteItems'],
    },
  }),
});

describe('the warm figures of several processes', () => {
  it('ranks a process by its CPU, or with the SDK by its ratio to the SDK only', () => {
    expect(warmMetric(result(120))).toBe(120);
    expect(warmMetric(result(600, 400))).toBe(1.5);
  });

  it('keeps the whole result of the median process, with the spread of all of them', () => {
    const processes = [result(150), result(95), result(120)];
    const { median, min, max, processes: count } = medianProcess(processes, warmMetric);
    expect(median).toBe(processes[2]);
    expect([min, max, count]).toEqual([95, 150, 3]);
  });

  it('takes the ratio and the CPU it is of from one process, not the medians of each', () => {
    // Ratios 1.5, 1.2, 1.4: the median process is the third, whose CPU (700) is no one else's median.
    const processes = [result(600, 400), result(720, 600), result(700, 500)];
    const { median, min, max } = medianProcess(processes, warmMetric);
    expect(median).toBe(processes[2]);
    expect(median.cpuMicrosPerInvocation).toBe(700);
    expect([min, max]).toEqual([1.2, 1.5]);
  });

  it('is the lower middle of an even count, never more than half of the processes above it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 9 }),
        (cpus) => {
          const { median, min, max } = medianProcess(
            cpus.map((cpu) => result(cpu)),
            warmMetric,
          );
          const value = median.cpuMicrosPerInvocation;
          expect(min).toBe(Math.min(...cpus));
          expect(max).toBe(Math.max(...cpus));
          expect(cpus.filter((cpu) => cpu < value).length).toBeLessThanOrEqual(
            Math.floor((cpus.length - 1) / 2),
          );
          expect(cpus.filter((cpu) => cpu > value).length).toBeLessThanOrEqual(
            Math.ceil((cpus.length - 1) / 2),
          );
        },
      ),
    );
  });

  it('refuses to make a figure of no process', () => {
    expect(() => medianProcess([], warmMetric)).toThrow('at least one process');
  });
});
