import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServiceUnavailableError, ValidationError } from '#shared/errors';
import { httpRoute } from '#shared/http/middleware';
import { errorFields, logEvent, withRequestId } from '#shared/log';

afterEach(() => vi.restoreAllMocks());

/** The JSON lines written to stdout and stderr while `fn` runs. */
async function linesOf(fn: () => Promise<unknown> | unknown): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
  await fn();
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('logEvent', () => {
  it('writes one JSON line with level, message, fields and the request id of its invocation', async () => {
    const lines = await linesOf(() => withRequestId('req-1', () => logEvent('info', 'done', { items: 3 })));
    expect(lines).toEqual([{ level: 'info', msg: 'done', requestId: 'req-1', items: 3 }]);
  });

  it('keeps the ids of concurrent requests apart (the local server runs many in one process)', async () => {
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    const lines = await linesOf(() =>
      Promise.all(
        ['a', 'b', 'c'].map((id) =>
          withRequestId(id, async () => {
            await tick();
            logEvent('warn', 'step', { id });
            await tick();
            logEvent('error', 'step', { id });
          }),
        ),
      ),
    );
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line.requestId).toBe(line.id);
  });
});

describe('errorFields', () => {
  it('names any error but quotes only the messages the service or AWS wrote', () => {
    let parseError: unknown;
    try {
      JSON.parse('{"comment": Kari Nordmann 912 34 567');
    } catch (error) {
      parseError = error;
    }
    expect(String((parseError as Error).message)).toContain('Kari');
    expect(errorFields(parseError)).toEqual({ error: 'SyntaxError', detail: undefined });
    expect(errorFields(new ValidationError('The request is not valid.'))).toMatchObject({
      error: 'ValidationError',
      detail: 'The request is not valid.',
    });
    const aws = Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), {
      name: 'ProvisionedThroughputExceededException',
      $metadata: { httpStatusCode: 400 },
    });
    expect(errorFields(new ServiceUnavailableError('Try again.', { cause: aws }))).toEqual({
      error: 'ServiceUnavailableError',
      detail: 'Try again.',
      cause: 'ProvisionedThroughputExceededException',
      causeDetail: 'Rate of requests exceeds the allowed throughput.',
    });
    expect(errorFields(new ServiceUnavailableError('Try again.', { cause: parseError }))).toMatchObject({
      cause: 'SyntaxError',
      causeDetail: undefined,
    });
    expect(errorFields('a thrown string with Kari in it')).toEqual({ error: 'string', detail: undefined });
  });
});

describe('the HTTP middleware', () => {
  it('logs a failed request with its Lambda request id and nothing of the request', async () => {
    const handler = httpRoute(async () => {
      throw new TypeError('Cannot read properties of undefined (reading "Kari")');
    });
    const event = {
      version: '2.0',
      routeKey: 'POST /x',
      rawPath: '/x',
      rawQueryString: '',
      headers: { 'content-type': 'application/json' },
      body: '{"comment":"Kari 912 34 567"}',
      isBase64Encoded: false,
      requestContext: { http: { method: 'POST', sourceIp: '203.0.113.9', userAgent: 'ua' } },
    } as unknown as APIGatewayProxyEventV2;

    const lines = await linesOf(() => handler(event, { awsRequestId: 'lambda-req-9' } as Context));

    expect(lines).toEqual([
      { level: 'error', msg: 'request failed', requestId: 'lambda-req-9', error: 'TypeError' },
    ]);
  });
});
