import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { FUNCTIONS, type FunctionId } from '../infra/functions.ts';
import { DEFAULT_GRANTS_CLAIM } from '../shared/staff/access.ts';
import { BENCH_CONVERSATION, BENCH_SITE } from './env.ts';

/**
 * What the bench sends each function: one realistic API Gateway HTTP API (payload v2) event
 * and the statuses that mean the happy path ran. A status outside the list fails the bench,
 * so it never times an error path by accident. Typed by `FunctionId`, so a function added
 * to infra/functions.ts does not compile until it has a case here.
 */
export interface BenchCase {
  /** Deterministic: the same event on every call (a fresh object each time). */
  event: () => APIGatewayProxyEventV2;
  expectedStatuses: readonly number[];
}

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:147.0) Gecko/20100101 Firefox/147.0';
/** From TEST-NET-2 (RFC 5737): never a real visitor. */
const SOURCE_IP = '198.51.100.23';
const TIME_EPOCH = Date.parse('2026-11-23T10:00:00Z');

interface EventSpec {
  /** One of the function's route keys, `METHOD /path/{param}`. */
  routeKey: string;
  pathParameters: Record<string, string>;
  headers: Record<string, string>;
  body?: string;
  query?: Record<string, string>;
  /** Claims as API Gateway's JWT authorizer hands them over (staff routes). */
  claims?: Record<string, string>;
}

/** Fills `{param}` and `{param+}` in the route's path from the path parameters. */
export function pathOf(routeKey: string, pathParameters: Record<string, string>): string {
  const path = routeKey.split(' ')[1] ?? '';
  return path.replace(/\{(\w+)\+?\}/g, (_, name: string) => {
    const value = pathParameters[name];
    if (value === undefined) throw new Error(`No value for {${name}} in route "${routeKey}"`);
    return encodeURIComponent(value);
  });
}

/** The event as API Gateway HTTP API delivers it: lower-case headers, the forwarding headers. */
function httpApiEvent(spec: EventSpec): APIGatewayProxyEventV2 {
  const method = spec.routeKey.split(' ')[0] ?? '';
  const rawPath = pathOf(spec.routeKey, spec.pathParameters);
  const domainName = 'a1b2c3d4e5.execute-api.eu-north-1.amazonaws.com';
  const headers = {
    accept: '*/*',
    'accept-encoding': 'gzip, deflate, br, zstd',
    'accept-language': 'nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en-US;q=0.6,en;q=0.5',
    host: domainName,
    'user-agent': FIREFOX,
    'x-amzn-trace-id': 'Root=1-6922dbe0-0123456789abcdef01234567',
    'x-forwarded-for': SOURCE_IP,
    'x-forwarded-port': '443',
    'x-forwarded-proto': 'https',
    ...(spec.body !== undefined && { 'content-length': String(Buffer.byteLength(spec.body, 'utf8')) }),
    ...spec.headers,
  };
  return {
    version: '2.0',
    routeKey: spec.routeKey,
    rawPath,
    rawQueryString: new URLSearchParams(spec.query).toString(),
    headers,
    ...(spec.query && { queryStringParameters: spec.query }),
    pathParameters: spec.pathParameters,
    requestContext: {
      ...(spec.claims && { authorizer: { jwt: { claims: spec.claims, scopes: [] } } }),
      accountId: '123456789012',
      apiId: 'a1b2c3d4e5',
      domainName,
      domainPrefix: 'a1b2c3d4e5',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: SOURCE_IP, userAgent: FIREFOX },
      requestId: 'TnBnxjbPAi0EJWA=',
      routeKey: spec.routeKey,
      stage: '$default',
      time: '23/Nov/2026:10:00:00 +0000',
      timeEpoch: TIME_EPOCH,
    },
    ...(spec.body !== undefined && { body: spec.body }),
    isBase64Encoded: false,
  };
}

/** What the chat widget on a page of the site sends with every request for its conversation. */
const conversationHeaders = (extra: Record<string, string> = {}): Record<string, string> => ({
  origin: BENCH_SITE.origin,
  referer: `${BENCH_SITE.origin}/renovasjon`,
  authorization: `Bearer ${BENCH_CONVERSATION.token}`,
  ...extra,
});

const conversationPath = () => ({ siteId: BENCH_SITE.id, id: BENCH_CONVERSATION.id });

const routeOf = (id: FunctionId, method: string): string => {
  const route = FUNCTIONS[id].routes.find((key) => key.startsWith(`${method} `));
  if (!route) throw new Error(`Function ${id} has no ${method} route in infra/functions.ts`);
  return route;
};

/** An editor of the bench site, as Cognito's token would describe one (groups as API Gateway renders them). */
const EDITOR_CLAIMS = {
  sub: '6b1d7c2e-0f3a-4c5b-9e8d-1a2b3c4d5e6f',
  email: 'redaktor@demo.kommune.no',
  [DEFAULT_GRANTS_CLAIM]: `[stats site:${BENCH_SITE.id}]`,
};

/** A quality reviewer of the bench site. */
const REVIEWER_CLAIMS = {
  sub: '0c9e8d7f-1a2b-4c3d-8e9f-a0b1c2d3e4f5',
  email: 'kvalitet@demo.kommune.no',
  [DEFAULT_GRANTS_CLAIM]: `[transcripts site:${BENCH_SITE.id}]`,
};

/** A staff GET as the dashboard sends it, with a fixed range so the bench does the same work every day. */
const staffEvent =
  (
    id: FunctionId,
    query: Record<string, string>,
    claims = EDITOR_CLAIMS,
    path: Record<string, string> = {},
  ) =>
  () =>
    httpApiEvent({
      routeKey: routeOf(id, 'GET'),
      pathParameters: { siteId: BENCH_SITE.id, ...path },
      headers: {
        accept: 'application/json',
        authorization: 'Bearer eyJraWQiOiJiZW5jaCJ9.eyJzdWIiOiJiZW5jaCJ9.c2ln',
      },
      query,
      claims,
    });

/** A visitor's POST to a site route from the site's own page, with a JSON body. */
const visitorPost = (id: FunctionId, body: unknown) => () =>
  httpApiEvent({
    routeKey: routeOf(id, 'POST'),
    pathParameters: { siteId: BENCH_SITE.id },
    headers: {
      'content-type': 'application/json',
      origin: BENCH_SITE.origin,
      referer: `${BENCH_SITE.origin}/renovasjon`,
    },
    body: JSON.stringify(body),
  });

const THIRTY_DAYS = { from: '2026-10-25', to: '2026-11-23' };

export const BENCH_CASES: Record<FunctionId, BenchCase> = {
  feedbackStats: { event: staffEvent('feedbackStats', THIRTY_DAYS), expectedStatuses: [200] },
  chatStats: { event: staffEvent('chatStats', THIRTY_DAYS), expectedStatuses: [200] },
  billing: { event: staffEvent('billing', { month: '2026-11' }), expectedStatuses: [200] },
  feedbackComments: { event: staffEvent('feedbackComments', THIRTY_DAYS), expectedStatuses: [200] },
  transcripts: {
    event: staffEvent('transcripts', { date: '2026-11-23' }, REVIEWER_CLAIMS),
    expectedStatuses: [200],
  },
  transcript: {
    event: staffEvent('transcript', {}, REVIEWER_CLAIMS, { id: BENCH_CONVERSATION.id }),
    expectedStatuses: [200],
  },
  maskingStats: { event: staffEvent('maskingStats', THIRTY_DAYS), expectedStatuses: [200] },
  unansweredQuestions: {
    event: staffEvent('unansweredQuestions', { date: '2026-11-23' }, REVIEWER_CLAIMS),
    expectedStatuses: [200],
  },
  auditTrail: {
    event: staffEvent('auditTrail', { from: '2026-11-17', to: '2026-11-23' }, REVIEWER_CLAIMS),
    expectedStatuses: [200],
  },
  postFeedback: {
    event: visitorPost('postFeedback', {
      url: `${BENCH_SITE.origin}/renovasjon`,
      found: false,
      comment: 'Ring meg på 912 34 567',
    }),
    // 201 for a new vote, 200 for a repeat that replaced one.
    expectedStatuses: [201, 200],
  },
  startConversation: {
    event: visitorPost('startConversation', { lang: 'nb', startUrl: `${BENCH_SITE.origin}/renovasjon` }),
    expectedStatuses: [201],
  },
  postMessage: {
    event: () =>
      httpApiEvent({
        routeKey: routeOf('postMessage', 'POST'),
        pathParameters: conversationPath(),
        headers: conversationHeaders({ 'content-type': 'application/json' }),
        body: JSON.stringify({ text: 'Når blir søppelet hentet? Ring meg på 912 34 567' }),
      }),
    expectedStatuses: [201],
  },
  exportConversation: {
    event: () =>
      httpApiEvent({
        routeKey: routeOf('exportConversation', 'GET'),
        pathParameters: conversationPath(),
        headers: conversationHeaders({ accept: 'application/json' }),
      }),
    expectedStatuses: [200],
  },
  forgetConversation: {
    event: () =>
      httpApiEvent({
        routeKey: routeOf('forgetConversation', 'DELETE'),
        pathParameters: conversationPath(),
        headers: conversationHeaders(),
      }),
    expectedStatuses: [204],
  },
  preflight: {
    event: () =>
      httpApiEvent({
        routeKey: routeOf('preflight', 'OPTIONS'),
        pathParameters: { siteId: BENCH_SITE.id, proxy: 'feedback' },
        headers: {
          origin: BENCH_SITE.origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      }),
    expectedStatuses: [204],
  },
};

/** The case for a function, or a message that says where to add one. */
export function benchCaseFor(id: string): BenchCase {
  const found = (BENCH_CASES as Partial<Record<string, BenchCase>>)[id];
  if (!found) {
    throw new Error(
      `Function "${id}" is in infra/functions.ts but has no bench event factory: add one to BENCH_CASES in bench/events.ts.`,
    );
  }
  return found;
}

/** A Lambda context like the runtime's; handlers here read nothing from it. */
export function benchContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-north-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: '8f5c2a4e-6d1b-4f3a-9c2e-1b7d0e9a4c11',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/11/23/[$LATEST]0123456789abcdef0123456789abcdef',
    getRemainingTimeInMillis: () => 10_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
