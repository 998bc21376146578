import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';

/** A Lambda handler as the HTTP API invokes it (payload format 2.0). */
export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2 | unknown>;

export interface LocalRoute {
  /** `METHOD /path/{param}/{proxy+}`, exactly as in the HTTP API. */
  routeKey: string;
  handler: HttpApiHandler;
  /**
   * Stands in for API Gateway's JWT authorizer: the verified claims for the request, or
   * undefined to answer 401 without running the handler.
   */
  authorize?: (event: APIGatewayProxyEventV2) => Record<string, unknown> | undefined;
}

export interface StaticAsset {
  contentType: string;
  body: string | Buffer;
}

export interface LocalServerOptions {
  routes: LocalRoute[];
  /** Files served outside the API (demo pages, widgets, dashboard), by path. */
  assets?: () => Map<string, StaticAsset>;
  /** `GET /health` answers 200 only once this is true. */
  isReady?: () => boolean;
}

/** The HTTP API's own payload limit is 10 MB; the handlers enforce the contract's 16 KiB. */
const MAX_LOCAL_BODY_BYTES = 1024 * 1024;

interface CompiledRoute extends LocalRoute {
  method: string;
  pattern: RegExp;
  params: string[];
}

function compile(route: LocalRoute): CompiledRoute {
  const [method = '', path = ''] = route.routeKey.split(' ');
  const params: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      const greedy = /^\{(\w+)\+\}$/.exec(segment);
      if (greedy?.[1]) {
        params.push(greedy[1]);
        return '(.+)';
      }
      const param = /^\{(\w+)\}$/.exec(segment);
      if (param?.[1]) {
        params.push(param[1]);
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { ...route, method, pattern: new RegExp(`^${source}$`), params };
}

/** Like API Gateway: the most specific route wins, so literal paths beat `{proxy+}`. */
function match(routes: CompiledRoute[], method: string, path: string) {
  let best: { route: CompiledRoute; params: Record<string, string> } | undefined;
  for (const route of routes) {
    if (route.method !== method) continue;
    const found = route.pattern.exec(path);
    if (!found) continue;
    if (best && best.route.params.length <= route.params.length) continue;
    const params = Object.fromEntries(
      route.params.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]),
    );
    best = { route, params };
  }
  return best;
}

/** A path segment that is `.` or `..`, written plainly or percent-encoded. */
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;

/**
 * Whether the request's path is one a route may see: no dot segments (a URL parser would
 * resolve `/v1/sites/a/../b` to another route before anyone checked it) and only well-formed
 * percent-escapes (a bad one made the path parameters throw, answered as a 500).
 */
function isRoutablePath(rawPath: string): boolean {
  if (DOT_SEGMENT.test(rawPath)) return false;
  try {
    decodeURIComponent(rawPath);
    return true;
  } catch {
    return false;
  }
}

/** The contract's error body for a request Node's parser refused (headers too many or too long, bad syntax). */
function clientErrorResponse(error: NodeJS.ErrnoException): string {
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({
    error: tooLarge
      ? { code: 'headers_too_large', message: 'The request headers are too large.' }
      : { code: 'bad_request', message: 'The request is not valid HTTP.' },
  });
  return [
    tooLarge ? 'HTTP/1.1 431 Request Header Fields Too Large' : 'HTTP/1.1 400 Bad Request',
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    '',
    body,
  ].join('\r\n');
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_LOCAL_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return headers;
}

function clientIp(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
}

/** Turns a Node request into the event API Gateway HTTP API would send to Lambda. */
function toHttpApiEvent(
  req: IncomingMessage,
  url: URL,
  routeKey: string,
  pathParameters: Record<string, string>,
  body: Buffer,
): APIGatewayProxyEventV2 {
  const headers = headersOf(req);
  const now = new Date();
  const text = body.toString('utf8');
  const isText = Buffer.from(text, 'utf8').equals(body);
  // Like API Gateway (payload 2.0): a repeated parameter arrives once, its values joined by commas.
  const query =
    url.searchParams.size > 0
      ? Object.fromEntries(
          [...new Set(url.searchParams.keys())].map((key) => [key, url.searchParams.getAll(key).join(',')]),
        )
      : undefined;
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    headers,
    ...(query && { queryStringParameters: query }),
    ...(Object.keys(pathParameters).length > 0 && { pathParameters }),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: clientIp(req),
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length > 0 && { body: isText ? text : body.toString('base64') }),
    isBase64Encoded: body.length > 0 && !isText,
  };
}

function lambdaContext(name: string): Context {
  const started = Date.now();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`,
    memoryLimitInMB: '256',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, 10_000 - (Date.now() - started)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

function sendJson(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ error: { code, message } }));
}

function sendResult(res: ServerResponse, result: unknown) {
  // Like API Gateway: a plain value (not a structured result) is sent as a 200 JSON body.
  const structured =
    result && typeof result === 'object' && 'statusCode' in result
      ? (result as APIGatewayProxyStructuredResultV2)
      : { statusCode: 200, body: JSON.stringify(result), headers: { 'content-type': 'application/json' } };
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(structured.headers ?? {})) headers[name] = String(value);
  if (structured.cookies?.length) headers['set-cookie'] = structured.cookies;
  res.writeHead(structured.statusCode ?? 200, headers);
  const body = structured.body ?? '';
  res.end(structured.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}

/** An HTTP server that runs the real Lambda handlers behind HTTP-API-shaped events. */
export function createLocalServer(options: LocalServerOptions): Server {
  let compiled: CompiledRoute[] = [];
  const server = createServer(async (req, res) => {
    // Routes may be added after listening (the runtime needs the port before it loads handlers).
    if (compiled.length !== options.routes.length) compiled = options.routes.map(compile);
    const routes = compiled;
    try {
      const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
      if (!isRoutablePath(rawPath)) return sendJson(res, 400, 'invalid_path', 'The path is not valid.');
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = (req.method ?? 'GET').toUpperCase();
      if (url.pathname === '/health' && method === 'GET') {
        const ready = options.isReady?.() ?? true;
        res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: ready ? 'ok' : 'starting' }));
        return;
      }
      // A folder's page without its slash (`/dashboard`): to the folder, as CloudFront does (infra/dashboard-site.ts).
      if ((method === 'GET' || method === 'HEAD') && options.assets?.().has(`${url.pathname}/`)) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}`, 'cache-control': 'no-cache' });
        res.end();
        return;
      }
      const found = match(routes, method, url.pathname);
      if (found) {
        const body = await readBody(req);
        if (body === 'too-large')
          return sendJson(res, 413, 'payload_too_large', 'The request body is too large.');
        const event = toHttpApiEvent(req, url, found.route.routeKey, found.params, body);
        if (found.route.authorize) {
          const claims = found.route.authorize(event);
          if (!claims) return sendJson(res, 401, 'unauthorized', 'Sign in as staff to see this.');
          (event.requestContext as { authorizer?: unknown }).authorizer = { jwt: { claims, scopes: [] } };
        }
        const result = await found.route.handler(event, lambdaContext(found.route.routeKey));
        return sendResult(res, result);
      }
      const asset = method === 'GET' || method === 'HEAD' ? options.assets?.().get(url.pathname) : undefined;
      if (asset) {
        res.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'no-cache' });
        res.end(method === 'HEAD' ? undefined : asset.body);
        return;
      }
      sendJson(res, 404, 'not_found', 'Nothing here.');
    } catch (error) {
      console.error(
        JSON.stringify({ level: 'error', msg: 'local server error', error: (error as Error)?.name }),
      );
      if (!res.headersSent) sendJson(res, 500, 'internal_error', 'Something went wrong on our side.');
      else res.end();
    }
  });
  // Node answers a request its parser refuses with an empty 400/431; give it the contract's body.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable) socket.end(clientErrorResponse(error));
    else socket.destroy();
  });
  return server;
}
