import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { FALLBACK_INTENT } from '#shared/chat/bot/ports';
import { osloDay } from '#shared/time';
import { questionKey, UNANSWERED_PAGE_SIZE } from '#shared/transcripts/unanswered';
import { TRANSCRIPTS_PAGE_SIZE } from '#shared/transcripts/use-cases';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { meterCapacity, scanTables } from '../support/dynamo.ts';
import { billedReadUnits, REQUEST_UNITS } from '../support/request-units.ts';
import { startTestRuntime } from '../support/runtime.ts';

const STAFF_TOKEN = `staff-${randomUUID()}`;
const QUESTION = 'Jeg er gravid, ring meg på 912 34 567';
const REVIEWED = { id: 'sporsmal-kommune', origin: 'https://www.sporsmal.kommune.no' };

let runtime: Runtime;
let today: string;
const conversations: { conversationId: string; token: string }[] = [];

beforeAll(async () => {
  runtime = await startTestRuntime('it-transcripts', {
    staffToken: STAFF_TOKEN,
    // A site of its own for the unanswered questions, whose day holds only what they post.
    extraSites: [{ id: REVIEWED.id, name: 'Spørsmål kommune', origins: [REVIEWED.origin] }],
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

async function staffGet(path: string, site = 'demo') {
  const response = await fetch(`${runtime.url}/v1/sites/${site}/${path}`, {
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

describe('the questions the bot had no answer to', () => {
  /** What was posted: each question as stored (masked), when, and whether the fallback answered it. */
  const posted: { conversationId: string; text: string; at: string; fallback: boolean }[] = [];
  const VARIANTS = [
    'Hvor kan jeg leie en kano på månen?',
    'hvor kan jeg leie en  KANO på månen',
    'Hvor kan jeg leie en kano på månen!!',
    'Kan jeg ha med meg sjiraffen min på månen, mitt nummer er 912 34 567?',
    'Når blir søppelet hentet?',
  ];

  beforeAll(async () => {
    const api = chatClient(runtime.url, REVIEWED.id);
    const headers = { origin: REVIEWED.origin };
    for (let i = 0; i < UNANSWERED_PAGE_SIZE + 5; i++) {
      const { json } = await api.start({ lang: 'nb' }, headers);
      const text = VARIANTS[i % VARIANTS.length] as string;
      const asked = await api.request('POST', `/${json.conversationId}/messages`, {
        token: json.token,
        body: { text },
        headers,
      });
      expect(asked.status).toBe(201);
      posted.push({
        conversationId: json.conversationId,
        text: asked.json.message.text,
        at: asked.json.message.at,
        fallback: asked.json.reply.intent === FALLBACK_INTENT,
      });
    }
  });

  it('groups a day’s unanswered questions, a page of conversations at a time, and audits each page', async () => {
    const first = await staffGet(`transcripts/unanswered?date=${today}`, REVIEWED.id);
    const second = await staffGet(
      `transcripts/unanswered?date=${today}&cursor=${first.json.next}`,
      REVIEWED.id,
    );

    expect(first.status).toBe(200);
    expect(first.json.date).toBe(today);
    expect(first.json.next).toEqual(expect.any(String));
    expect(second.json.next).toBeUndefined();
    // Adding up the pages under the same key gives every unanswered question of the day once.
    const expected = new Map<string, number>();
    for (const q of posted.filter((p) => p.fallback))
      expected.set(questionKey(q.text), (expected.get(questionKey(q.text)) ?? 0) + 1);
    expect([...expected.values()].some((n) => n > 2)).toBe(true);
    const summed = new Map<string, number>();
    for (const item of [...first.json.items, ...second.json.items]) {
      summed.set(questionKey(item.text), (summed.get(questionKey(item.text)) ?? 0) + item.count);
    }
    expect(summed).toEqual(expected);
    for (const page of [first, second]) {
      const keys = page.json.items.map((item: { text: string }) => questionKey(item.text));
      // Repeats are one item, most frequent first, each shown as a visitor wrote it (masked).
      expect(new Set(keys).size).toBe(keys.length);
      const counts = page.json.items.map((item: { count: number }) => item.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      for (const item of page.json.items) {
        expect(posted.map((p) => p.text)).toContain(item.text);
        const asked = posted.filter((p) => questionKey(p.text) === questionKey(item.text));
        expect(asked.map((p) => p.at)).toContain(item.lastAt);
      }
      expect(page.text).not.toMatch(/912 34 567|søppelet/);
    }

    const trail = await staffGet(`audit?to=${today}`, REVIEWED.id);
    const entries = trail.json.items.filter((entry: { action: string }) => entry.action === 'unanswered');
    expect(entries).toHaveLength(2);
    for (const entry of entries)
      expect(entry).toMatchObject({ siteId: REVIEWED.id, who: 'local-staff', date: today });
    expect(entries.flatMap((entry: { conversationIds: string[] }) => entry.conversationIds).sort()).toEqual(
      posted
        .filter((p) => p.fallback)
        .map((p) => p.conversationId)
        .sort(),
    );
    // Ids and the day only: no question's text is kept in the audit trail.
    expect(JSON.stringify(trail.json)).not.toMatch(/kano|sjiraff|\[nummer\]/i);
  });

  it('answers 400 for a bad day, a missing one, an unknown parameter or a foreign cursor, and audits none', async () => {
    const before = (await auditItems()).length;
    const foreign = Buffer.from('2020-01-01T10:00:00+01:00#abc').toString('base64url');

    for (const query of ['date=2026-02-30', '', `date=${today}&lang=nb`, `date=${today}&cursor=${foreign}`]) {
      expect((await staffGet(`transcripts/unanswered?${query}`, REVIEWED.id)).status, query).toBe(400);
    }
    expect((await auditItems()).length).toBe(before);
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
      [
        '../../functions/transcripts/unanswered.ts',
        'GET /v1/sites/{siteId}/transcripts/unanswered',
        { date: today },
      ],
    ];
    for (const [module, route, query] of routes) {
      const { handler } = (await import(/* @vite-ignore */ module)) as { handler: Handler };
      expect((await handler(event(route, claims, query), {})).statusCode, route).toBe(status);
    }
  });
});
