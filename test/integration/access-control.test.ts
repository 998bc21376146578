import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, type FunctionDefinition } from '../../infra/functions.ts';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { scanTables } from '../support/dynamo.ts';
import { startTestRuntime } from '../support/runtime.ts';

/**
 * Object-level authorization: for many pairs of conversations and sites, no token reads, posts
 * to or deletes another's conversation, and a staff grant for one site sees nothing of another.
 */
const OTHER = { id: 'annen-kommune', name: 'Annen kommune', origins: ['https://www.annen.kommune.no'] };

let runtime: Runtime;
interface Owned {
  site: string;
  conversationId: string;
  token: string;
}
const owned: Owned[] = [];

/** A visitor's request to a site's conversation, from that site's own origin. */
function visitor(site: string) {
  const origin = site === OTHER.id ? OTHER.origins[0] : undefined;
  const api = chatClient(runtime.url, site);
  const headers = origin ? { origin } : undefined;
  return {
    ask: (id: string, token: string) =>
      api.request('POST', `/${id}/messages`, {
        token,
        body: { text: 'Hei igjen' },
        ...(headers && { headers }),
      }),
    export: (id: string, token: string) =>
      api.request('GET', `/${id}`, { token, ...(headers && { headers }) }),
    forget: (id: string, token: string) =>
      api.request('DELETE', `/${id}`, { token, ...(headers && { headers }) }),
    start: () => api.request('POST', '', { body: { lang: 'nb' }, ...(headers && { headers }) }),
  };
}

beforeAll(async () => {
  runtime = await startTestRuntime('it-access', { extraSites: [OTHER] });
  for (const site of ['demo', 'demo', 'demo', OTHER.id, OTHER.id]) {
    const started = await visitor(site).start();
    expect(started.status).toBe(201);
    owned.push({ site, conversationId: started.json.conversationId, token: started.json.token });
  }
});

afterAll(async () => {
  await runtime?.close();
});

const snapshot = () => scanTables(runtime.endpoint, runtime.tables);

describe('object-level authorization', () => {
  it('lets no token act on another conversation, on any site, by any route', async () => {
    const before = await snapshot();
    const index = fc.nat({ max: owned.length - 1 });
    const pair = fc
      .record({
        target: index,
        tokenOf: index,
        site: fc.constantFrom('demo', OTHER.id),
        route: fc.constantFrom('ask', 'export', 'forget' as const),
      })
      .filter(({ target, tokenOf, site }) => target !== tokenOf || site !== owned[target]?.site);

    await fc.assert(
      fc.asyncProperty(pair, async ({ target, tokenOf, site, route }) => {
        const conversation = owned[target] as Owned;
        const token = (owned[tokenOf] as Owned).token;
        const answer = await visitor(site)[route as 'ask' | 'export' | 'forget'](
          conversation.conversationId,
          token,
        );
        // 404 whatever the reason; a foreign origin is refused first with 403 on the routes that check it.
        expect([403, 404]).toContain(answer.status);
        expect(answer.json.error.code).toMatch(
          /^(conversation_not_found|origin_not_allowed|site_not_found)$/,
        );
      }),
      { numRuns: 80 },
    );

    expect(await snapshot()).toEqual(before);
    // And the owners can still use their own.
    for (const conversation of owned) {
      expect(
        (await visitor(conversation.site).export(conversation.conversationId, conversation.token)).status,
      ).toBe(200);
    }
  });

  it('shows a staff grant for one site nothing of another, on every staff route', async () => {
    const staffFunctions = Object.entries(FUNCTIONS as Record<string, FunctionDefinition>).filter(
      ([, definition]) => definition.staff,
    );
    const handlers = await Promise.all(
      staffFunctions.map(async ([id, definition]) => {
        const module = (await import(/* @vite-ignore */ `../../${definition.entry}`)) as {
          handler: (event: APIGatewayProxyEventV2, context: unknown) => Promise<{ statusCode: number }>;
        };
        return { id, route: definition.routes[0] as string, handler: module.handler };
      }),
    );
    const event = (route: string, site: string, groups: string): APIGatewayProxyEventV2 =>
      ({
        version: '2.0',
        routeKey: route,
        rawPath: route.split(' ')[1]?.replace('{siteId}', site).replace('{id}', randomUUID()) ?? '/',
        rawQueryString: '',
        headers: { accept: 'application/json' },
        queryStringParameters: { month: '2026-11', date: '2026-11-23' },
        pathParameters: { siteId: site, id: owned[0]?.conversationId ?? '' },
        requestContext: {
          http: { method: 'GET' },
          authorizer: { jwt: { claims: { sub: 'staff-1', 'cognito:groups': groups }, scopes: [] } },
        },
        isBase64Encoded: false,
      }) as unknown as APIGatewayProxyEventV2;

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...handlers),
        fc.constantFrom('demo', OTHER.id),
        fc.subarray(['stats', 'transcripts']),
        async ({ route, handler }, site, roles) => {
          const elsewhere = site === 'demo' ? OTHER.id : 'demo';
          const groups = `[${[...roles, `site:${elsewhere}`, 'site:grimstad'].join(' ')}]`;
          const answer = await handler(event(route, site, groups), {});
          expect(answer.statusCode).toBe(403);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers 401 on every staff route without a token or with a wrong one, and 403 without the role', async () => {
    const staffRoutes = Object.values(FUNCTIONS as Record<string, FunctionDefinition>)
      .filter((definition) => definition.staff)
      .flatMap((definition) => definition.routes);
    expect(staffRoutes).toEqual(
      expect.arrayContaining([
        'GET /v1/sites/{siteId}/stats/masking',
        'GET /v1/sites/{siteId}/transcripts/unanswered',
      ]),
    );
    const before = await snapshot();

    for (const route of staffRoutes) {
      const path = (route.split(' ')[1] ?? '').replace('{siteId}', 'demo').replace('{id}', randomUUID());
      for (const authorization of [
        undefined,
        'Bearer not-the-staff-token',
        `Bearer ${runtime.staffToken}x`,
      ]) {
        const response = await fetch(`${runtime.url}${path}?date=2026-11-23`, {
          headers: { accept: 'application/json', ...(authorization && { authorization }) },
        });
        expect(response.status, `${route} ${authorization ?? '(none)'}`).toBe(401);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['GET /v1/sites/{siteId}/stats/masking', 'transcripts'],
    ['GET /v1/sites/{siteId}/transcripts/unanswered', 'stats'],
  ])('answers 403 on %s to a token with the %s role only', async (route, role) => {
    const definition = Object.values(FUNCTIONS as Record<string, FunctionDefinition>).find((fn) =>
      fn.routes.includes(route),
    );
    const { handler } = (await import(/* @vite-ignore */ `../../${definition?.entry}`)) as {
      handler: (event: APIGatewayProxyEventV2, context: unknown) => Promise<{ statusCode: number }>;
    };
    const event = {
      version: '2.0',
      routeKey: route,
      rawPath: route.split(' ')[1]?.replace('{siteId}', 'demo'),
      rawQueryString: '',
      headers: { accept: 'application/json' },
      queryStringParameters: { date: '2026-11-23' },
      pathParameters: { siteId: 'demo' },
      requestContext: {
        http: { method: 'GET' },
        authorizer: {
          jwt: { claims: { sub: 'staff-2', 'cognito:groups': `[${role} site:demo]` }, scopes: [] },
        },
      },
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2;
    const before = (await snapshot()).audit ?? [];

    expect((await handler(event, {})).statusCode).toBe(403);
    expect((await snapshot()).audit ?? []).toEqual(before);
  });
});
