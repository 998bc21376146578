import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { osloDay } from '#shared/time';
import { TRANSCRIPTS_PAGE_SIZE } from '#shared/transcripts/use-cases';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { meterCapacity, scanTables } from '../support/dynamo.ts';
import { billedReadUnits, REQUEST_UNITS } from '../support/request-units.ts';
import { startTestRuntime } from '../support/runtime.ts';

const STAFF_TOKEN = `staff-${randomUUID()}`;
const QUESTION = 'Jeg er gravid, ring meg på 912 34 567';

let runtime: Runtime;
let today: string;
const conversations: { conversationId: string; token: string }[] = [];

beforeAll(async () => {
  runtime = await startTestRuntime('it-transcripts', {
    staffToken: STAFF_TOKEN,
  });
  today = osloDay(new Date());
  const api = chatClient(runtime.url);
  for (let i = 0; i < TRANSCRIPTS_PAGE_SIZE + 3; i++) {
    const { json } = await api.start({ lang: 'nb' });
    await api.ask(json.conversationId, json.token, i === 0 ? QUESTION : 'Når blir søppelet hentet?');
    conversations.push({ conversationId: json.conversationId, token: json.token });
  }
});

afterAll(async () => {
  await runtime?.close();
});

async function staffGet(path: string) {
  const response = await fetch(`${runtime.url}/v1/sites/demo/${path}`, {
    headers: { authorization: `Bearer ${STAFF_TOKEN}` },
  });
  const text = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON answers field by field
  return { status: response.status, text, json: JSON.parse(text) as any };
}

const auditItems = async () => (await scanTables(runtime.endpoint, runtime.tables)).audit ?? [];

describe('transcript review', () => {
  it('lists a day’s conversations, masked, a page at a time, and audits each page', async () => {
    const first = await staffGet(`transcripts?date=${today}`);
    const second = await staffGet(`transcripts?date=${today}&cursor=${first.json.next}`);

    expect(first.status).toBe(200);
    expect(first.json.items).toHaveLength(TRANSCRIPTS_PAGE_SIZE);
    expect(second.json.items).toHaveLength(3);
    expect(second.json.next).toBeUndefined();
    const listed = [...first.json.items, ...second.json.items].map(
      (t: { conversationId: string }) => t.conversationId,
    );
    expect(listed.sort()).toEqual(conversations.map((c) => c.conversationId).sort());
    // Conversations started in the same second list by their random ids: look on both pages.
    const masked = [...first.json.items, ...second.json.items].find(
      (t: { conversationId: string }) => t.conversationId === conversations[0]?.conversationId,
    );
    expect(masked.messages[0].text).toBe('Jeg er [helse], ring meg på [nummer]');
    for (const page of [first, second]) {
      expect(page.text).not.toMatch(/gravid|912 34 567/);
      expect(page.text).not.toContain('tokenHash');
    }

    const audit = await auditItems();
    expect(audit).toHaveLength(2);
    expect(audit.flatMap((entry) => entry.conversationIds).sort()).toEqual(listed.sort());
    // Ids only: no text of the conversations it names survives in the audit trail.
    expect(JSON.stringify(audit)).not.toMatch(/Jeg er|ring meg|\[helse\]|\[nummer\]|søppel/i);
    for (const entry of audit) {
      expect(entry).toMatchObject({ siteId: 'demo', who: 'local-staff', action: 'list', date: today });
      // Kept for the audit retention (365 days by default), then removed by TTL.
      const days = (Number(entry.expiresAt) * 1000 - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(364.9);
      expect(days).toBeLessThanOrEqual(365);
    }
  });

  it('shows one conversation and audits the read', async () => {
    const id = conversations[0]?.conversationId as string;
    const meter = meterCapacity(documentClient());
    meter.reset();

    const { status, json } = await staffGet(`transcripts/${id}`);

    expect(status).toBe(200);
    expect(meter.entries().map((e) => e.command)).toEqual(['QueryCommand', 'PutItemCommand']);
    expect(billedReadUnits(meter.entries())).toBe(REQUEST_UNITS.transcriptRead.read);
    expect(meter.billedWriteUnits()).toBe(REQUEST_UNITS.transcriptRead.write);
    expect(json.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'bot']);
    const reads = (await auditItems()).filter((entry) => entry.action === 'read');
    expect(reads).toEqual([
      expect.objectContaining({
        who: 'local-staff',
        conversationIds: [id],
        at: expect.stringMatching(/^\d{4}-/),
      }),
    ]);
  });

  it('lets the reviewers read the audit trail, newest first', async () => {
    const { status, json } = await staffGet(`audit?to=${today}`);

    expect(status).toBe(200);
    expect(json.items.map((entry: { action: string }) => entry.action)).toEqual(['read', 'list', 'list']);
    expect(json.items[0]).not.toHaveProperty('expiresAt');
  });

  it('no longer shows a conversation after «Glem meg», and keeps nothing of it in the day’s list', async () => {
    const gone = conversations[1] as { conversationId: string; token: string };
    expect((await chatClient(runtime.url).forget(gone.conversationId, gone.token)).status).toBe(204);
    const auditBefore = (await auditItems()).length;

    expect((await staffGet(`transcripts/${gone.conversationId}`)).status).toBe(404);
    const page = await staffGet(`transcripts?date=${today}`);
    const pages = [page, await staffGet(`transcripts?date=${today}&cursor=${page.json.next}`)];
    const listed = pages.flatMap((p) =>
      p.json.items.map((t: { conversationId: string }) => t.conversationId),
    );
    expect(listed).toHaveLength(conversations.length - 1);
    expect(listed).not.toContain(gone.conversationId);
    const { chat } = await scanTables(runtime.endpoint, runtime.tables);
    expect(JSON.stringify(chat)).not.toContain(gone.conversationId);
    // A refused read is not a read: the 404 left no audit entry, the two list pages did.
    expect((await auditItems()).length).toBe(auditBefore + 2);
  });

  it('answers 400 for a bad day or a foreign cursor', async () => {
    expect((await staffGet('transcripts?date=2026-02-30')).status).toBe(400);
    expect((await staffGet('transcripts')).status).toBe(400);
    const foreign = Buffer.from('2020-01-01T10:00:00+01:00#abc').toString('base64url');
    expect((await staffGet(`transcripts?date=${today}&cursor=${foreign}`)).status).toBe(400);
  });
});

describe('who may review transcripts (the claims a JWT authorizer passes on)', () => {
  const event = (route: string, claims: Record<string, unknown>, query?: Record<string, string>) =>
    ({
      version: '2.0',
      routeKey: route,
      rawPath: '/',
      rawQueryString: '',
      headers: {},
      pathParameters: { siteId: 'demo', id: conversations[0]?.conversationId },
      ...(query && { queryStringParameters: query }),
      requestContext: { http: { method: 'GET' }, authorizer: { jwt: { claims, scopes: [] } } },
      isBase64Encoded: false,
    }) as unknown as APIGatewayProxyEventV2;
  type Handler = (e: APIGatewayProxyEventV2, c: unknown) => Promise<{ statusCode: number }>;

  it.each([
    { who: 'an editor with the stats role only', groups: '[stats site:demo]', status: 403 },
    { who: 'a reviewer of another site', groups: '[transcripts site:grimstad]', status: 403 },
    { who: 'a reviewer of the site', groups: '[transcripts site:demo]', status: 200 },
  ])('answers $who with $status on every transcript route', async ({ groups, status }) => {
    const claims = { sub: 'x', email: 'x@demo.kommune.no', 'cognito:groups': groups };
    const routes: [string, string, Record<string, string>?][] = [
      ['../../functions/transcripts/list.ts', 'GET /v1/sites/{siteId}/transcripts', { date: today }],
      ['../../functions/transcripts/read.ts', 'GET /v1/sites/{siteId}/transcripts/{id}'],
      ['../../functions/transcripts/audit.ts', 'GET /v1/sites/{siteId}/audit'],
    ];
    for (const [module, route, query] of routes) {
      const { handler } = (await import(/* @vite-ignore */ module)) as { handler: Handler };
      expect((await handler(event(route, claims, query), {})).statusCode, route).toBe(status);
    }
  });
});
