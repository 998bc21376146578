import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { NotFoundError, ServiceUnavailableError } from '#shared/errors';
import { httpRoute } from '#shared/http/middleware';
import {
  conversationRequest,
  header,
  MAX_BODY_BYTES,
  parseQuery,
  parseWith,
  prefers,
  readJsonBody,
} from '#shared/http/request';

function anEvent(overrides: Partial<APIGatewayProxyEventV2> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /x',
    rawPath: '/x',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    requestContext: {
      accountId: '1',
      apiId: 'a',
      domainName: 'd',
      domainPrefix: 'd',
      http: { method: 'POST', path: '/x', protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'ua' },
      requestId: 'r',
      routeKey: 'POST /x',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    body: '{}',
    isBase64Encoded: false,
    ...overrides,
  };
}

const invoke = async (handler: ReturnType<typeof httpRoute>, event: APIGatewayProxyEventV2) =>
  (await handler(event, {} as Context)) as APIGatewayProxyStructuredResultV2;

describe('httpRoute', () => {
  it('serializes the result as JSON with no-store and the extra headers', async () => {
    const handler = httpRoute(async () => ({ statusCode: 201, body: { id: 'a' } }), {
      headersFor: () => ({ 'access-control-allow-origin': 'https://x.no' }),
    });

    const response = await invoke(handler, anEvent());

    expect(response.statusCode).toBe(201);
    expect(JSON.parse(response.body ?? '')).toEqual({ id: 'a' });
    expect(response.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'access-control-allow-origin': 'https://x.no',
    });
  });

  it('maps a typed error to its status and the contract error body, with the extra headers', async () => {
    const handler = httpRoute(
      async () => {
        throw new NotFoundError('No such site.', { code: 'site_not_found' });
      },
      { headersFor: () => ({ vary: 'origin' }) },
    );

    const response = await invoke(handler, anEvent());

    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body ?? '')).toEqual({
      error: { code: 'site_not_found', message: 'No such site.' },
    });
    expect(response.headers?.vary).toBe('origin');
  });

  it('answers an unexpected error with a 500 that shows no internals and logs no request data', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = httpRoute(async () => {
      throw new TypeError('secret internals at /var/task/index.mjs');
    });

    const response = await invoke(handler, anEvent({ body: '{"comment":"912 34 567"}' }));

    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret');
    expect(JSON.parse(response.body ?? '').error.code).toBe('internal_error');
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]?.[0])).not.toMatch(/912|203\.0\.113/);
    log.mockRestore();
  });

  it('keeps the cause of a 503 out of the body', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = httpRoute(async () => {
      throw new ServiceUnavailableError('Try again.', {
        cause: new Error('ProvisionedThroughputExceeded on table x'),
      });
    });

    const response = await invoke(handler, anEvent());

    expect(response.statusCode).toBe(503);
    expect(response.body).not.toContain('table x');
    expect(response.headers?.['retry-after']).toBe('1');
    log.mockRestore();
  });

  const failing = (error: unknown) =>
    httpRoute(async () => {
      throw error;
    });
  const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

  it.each([
    ['the connection refused', withCode('connect ECONNREFUSED 127.0.0.1:8000', 'ECONNREFUSED')],
    ['a reset inside the SDK error', new Error('socket hang up', { cause: withCode('reset', 'ECONNRESET') })],
    [
      'throttling after the SDK’s retries',
      Object.assign(new Error('slow down'), { name: 'ThrottlingException' }),
    ],
    [
      'a 500 from DynamoDB',
      Object.assign(new Error('x'), { name: 'InternalServerError', $metadata: { httpStatusCode: 500 } }),
    ],
    [
      'every address refused',
      new AggregateError([withCode('a', 'ECONNREFUSED'), withCode('b', 'ECONNREFUSED')]),
    ],
  ])('answers %s with 503, Retry-After and the contract’s body, not a 500', async (_name, error) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const response = await invoke(failing(error), anEvent());

    expect(response.statusCode).toBe(503);
    expect(response.headers?.['retry-after']).toBe('1');
    expect(JSON.parse(response.body ?? '')).toEqual({
      error: { code: 'service_unavailable', message: expect.any(String) },
    });
    log.mockRestore();
  });

  it('still answers a bug with a 500', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const response = await invoke(failing(new TypeError('x is undefined')), anEvent());

    expect(response.statusCode).toBe(500);
    expect(response.headers?.['retry-after']).toBeUndefined();
    log.mockRestore();
  });
});

describe('httpRoute near the end of the invocation’s time', () => {
  const contextWith = (remainingMs: number) => ({ getRemainingTimeInMillis: () => remainingMs }) as Context;

  it('answers 503 with Retry-After just before Lambda would cut the route off', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = httpRoute(() => new Promise(() => undefined), { headersFor: () => ({ vary: 'origin' }) });

    const response = (await handler(anEvent(), contextWith(20))) as APIGatewayProxyStructuredResultV2;

    expect(response.statusCode).toBe(503);
    expect(response.headers).toMatchObject({ 'retry-after': '1', vary: 'origin' });
    expect(JSON.parse(response.body ?? '').error.code).toBe('service_unavailable');
    expect(String(log.mock.calls[0]?.[0])).toContain('TimeoutError');
    log.mockRestore();
  });

  it('answers as usual when the route is done in time, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    try {
      const handler = httpRoute(async () => ({ statusCode: 201, body: { id: 'a' } }));

      const response = (await handler(anEvent(), contextWith(10_000))) as APIGatewayProxyStructuredResultV2;

      expect(response.statusCode).toBe(201);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers a failure to build the answer like a failure of the route', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let calls = 0;
    const handler = httpRoute(async () => ({ statusCode: 200, body: { n: 1n } }), {
      headersFor: () => {
        calls++;
        return { vary: 'origin' };
      },
    });

    const response = await invoke(handler, anEvent());

    expect(response.statusCode).toBe(500);
    expect(response.headers?.vary).toBe('origin');
    expect(calls).toBe(2);
    log.mockRestore();
  });
});

describe('readJsonBody', () => {
  it('takes a lone surrogate in a text body as U+FFFD, as encoding it to UTF-8 would', () => {
    const body = '{"a":"x\uD800y"}';
    expect(body.isWellFormed()).toBe(false);
    expect(readJsonBody(anEvent({ body }))).toEqual({ a: 'x\uFFFDy' });
    // Counted as the three bytes of U+FFFD.
    const big = `{"a":"${'x'.repeat(MAX_BODY_BYTES - 10)}\uD800"}`;
    expect(Buffer.byteLength(big, 'utf8')).toBe(MAX_BODY_BYTES + 1);
    expect(() => readJsonBody(anEvent({ body: big }))).toThrow(expect.objectContaining({ statusCode: 413 }));
  });

  it('refuses invalid UTF-8 in a base64 body with 400', () => {
    const body = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]).toString('base64');
    expect(() => readJsonBody(anEvent({ body, isBase64Encoded: true }))).toThrow(
      expect.objectContaining({ statusCode: 400, code: 'invalid_utf8' }),
    );
  });

  it('takes JSON in UTF-8 whatever the case and spacing of its media type, and no other charset', () => {
    const withType = (type: string) => anEvent({ headers: { 'content-type': type } });
    for (const type of [
      'application/json',
      'Application/JSON',
      'application/json; charset=UTF-8',
      'application/json;charset="utf-8"',
    ]) {
      expect(readJsonBody(withType(type))).toEqual({});
    }
    for (const type of ['application/json; charset=latin1', 'application/jsonx', '']) {
      expect(() => readJsonBody(withType(type))).toThrow(expect.objectContaining({ statusCode: 415 }));
    }
  });

  it('accepts a body of exactly 16 KiB and rejects one byte more with 413', () => {
    const fill = (n: number) => JSON.stringify({ a: 'x'.repeat(n - 8) });
    expect(fill(MAX_BODY_BYTES)).toHaveLength(MAX_BODY_BYTES);

    expect(() => readJsonBody(anEvent({ body: fill(MAX_BODY_BYTES) }))).not.toThrow();
    expect(() => readJsonBody(anEvent({ body: fill(MAX_BODY_BYTES + 1) }))).toThrow(
      expect.objectContaining({ statusCode: 413 }),
    );
  });

  it('counts bytes, not characters', () => {
    const body = JSON.stringify({ a: 'æ'.repeat(MAX_BODY_BYTES / 2) });
    expect(() => readJsonBody(anEvent({ body }))).toThrow(expect.objectContaining({ statusCode: 413 }));
  });

  it('decodes a base64 body', () => {
    const body = Buffer.from('{"found":true}').toString('base64');
    expect(readJsonBody(anEvent({ body, isBase64Encoded: true }))).toEqual({ found: true });
  });

  it('rejects a non-JSON media type with 415 and broken JSON with 400', () => {
    expect(() => readJsonBody(anEvent({ headers: { 'content-type': 'text/plain' } }))).toThrow(
      expect.objectContaining({ statusCode: 415 }),
    );
    expect(() => readJsonBody(anEvent({ body: '{"a":' }))).toThrow(
      expect.objectContaining({ statusCode: 400, code: 'invalid_json' }),
    );
  });
});

describe('parseWith', () => {
  it('lists every problem by path', () => {
    const schema = z.strictObject({ a: z.number(), b: z.object({ c: z.string() }) });

    expect(() => parseWith(schema, { a: 'x', b: { c: 1 }, d: 1 })).toThrow(
      expect.objectContaining({
        statusCode: 400,
        details: expect.arrayContaining([
          expect.objectContaining({ path: 'a' }),
          expect.objectContaining({ path: 'b.c' }),
          // The unknown field by its name.
          expect.objectContaining({ path: 'd' }),
        ]),
      }),
    );
  });

  it('names the query parameter, and the query rather than a body when no parameter is to blame', () => {
    const query = z.strictObject({ month: z.string() });
    const event = (queryStringParameters: Record<string, string>) =>
      anEvent({ queryStringParameters }) as APIGatewayProxyEventV2;

    expect(() => parseQuery(query, event({ month: '2026-11', monht: 'x' }))).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ path: 'monht' })] }),
    );
    expect(() => parseWith(z.string(), 1, 'query')).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ path: '(query)' })] }),
    );
  });
});

describe('request headers', () => {
  const withHeaders = (headers: Record<string, string>) => anEvent({ headers }) as APIGatewayProxyEventV2;

  it('finds a header whatever the case of its name', () => {
    expect(header(withHeaders({ Origin: 'https://x.no' }), 'origin')).toBe('https://x.no');
    expect(header(withHeaders({ origin: 'https://x.no' }), 'Origin')).toBe('https://x.no');
  });

  it('takes the Bearer scheme in any case (RFC 9110)', () => {
    const token = 'a'.repeat(43);
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      expect(conversationRequest(withHeaders({ authorization: `${scheme} ${token}` })).token).toBe(token);
    }
    expect(conversationRequest(withHeaders({ authorization: `Basic ${token}` })).token).toBeUndefined();
  });

  it.each([
    ['text/csv', true],
    ['text/csv;q=0.5, application/json', false],
    ['application/json;q=0.5, text/csv', true],
    ['text/csv;q=0', false],
    ['*/*', false],
    ['text/csv, */*;q=0.1', true],
    ['TEXT/CSV', true],
  ])('honours the weights of Accept: %j prefers CSV is %s', (accept, csv) => {
    expect(prefers(withHeaders({ accept }), 'text/csv')).toBe(csv);
  });
});
