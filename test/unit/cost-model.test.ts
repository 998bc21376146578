import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY_MB } from '../../infra/lambda-function.ts';
import {
  costOf,
  count,
  GB,
  LAMBDA_MEMORY_MB,
  type LambdaModel,
  markdownTable,
  type Operation,
  type Prices,
  priceText,
  recheckUnitsPerQuestion,
  renderCostDoc,
  totalOf,
  usageOf,
  usd,
} from '../../scripts/cost-model.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Made-up prices: one dollar for each unit of everything, so that a cost equals its usage. */
const ONE_DOLLAR: Prices = Object.fromEntries(
  [
    'lambdaCompute',
    'lambdaRequests',
    'httpApi',
    'dynamodbReads',
    'dynamodbWrites',
    'dynamodbStorage',
    'secret',
    'secretCalls',
    'logsIngestion',
    'logsStorage',
  ].map((key) => [key, { service: 'x', usd: 1, per: 1, unit: 'unit', source: 'https://example.com/' }]),
) as unknown as Prices;

const LAMBDA: LambdaModel = {
  memoryMb: 2048,
  coldStart: { initMs: 1000, firstInvocationExtraMs: 500, logBytes: 10 },
  functions: {
    route: { warmMs: 100, traffic: 'visitor', apiRequests: 1, readsSecret: true, logBytes: 100, why: '' },
    job: { warmMs: 1000, traffic: 'job', apiRequests: 0, readsSecret: false, logBytes: 50, why: '' },
  },
};

const OPERATIONS: Record<string, Operation> = {
  ask: { label: 'ask', units: { read: 1, write: 3 }, invocations: { route: 2 } },
  tick: { label: 'tick', units: { read: 0.5, write: 1 }, invocations: { job: 1 } },
};

describe('usageOf and costOf', () => {
  it('adds request units, requests, GB-seconds with cold starts, secret reads and log bytes', () => {
    const usage = usageOf(OPERATIONS, { ask: 10, tick: 4 }, LAMBDA, { visitor: 0.25, staff: 0, job: 1 });

    // ask: 20 invocations, 5 of them cold; tick: 4 invocations, all cold.
    expect(usage).toEqual({
      readUnits: 10 * 1 + 4 * 0.5,
      writeUnits: 10 * 3 + 4 * 1,
      apiRequests: 20,
      invocations: 24,
      // 2 GB × (20 × 0.1 s + 5 × 1.5 s) + 2 GB × (4 × 1 s + 4 × 1.5 s)
      gbSeconds: 2 * (2 + 7.5) + 2 * (4 + 6),
      secretCalls: 5,
      logBytes: 20 * 100 + 5 * 10 + 4 * 50 + 4 * 10,
      secretMonths: 0,
      storageGbMonths: 0,
      logStorageGbMonths: 0,
    });
  });

  it('prices each resource at its price per unit', () => {
    const usage = usageOf(OPERATIONS, { ask: 1 }, LAMBDA, { visitor: 0, staff: 0, job: 0 });
    const perMillion = { ...ONE_DOLLAR.httpApi, usd: 1, per: 1_000_000 };

    const costs = costOf(
      { ...usage, storageGbMonths: 3, logBytes: GB / 2 },
      { ...ONE_DOLLAR, httpApi: perMillion },
    );

    expect(costs).toMatchObject({
      lambdaRequests: 2,
      lambdaCompute: 2 * 0.2,
      httpApi: 2 / 1_000_000,
      dynamodbReads: 1,
      dynamodbWrites: 3,
      dynamodbStorage: 3,
      secretCalls: 0,
      logsIngestion: 0.5,
    });
    expect(totalOf(costs, ['dynamodbReads', 'dynamodbWrites'])).toBe(4);
    expect(totalOf(costs)).toBeCloseTo(2 + 0.4 + 0.000002 + 1 + 3 + 3 + 0.5);
  });

  it('refuses an operation or a function it has no figures for', () => {
    const cold = { visitor: 0, staff: 0, job: 0 };
    expect(() => usageOf(OPERATIONS, { nothing: 1 }, LAMBDA, cold)).toThrow('No operation nothing');
    const orphan = { lost: { label: 'lost', units: { read: 0, write: 0 }, invocations: { gone: 1 } } };
    expect(() => usageOf(orphan, { lost: 1 }, LAMBDA, cold)).toThrow('gone');
  });

  it('splits a measured re-check into a fixed run and a share per question', () => {
    const perQuestion = recheckUnitsPerQuestion({ read: 12, write: 22 }, { read: 2, write: 2 }, 20, 0.25);

    expect(perQuestion).toEqual({
      ordinary: { read: 0.625, write: 0 },
      afterRuleChange: { read: 0.5, write: 1 },
    });
  });
});

describe('the document’s formatting', () => {
  it('writes dollars with three significant digits and never an exponent', () => {
    expect([0, 0.0000012345, 0.01799, 0.5, 4.699, 13.757].map(usd)).toEqual([
      '$0',
      '$0.00000123',
      '$0.0180',
      '$0.500',
      '$4.70',
      '$13.76',
    ]);
    expect([0.2, 1.11, 0.0000133334].map(priceText)).toEqual(['$0.20', '$1.11', '$0.0000133334']);
    expect([844_940, 0.121, 1].map(count)).toEqual(['844 940', '0.121', '1']);
  });

  it('pads a table as Biome formats Markdown, numbers to the right', () => {
    expect(
      markdownTable(
        ['a', 'cost'],
        [
          ['longer', '$1'],
          ['b', '$10.00'],
        ],
        [1],
      ),
    ).toBe(
      ['| a      |   cost |', '| ------ | -----: |', '| longer |     $1 |', '| b      | $10.00 |'].join('\n'),
    );
  });
});

describe('docs/cost.md', () => {
  it('is what npm run docs:cost writes now (run it after changing the model or a measured figure)', () => {
    expect(read('docs/cost.md')).toBe(renderCostDoc());
  });

  it('prices the memory the functions are deployed with', () => {
    // FUNCTION_DEFAULTS is not exported from infra/lambda-function.ts; its source is the reference.
    expect(LAMBDA_MEMORY_MB).toBe(DEFAULT_MEMORY_MB);
    expect(read('infra/lambda-function.ts')).toMatch(/\bmemorySize: DEFAULT_MEMORY_MB,/);
  });
});
