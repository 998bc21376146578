import { request } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalServer, type LocalRoute } from '../../infra/local/server.ts';

describe('createLocalServer', () => {
  const seen: APIGatewayProxyEventV2[] = [];
  const route = (routeKey: string, status: number): LocalRoute => ({
    routeKey,
    handler: async (event) => {
      seen.push(event);
      return { statusCode: status, headers: { 'x-route': routeKey }, body: '{"ok":true}' };
    },
  });
  const routes = [
    route('OPTIONS /v1/sites/{siteId}/{proxy+}', 204),
    route('POST /v1/sites/{siteId}/feedback', 201),
  ];
  let ready = false;
  const server = createLocalServer({
    routes,
    isReady: () => ready,
    assets: () =>
      new Map([
        ['/', { contentType: 'text/html', body: '<p>demo</p>' }],
        ['/dashboard/', { contentType: 'text/html', body: '<p>dashboard</p>' }],
      ]),
  });
  let base = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** A request sent as written: fetch would resolve dot segments before sending. */
  const raw = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += String(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it.each([
    ['a bad percent-escape', '/v1/sites/%E0%A4%A/feedback'],
    ['a dot-dot segment', '/v1/sites/x/../demo/feedback'],
    ['an encoded dot-dot segment', '/v1/sites/x/%2e%2E/demo/feedback'],
    ['a dot segment', '/v1/sites/demo/./feedback'],
  ])('answers a path with %s with the contract’s 400, without running a handler', async (_name, path) => {
    const before = seen.length;

    const answer = await raw(path);

    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ error: { code: 'invalid_path', message: expect.any(String) } });
    expect(seen.length).toBe(before);
  });

  it('answers headers too large for Node’s parser with a 431 and the contract’s body', async () => {
    const answer = await raw('/v1/sites/demo/feedback', { 'x-big': 'a'.repeat(20_000) });

    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body)).toEqual({
      error: { code: 'headers_too_large', message: 'The request headers are too large.' },
    });
  });

  it.each([
    ['a header line without a colon', 'X-Injected\r\n'],
    ['a bare CR inside a header value', 'X-Note: a\rSet-Cookie: b\r\n'],
    ['a header name with a space', 'Bad Name: x\r\n'],
  ])('answers a request with %s with the contract’s 400 body', async (_name, line) => {
    const { port } = server.address() as AddressInfo;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`POST /v1/sites/demo/feedback HTTP/1.1\r\nHost: x\r\n${line}Content-Length: 0\r\n\r\n`);
      });
      let received = '';
      socket.on('data', (chunk) => {
        received += String(chunk);
      });
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
    });

    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({
      error: { code: 'bad_request', message: 'The request is not valid HTTP.' },
    });
  });

  it('answers /health with 503 until ready, then 200', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(503);
    ready = true;
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('turns a request into an HTTP API payload v2 event', async () => {
    const response = await fetch(`${base}/v1/sites/demo/feedback?a=1&b=2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Custom': 'yes' },
      body: '{"found":true}',
    });

    expect(response.status).toBe(201);
    const event = seen.at(-1);
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /v1/sites/{siteId}/feedback',
      rawPath: '/v1/sites/demo/feedback',
      rawQueryString: 'a=1&b=2',
      queryStringParameters: { a: '1', b: '2' },
      pathParameters: { siteId: 'demo' },
      headers: { 'content-type': 'application/json', 'x-custom': 'yes' },
      body: '{"found":true}',
      isBase64Encoded: false,
      requestContext: { http: { method: 'POST', sourceIp: '127.0.0.1' }, stage: '$default' },
    });
  });

  it('joins the values of a repeated query parameter with commas, as API Gateway does', async () => {
    await fetch(`${base}/v1/sites/demo/feedback?from=2026-01-01&to=x&from=2026-02-01`, { method: 'POST' });

    expect(seen.at(-1)?.queryStringParameters).toEqual({ from: '2026-01-01,2026-02-01', to: 'x' });
  });

  it('routes a greedy path parameter and passes binary bodies as base64', async () => {
    const response = await fetch(`${base}/v1/sites/demo/conversations/abc/messages`, {
      method: 'OPTIONS',
      body: new Uint8Array([0xff, 0xfe, 0x00]),
    });

    expect(response.status).toBe(204);
    expect(seen.at(-1)).toMatchObject({
      pathParameters: { siteId: 'demo', proxy: 'conversations/abc/messages' },
      isBase64Encoded: true,
      body: Buffer.from([0xff, 0xfe, 0x00]).toString('base64'),
    });
  });

  it('serves assets and answers unknown paths with a JSON 404', async () => {
    expect(await (await fetch(`${base}/`)).text()).toBe('<p>demo</p>');
    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('sends a folder’s page asked for without its slash to the folder, query kept', async () => {
    const response = await fetch(`${base}/dashboard?lang=nn`, { redirect: 'manual' });

    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/dashboard/?lang=nn');
    expect(await (await fetch(`${base}/dashboard`)).text()).toBe('<p>dashboard</p>');
    // Not a folder: still the JSON 404.
    expect((await fetch(`${base}/nope`, { redirect: 'manual' })).status).toBe(404);
  });
});
