import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BENCH_CASES, benchCaseFor, pathOf } from '../../bench/events.ts';
import { FUNCTIONS } from '../../infra/functions.ts';

/** The parts of an API Gateway HTTP API payload v2 event the handlers and their HTTP wrapper rely on. */
const httpApiEventSchema = z.object({
  version: z.literal('2.0'),
  routeKey: z.string().regex(/^[A-Z]+ \/\S*$/),
  rawPath: z.string().startsWith('/'),
  rawQueryString: z.string(),
  headers: z.record(
    z.string().regex(/^[a-z0-9-]+$/, 'header names are lower-case in payload v2'),
    z.string(),
  ),
  pathParameters: z.record(z.string(), z.string()).optional(),
  requestContext: z.object({
    accountId: z.string().min(1),
    apiId: z.string().min(1),
    domainName: z.string().min(1),
    http: z.object({
      method: z.string(),
      path: z.string(),
      protocol: z.string(),
      sourceIp: z.ipv4(),
      userAgent: z.string().min(1),
    }),
    requestId: z.string().min(1),
    routeKey: z.string(),
    stage: z.string(),
    time: z.string(),
    timeEpoch: z.number().int(),
  }),
  body: z.string().optional(),
  isBase64Encoded: z.boolean(),
});

const functionIds = Object.keys(FUNCTIONS);

describe('bench events', () => {
  it('has an event factory for every function in infra/functions.ts, and none for others', () => {
    expect(Object.keys(BENCH_CASES).sort()).toEqual([...functionIds].sort());
  });

  it('says where to add a factory for a function without one', () => {
    expect(() => benchCaseFor('newFunction')).toThrow(/newFunction.*bench\/events\.ts/);
  });

  it.each(functionIds)('makes a valid payload v2 event for one of the routes of %s', (id) => {
    // Prepare
    const benchCase = benchCaseFor(id);
    const routes: readonly string[] = FUNCTIONS[id as keyof typeof FUNCTIONS].routes;

    // Act
    const event = httpApiEventSchema.parse(benchCase.event());

    // Assess
    expect(routes).toContain(event.routeKey);
    expect(event.requestContext.routeKey).toBe(event.routeKey);
    expect(event.requestContext.http.method).toBe(event.routeKey.split(' ')[0]);
    expect(event.rawPath).toBe(pathOf(event.routeKey, event.pathParameters ?? {}));
    expect(event.requestContext.http.path).toBe(event.rawPath);
    expect(event.headers['user-agent']).toBe(event.requestContext.http.userAgent);
    if (event.body !== undefined) {
      expect(event.headers['content-length']).toBe(String(Buffer.byteLength(event.body)));
      if (event.headers['content-type'] === 'application/json')
        expect(() => JSON.parse(event.body ?? '')).not.toThrow();
    }
    expect(benchCase.expectedStatuses.length).toBeGreaterThan(0);
  });

  it.each(functionIds)('makes the same event every time for %s, as a fresh object', (id) => {
    const benchCase = benchCaseFor(id);

    const first = benchCase.event();
    const second = benchCase.event();

    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second.headers).not.toBe(first.headers);
  });
});

describe('pathOf', () => {
  it('fills plain and greedy path parameters', () => {
    expect(pathOf('OPTIONS /v1/sites/{siteId}/{proxy+}', { siteId: 'demo', proxy: 'feedback' })).toBe(
      '/v1/sites/demo/feedback',
    );
  });

  it('fails on a parameter without a value', () => {
    expect(() => pathOf('POST /v1/sites/{siteId}/feedback', {})).toThrow(/siteId/);
  });
});
