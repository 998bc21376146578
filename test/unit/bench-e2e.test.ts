import { describe, expect, it } from 'vitest';
import { inFlightCalls } from '../../bench/e2e-load.ts';
import {
  BROWSER,
  ConversationPool,
  feedbackCall,
  messageCeilingConversations,
  parseStarted,
  readE2eArgs,
  readE2eSettings,
  routeSpecs,
  STORAGE_CEILING_IDS,
  type Target,
  WRITE_EFFICIENCY_TARGET,
} from '../../bench/e2e-plan.ts';
import {
  type E2eReport,
  efficiency,
  type Figures,
  failureKind,
  figuresOf,
  lowerCeiling,
  percentile,
  problemsOf,
  renderE2eTable,
  routeFigures,
  runProblems,
  type StorageCeilings,
  type WriteShapes,
} from '../../bench/e2e-report.ts';
import {
  type CeilingTurn,
  MAX_MESSAGES,
  messageCeiling,
  refusal,
  startCeiling,
  voteCeiling,
} from '../../bench/e2e-storage.ts';
import { FUNCTIONS, type FunctionDefinition } from '../../infra/functions.ts';
import { type ChatMessage, type Conversation, MAX_QUESTIONS } from '../../shared/chat/conversation.ts';
import type { AppendOutcome, ConversationStore, CountedEvent } from '../../shared/chat/ports.ts';
import { describeClient } from '../../shared/chat/user-agent.ts';
import { type CounterDelta, counterDelta, type StoredVote } from '../../shared/feedback/feedback.ts';
import type { SaveOutcome, VoteStore } from '../../shared/feedback/ports.ts';
import { epochSeconds, osloDay, osloTimestamp } from '../../shared/time.ts';

const target: Target = { origin: 'http://localhost:4321', staffToken: 'staff-token-of-the-bench' };

function poolOf(count: number): ConversationPool {
  const pool = new ConversationPool();
  for (let i = 0; i < count; i++) pool.add({ conversationId: `c${i}`, token: `t${i}` });
  return pool;
}

function specsByName(pool = poolOf(3)) {
  return new Map(routeSpecs(target, pool).map((spec) => [spec.name, spec]));
}

function spec(name: string, pool?: ConversationPool) {
  const found = specsByName(pool).get(name);
  if (!found) throw new Error(`no route ${name}`);
  return found;
}

const bodyOf = (call: { body?: string }) => JSON.parse(call.body ?? 'null');

describe('bench:e2e plan', () => {
  const definitions = Object.values(FUNCTIONS) as FunctionDefinition[];

  it('measures every public route but the CORS preflight, and the two stats routes', () => {
    const measured = routeSpecs(target, poolOf(1)).map((s) => s.routeKey);
    const publicRoutes = definitions
      .filter((d) => !d.staff)
      .flatMap((d) => d.routes)
      .filter((route) => !route.startsWith('OPTIONS '));

    expect(measured).toEqual(expect.arrayContaining(publicRoutes));
    expect(measured).toEqual(
      expect.arrayContaining(['GET /v1/sites/{siteId}/stats/feedback', 'GET /v1/sites/{siteId}/stats/chat']),
    );
    expect(measured).toHaveLength(publicRoutes.length + 2);
    expect(definitions.flatMap((d) => d.routes)).toEqual(expect.arrayContaining(measured));
  });

  it('holds exactly feedback, start and message to the efficiency target', () => {
    const writes = routeSpecs(target, poolOf(1)).filter((s) => s.write);

    expect(writes.map((s) => s.routeKey)).toEqual([
      'POST /v1/sites/{siteId}/feedback',
      'POST /v1/sites/{siteId}/conversations',
      'POST /v1/sites/{siteId}/conversations/{id}/messages',
    ]);
    expect(WRITE_EFFICIENCY_TARGET).toBe(0.5);
  });

  it('runs the starts before every route that needs a conversation', () => {
    const specs = routeSpecs(target, poolOf(1));
    const firstStart = specs.findIndex((s) => s.startsConversation);
    const needing = ['POST messages', 'GET conversation (export)', 'DELETE conversation (Glem meg)'];

    for (const name of needing) expect(specs.findIndex((s) => s.name === name)).toBeGreaterThan(firstStart);
  });

  it('votes on a demo page from the demo origin, as a new visitor every time', () => {
    const votes = spec('POST feedback');
    const calls = [votes.call(), votes.call(), votes.call()];

    for (const call of calls) {
      expect(call).toMatchObject({ method: 'POST', path: '/v1/sites/demo/feedback' });
      expect(call.headers).toMatchObject({ origin: target.origin, 'content-type': 'application/json' });
      expect(bodyOf(call)).toEqual({ url: `${target.origin}/renovasjon.html`, found: expect.any(Boolean) });
    }
    expect(new Set(calls.map((call) => call.headers['user-agent'])).size).toBe(3);
    expect(feedbackCall(target, 7).headers['user-agent']).not.toBe(
      feedbackCall(target, 8).headers['user-agent'],
    );
  });

  it('starts conversations in Bokmål from the demo origin, without a token', () => {
    const call = spec('POST conversations (start)').call();

    expect(call).toMatchObject({ method: 'POST', path: '/v1/sites/demo/conversations' });
    expect(call.headers.origin).toBe(target.origin);
    expect(call.headers.authorization).toBeUndefined();
    expect(bodyOf(call)).toEqual({ lang: 'nb' });
  });

  it("asks questions with each conversation's own token, going round every conversation", () => {
    const ask = spec('POST messages', poolOf(3));
    const calls = Array.from({ length: 4 }, () => ask.call());

    expect(calls.map((call) => call.path)).toEqual(
      ['c0', 'c1', 'c2', 'c0'].map((id) => `/v1/sites/demo/conversations/${id}/messages`),
    );
    expect(calls.map((call) => call.headers.authorization)).toEqual([
      'Bearer t0',
      'Bearer t1',
      'Bearer t2',
      'Bearer t0',
    ]);
    for (const call of calls) {
      expect(call.method).toBe('POST');
      expect(call.headers.origin).toBe(target.origin);
      expect(bodyOf(call)).toEqual({ text: expect.stringMatching(/\S/) });
    }
  });

  it('exports a conversation with its token and forgets each conversation only once', () => {
    const pool = poolOf(2);
    const specs = specsByName(pool);
    const exported = specs.get('GET conversation (export)')?.call();
    const forget = specs.get('DELETE conversation (Glem meg)');

    expect(exported).toMatchObject({ method: 'GET', path: '/v1/sites/demo/conversations/c0' });
    expect(exported?.headers.authorization).toBe('Bearer t0');
    expect(forget?.consumesConversation).toBe(true);
    expect(pool.untaken).toBe(2);
    expect([forget?.call(), forget?.call()].map((call) => [call?.method, call?.path])).toEqual([
      ['DELETE', '/v1/sites/demo/conversations/c0'],
      ['DELETE', '/v1/sites/demo/conversations/c1'],
    ]);
    expect(pool.untaken).toBe(0);
  });

  it('asks for the statistics with the staff token and no Origin', () => {
    for (const [name, path] of [
      ['GET stats/feedback', '/v1/sites/demo/stats/feedback'],
      ['GET stats/chat', '/v1/sites/demo/stats/chat'],
    ] as const) {
      const call = spec(name).call();

      expect(call).toMatchObject({ method: 'GET', path });
      expect(call.headers).toMatchObject({ authorization: `Bearer ${target.staffToken}` });
      expect(call.headers.origin).toBeUndefined();
    }
  });

  it('keeps the conversation of a successful start only', () => {
    const body = JSON.stringify({ conversationId: 'abc', token: 'xyz', greeting: { text: 'Hei!' } });

    expect(parseStarted(201, body)).toEqual({ conversationId: 'abc', token: 'xyz' });
    expect(parseStarted(429, body)).toBeUndefined();
    expect(parseStarted(201, '{"conversationId":"abc"}')).toBeUndefined();
    expect(parseStarted(201, 'not json')).toBeUndefined();
    expect(parseStarted(201, 'null')).toBeUndefined();
  });

  it('refuses to hand out conversations before any was started', () => {
    const empty = new ConversationPool();

    expect(() => empty.next()).toThrow(/no conversations/);
    expect(() => empty.take()).toThrow(/no conversations/);
  });

  it('reads its settings from the environment, with bounded defaults', () => {
    expect(readE2eSettings({})).toEqual({
      seconds: 6,
      warmupSeconds: 1,
      stackWarmupSeconds: 8,
      connections: 10,
    });
    expect(readE2eSettings({ BENCH_E2E_SECONDS: '3', BENCH_E2E_CONNECTIONS: '4' })).toMatchObject({
      seconds: 3,
      connections: 4,
    });
    expect(() => readE2eSettings({ BENCH_E2E_SECONDS: '600' })).toThrow(/BENCH_E2E_SECONDS/);
    expect(() => readE2eSettings({ BENCH_E2E_CONNECTIONS: 'many' })).toThrow(/BENCH_E2E_CONNECTIONS/);
  });

  it('gives each write route a storage ceiling of its own, and no other route one', () => {
    const specs = routeSpecs(target, poolOf(1));

    expect(specs.filter((s) => s.write).map((s) => s.storage)).toEqual([...STORAGE_CEILING_IDS]);
    expect(specs.filter((s) => !s.write).map((s) => s.storage)).toEqual(
      specs.filter((s) => !s.write).map(() => undefined),
    );
  });

  it('creates enough conversations for the messages’ storage ceiling, a share for each call in flight', () => {
    const settings = readE2eSettings({});
    const seconds = settings.warmupSeconds + settings.seconds;

    for (const putItemRps of [1, 350, 1206, 5000]) {
      const count = messageCeilingConversations(settings, putItemRps);
      expect(count % settings.connections).toBe(0);
      expect(count).toBeGreaterThanOrEqual(2 * settings.connections);
      // Room for twice the PutItems the ceiling saw, each call a question.
      expect(count * MAX_QUESTIONS).toBeGreaterThanOrEqual(Math.min(2 * putItemRps * seconds, 4000 * 100));
    }
    expect(messageCeilingConversations(settings, Number.NaN)).toBe(
      messageCeilingConversations(settings, 2000),
    );
    expect(messageCeilingConversations(settings, 0)).toBe(messageCeilingConversations(settings, 2000));
    expect(messageCeilingConversations(settings, 1e9)).toBeLessThanOrEqual(4000);
    expect(messageCeilingConversations({ ...settings, connections: 7 }, 1000) % 7).toBe(0);
  });

  it('takes --json and nothing else', () => {
    expect(readE2eArgs([])).toEqual({ json: false });
    expect(readE2eArgs(['--json'])).toEqual({ json: true });
    expect(() => readE2eArgs(['--fast'])).toThrow(/--fast/);
  });
});

const at = new Date('2026-12-01T12:00:00Z');
const clock = { now: () => at };
const turns: CeilingTurn[] = [
  {
    question: { text: 'Ring meg på [telefonnummer]', rulesetVersion: 3 },
    answer: { text: 'Du kan ringe servicetorget.', intent: 'kontakt', answered: true },
  },
  {
    question: { text: 'Hva koster det?', rulesetVersion: 3 },
    answer: { text: 'Det vet jeg ikke.', intent: 'fallback', answered: false },
  },
];

/** Records what the vote ceiling saves; `refuse` makes it answer as a condition failure does. */
function fakeVotes(refuse = false) {
  const saved: { vote: StoredVote; previous: StoredVote | undefined; delta: CounterDelta }[] = [];
  const votes: VoteStore = {
    save: async (vote, previous, delta): Promise<SaveOutcome> => {
      saved.push({ vote, previous, delta });
      return refuse ? { saved: false, current: undefined } : { saved: true };
    },
  };
  return { votes, saved };
}

/** Conversations in memory, with the append conditions of DynamoConversationStore. */
function fakeConversations() {
  const records = new Map<string, Conversation>();
  const created: { conversation: Conversation; counted: CountedEvent }[] = [];
  const found: string[] = [];
  const appended: {
    conversation: Conversation;
    messages: ChatMessage[];
    nowSeconds: number;
    max: number;
    counted: CountedEvent;
  }[] = [];
  const store: Pick<ConversationStore, 'create' | 'find' | 'append'> = {
    create: async (conversation, counted) => {
      records.set(conversation.id, { ...conversation });
      created.push({ conversation, counted });
    },
    find: async (id, nowSeconds) => {
      found.push(id);
      const record = records.get(id);
      return record && record.expiresAt > nowSeconds ? { ...record } : undefined;
    },
    append: async (conversation, messages, nowSeconds, max, counted): Promise<AppendOutcome> => {
      appended.push({ conversation, messages, nowSeconds, max, counted });
      const record = records.get(conversation.id);
      if (!record || record.messageCount !== conversation.messageCount) return 'rejected';
      if (record.messageCount + messages.length > max) return 'rejected';
      record.messageCount += messages.length;
      return 'stored';
    },
  };
  return { store, records, created, found, appended };
}

describe('bench:e2e storage ceilings', () => {
  it('saves a fresh first vote each call, with the counts it adds, on the route’s page', async () => {
    const { votes, saved } = fakeVotes();
    const call = voteCeiling(votes, target.origin, clock);
    for (let i = 0; i < 8; i++) await call(i % 2);

    expect(new Set(saved.map((s) => s.vote.voterKey)).size).toBe(8);
    expect(new Set(saved.map((s) => s.vote.id)).size).toBe(8);
    for (const { vote, previous, delta } of saved) {
      expect(previous).toBeUndefined();
      expect(delta).toEqual(counterDelta(undefined, vote));
      expect(vote).toEqual({
        siteId: 'demo',
        day: osloDay(at),
        voterKey: expect.stringMatching(/^[\w-]{43}$/),
        id: expect.any(String),
        url: JSON.parse(feedbackCall(target, 0).body ?? '{}').url,
        found: expect.any(Boolean),
        at: osloTimestamp(at),
        expiresAt: epochSeconds(at) + 2 * 86_400,
      });
    }
    expect(saved.map((s) => s.vote.found)).toEqual(
      Array.from({ length: 8 }, (_, n) => JSON.parse(feedbackCall(target, n).body ?? '{}').found),
    );
  });

  it('fails a call whose vote is refused', async () => {
    const call = voteCeiling(fakeVotes(true).votes, target.origin, clock);

    await expect(call(0)).rejects.toMatchObject({ name: 'vote refused' });
  });

  it('creates a fresh conversation each call, counted as the start route counts it', async () => {
    const { store, created } = fakeConversations();
    const call = startCeiling(store, clock);
    await call(0);
    await call(1);
    const client = describeClient(BROWSER);

    expect(created).toHaveLength(2);
    expect(created[0]?.conversation.id).not.toBe(created[1]?.conversation.id);
    for (const { conversation, counted } of created) {
      expect(conversation).toEqual({
        id: expect.any(String),
        siteId: 'demo',
        tokenHash: expect.stringMatching(/^[\w-]{43}$/),
        startedAt: osloTimestamp(at),
        expiresAt: epochSeconds(at) + 21 * 86_400,
        day: osloDay(at),
        lang: 'nb',
        platform: client.platform,
        browser: client.browser,
        messageCount: 0,
      });
      expect(counted).toEqual({
        day: osloDay(at),
        event: { type: 'conversation', platform: client.platform, browser: client.browserName },
      });
    }
  });

  it('asks in conversations created beforehand, find then append, each worker in its own', async () => {
    const { store, records, created, found, appended } = fakeConversations();
    const call = await messageCeiling(store, { conversations: 6, inFlight: 3, turns, clock });

    expect(created).toHaveLength(6);
    expect(appended).toHaveLength(0);
    const byWorker = new Map<number, Set<string>>();
    for (let i = 0; i < 12; i++) {
      const worker = i % 3;
      await call(worker);
      const id = found.at(-1) ?? '';
      byWorker.set(worker, (byWorker.get(worker) ?? new Set()).add(id));
    }
    const shares = [...byWorker.values()];
    expect(shares.map((share) => share.size)).toEqual([2, 2, 2]);
    expect(new Set(shares.flatMap((share) => [...share])).size).toBe(6);
    expect([...records.values()].map((r) => r.messageCount)).toEqual([4, 4, 4, 4, 4, 4]);

    const first = appended[0];
    expect(first?.max).toBe(MAX_MESSAGES);
    expect(first?.nowSeconds).toBe(epochSeconds(at));
    expect(first?.messages).toEqual([
      {
        seq: 1,
        role: 'user',
        text: expect.any(String),
        at: osloTimestamp(at),
        rulesetVersion: expect.any(Number),
      },
      { seq: 2, role: 'bot', text: expect.any(String), intent: expect.any(String), at: osloTimestamp(at) },
    ]);
    expect(first?.counted).toEqual({
      day: osloDay(at),
      event: { type: 'message', intent: first?.messages[1]?.intent, answered: expect.any(Boolean) },
    });
    expect(appended.map((a) => a.messages[0]?.seq)).toEqual([1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3]);
  });

  it('fails a call whose conversation is gone, full or refuses the append', async () => {
    const { store, records } = fakeConversations();
    const call = await messageCeiling(store, { conversations: 3, inFlight: 3, turns, clock });
    const [gone, full, changed] = [...records.keys()];
    records.delete(gone ?? '');
    const fullRecord = records.get(full ?? '');
    if (fullRecord) fullRecord.messageCount = MAX_MESSAGES - 1;
    const rejecting = { ...store, append: async () => 'rejected' as const };
    const rejected = await messageCeiling(rejecting, { conversations: 1, inFlight: 1, turns, clock });

    await expect(call(0)).rejects.toMatchObject({ name: 'conversation not found' });
    await expect(call(1)).rejects.toMatchObject({ name: 'conversation full' });
    expect(changed).toBeDefined();
    await expect(call(2)).resolves.toBeUndefined();
    await expect(rejected(0)).rejects.toMatchObject({ name: 'append rejected' });
  });

  it('counts every failed call by its kind, next to the successful ones, until its time is up', async () => {
    let n = 0;
    const workers = new Set<number>();
    const measurement = await inFlightCalls({
      inFlight: 2,
      seconds: 0.05,
      call: async (worker) => {
        workers.add(worker);
        n++;
        const failure =
          n === 1 ? refusal('append rejected') : n === 2 ? new Error('Item too large') : undefined;
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (failure) throw failure;
      },
    });
    const counted = figuresOf(measurement);

    expect([...workers].sort()).toEqual([0, 1]);
    expect(measurement.failed).toEqual({ 'append rejected': 1, 'Item too large': 1 });
    expect(measurement.ok).toBe(n - 2);
    expect(measurement.latenciesMs).toHaveLength(n);
    expect(measurement.elapsedMs).toBeGreaterThanOrEqual(45);
    expect(measurement.elapsedMs).toBeLessThan(1000);
    expect(counted).toMatchObject({ requests: n, non2xx: 2 });
    expect(problemsOf(counted)).toEqual(
      n > 2
        ? ['1× append rejected', '1× Item too large']
        : ['no successful request', '1× append rejected', '1× Item too large'],
    );
  });

  it('names a failure by its error: an SDK error’s name, a plain error’s message', () => {
    expect(failureKind(Object.assign(new Error('x'), { name: 'ThrottlingException' }))).toBe(
      'ThrottlingException',
    );
    expect(failureKind(new Error('A conversation with this id exists already'))).toBe(
      'A conversation with this id exists already',
    );
    expect(failureKind(refusal('vote refused'))).toBe('vote refused');
    expect(failureKind('oops')).toBe('error');
  });
});

const figures = (overrides: Partial<Figures> = {}): Figures => ({
  requests: 1000,
  non2xx: 0,
  failed: {},
  rps: 100,
  p50Ms: 5,
  p99Ms: 20,
  nodeCpu: 0.9,
  ...overrides,
});

describe('bench:e2e figures', () => {
  it('takes percentiles by nearest rank', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile(hundred, 1)).toBe(100);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('counts successful answers per second and every answer in the latencies', () => {
    const result = figuresOf({
      ok: 90,
      failed: { 'HTTP 429': 8, 'no answer': 2 },
      latenciesMs: [30, 10, 20, ...Array<number>(95).fill(1)],
      elapsedMs: 2000,
      cpuMs: 1500,
    });

    expect(result).toMatchObject({ requests: 100, non2xx: 10, rps: 45, p50Ms: 1, p99Ms: 30, nodeCpu: 0.75 });
    expect(result.failed).toEqual({ 'HTTP 429': 8, 'no answer': 2 });
  });

  it('reports no throughput for a measurement that took no time', () => {
    const none = figuresOf({ ok: 0, failed: {}, latenciesMs: [], elapsedMs: 0, cpuMs: 0 });

    expect(none.rps).toBe(0);
    expect(none.nodeCpu).toBeNaN();
  });

  it('compares each route with the lower of the two ceilings', () => {
    const ceilings = { http: figures({ rps: 3000 }), putItem: figures({ rps: 800 }) };

    expect(lowerCeiling(ceilings)).toEqual({ lower: 'putItem', lowerRps: 800 });
    expect(lowerCeiling({ ...ceilings, http: figures({ rps: 500 }) })).toEqual({
      lower: 'http',
      lowerRps: 500,
    });
    expect(efficiency(400, 800)).toBe(0.5);
    expect(efficiency(400, 0)).toBeNaN();
  });

  it('judges write routes against the target and names unexpected answers', () => {
    const write = { name: 'POST feedback', routeKey: 'POST /v1/sites/{siteId}/feedback', write: true };
    const read = { name: 'GET stats/chat', routeKey: 'GET /v1/sites/{siteId}/stats/chat', write: false };

    expect(routeFigures(write, figures({ rps: 400 }), 800)).toMatchObject({
      efficiency: 0.5,
      meetsTarget: true,
      problems: [],
    });
    expect(routeFigures(write, figures({ rps: 399 }), 800).meetsTarget).toBe(false);
    const failing = routeFigures(read, figures({ non2xx: 5, failed: { 'HTTP 500': 2, 'HTTP 429': 3 } }), 800);
    expect(failing.meetsTarget).toBeUndefined();
    expect(failing.problems).toEqual(['3× HTTP 429', '2× HTTP 500']);
    expect(problemsOf({ requests: 10, non2xx: 0, failed: { 'HTTP 404': 0 } })).toEqual([]);
    expect(problemsOf({ requests: 0, non2xx: 0, failed: {} })).toEqual(['no successful request']);
    expect(problemsOf({ requests: 2, non2xx: 2, failed: { 'no answer': 2 } })).toEqual([
      'no successful request',
      '2× no answer',
    ]);
  });

  it('compares each write route with its own storage ceiling, and no other route', () => {
    const storage: StorageCeilings = { vote: figures({ rps: 500 }), message: figures({ rps: 0 }) };
    const vote = routeFigures(
      { name: 'POST feedback', routeKey: 'POST /f', write: true, storage: 'vote' },
      figures({ rps: 400 }),
      800,
      storage,
    );

    expect(vote).toMatchObject({ storageCeiling: 'vote', storageRps: 500, ownStorage: 0.8, efficiency: 0.5 });
    const start = routeFigures(
      { name: 'POST conversations (start)', routeKey: 'POST /c', write: true, storage: 'start' },
      figures(),
      800,
      storage,
    );
    expect(start.storageCeiling).toBe('start');
    expect(start.storageRps).toBeNaN();
    expect(start.ownStorage).toBeNaN();
    const message = routeFigures(
      { name: 'POST messages', routeKey: 'POST /m', write: true, storage: 'message' },
      figures(),
      800,
      storage,
    );
    expect(message.ownStorage).toBeNaN();
    const read = routeFigures(
      { name: 'GET stats/chat', routeKey: 'GET /s', write: false },
      figures(),
      800,
      storage,
    );
    expect(read).not.toHaveProperty('ownStorage');
    expect(read).not.toHaveProperty('storageRps');
    expect(JSON.parse(JSON.stringify(start))).toMatchObject({ storageRps: null, ownStorage: null });
  });

  it('counts a failed or refused storage call as a problem of the run', () => {
    const ceilings = { http: figures(), putItem: figures() };
    const storage: StorageCeilings = {
      vote: figures({ non2xx: 2, failed: { 'vote refused': 2 } }),
      start: figures(),
      message: figures({ requests: 3, non2xx: 3, failed: { 'conversation full': 3 } }),
    };

    expect(runProblems([], ceilings, storage)).toEqual([
      'ceiling: own storage of POST feedback: 2× vote refused',
      'ceiling: own storage of POST messages: no successful request',
      'ceiling: own storage of POST messages: 3× conversation full',
    ]);
    expect(runProblems([], ceilings)).toEqual([]);
  });

  it('lists every problem of the run under its route or ceiling', () => {
    const route = routeFigures(
      { name: 'POST messages', routeKey: 'POST /x', write: true },
      figures({ failed: { 'HTTP 429': 4 } }),
      100,
    );
    const ceilings = { http: figures(), putItem: figures({ failed: { ThrottlingException: 1 } }) };

    expect(runProblems([route], ceilings)).toEqual([
      'ceiling: SDK PutItem, DynamoDB Local: 1× ThrottlingException',
      'POST messages: 4× HTTP 429',
    ]);
  });
});

describe('bench:e2e table', () => {
  const storageCeilings: StorageCeilings = {
    vote: figures({ requests: 4000, rps: 750, non2xx: 1, failed: { 'vote refused': 1 } }),
    message: figures({ requests: 2400, rps: 300 }),
  };
  const routes = [
    routeFigures(
      { name: 'POST feedback', routeKey: 'POST /f', write: true, storage: 'vote' },
      figures({ requests: 4800, rps: 600 }),
      800,
      storageCeilings,
    ),
    routeFigures(
      { name: 'POST conversations (start)', routeKey: 'POST /c', write: true, storage: 'start' },
      figures({ requests: 3200, rps: 400 }),
      800,
      storageCeilings,
    ),
    routeFigures(
      { name: 'POST messages', routeKey: 'POST /m', write: true, storage: 'message' },
      figures({ requests: 2000, rps: 240 }),
      800,
      storageCeilings,
    ),
    routeFigures(
      { name: 'GET stats/chat', routeKey: 'GET /s', write: false },
      figures({ non2xx: 3, failed: { 'HTTP 500': 3 } }),
      800,
      storageCeilings,
    ),
  ];
  const ceilings = {
    http: figures({ requests: 24_000, rps: 3000, p50Ms: 0.4, p99Ms: 2.5 }),
    putItem: figures({ requests: 6400, rps: 800 }),
  };
  const writeShapes: WriteShapes = {
    putThenUpdate: figures({ requests: 3200, rps: 392 }),
    transaction: figures({ requests: 1600, rps: 200, non2xx: 2, failed: { TransactionConflict: 2 } }),
  };
  const report: E2eReport = {
    node: 'v24.0.0',
    machine: { cpu: 'Test CPU', cores: 2, platform: 'linux', arch: 'x64', loadAverage1m: 1.5 },
    settings: { seconds: 6, warmupSeconds: 1, stackWarmupSeconds: 8, connections: 10 },
    routes,
    ceilings: { ...ceilings, ...lowerCeiling(ceilings) },
    storageCeilings,
    writeShapes,
    problems: runProblems(routes, ceilings, storageCeilings, writeShapes),
    seconds: 95.4,
  };
  const table = renderE2eTable(report);
  const lines = table.split('\n');
  const row = (start: string) => lines.find((line) => line.startsWith(start)) ?? '';

  it('has a header with every column and one row per route, then the ceilings', () => {
    expect(lines[0]?.split(/\s{2,}/).join(' | ')).toBe(
      'route | requests | non-2xx | req/s | p50 ms | p99 ms | node CPU | efficiency | × own storage | note',
    );
    const names = lines.map((line) => line.split(/\s{2,}/)[0]);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST feedback',
        'POST messages',
        'GET stats/chat',
        'ceiling: local HTTP adapter, empty handler',
        'ceiling: SDK PutItem, DynamoDB Local',
        'ceiling: own storage of POST feedback',
        'ceiling: own storage of POST messages',
      ]),
    );
    expect(names).not.toContain('ceiling: own storage of POST conversations');
  });

  it('prints each route’s figures and efficiency, and whether a write route meets the target', () => {
    expect(row('POST feedback').split(/\s{2,}/)).toEqual([
      'POST feedback',
      '4,800',
      '0',
      '600',
      '5.00',
      '20.00',
      '90%',
      '0.75',
      '0.80',
      '≥ 0.50 ✓',
    ]);
    expect(row('POST messages')).toMatch(/ 0\.30 +0\.80 +below 0\.50 ✗$/);
    expect(row('POST conversations (start)')).toMatch(/ 0\.50 +– +≥ 0\.50 ✓$/);
    expect(row('GET stats/chat')).toMatch(/ 90% +0\.13 +UNEXPECTED 3× HTTP 500$/);
  });

  it('prints each storage ceiling against the lower ceiling and itself, with its problems', () => {
    expect(row('ceiling: own storage of POST feedback')).toMatch(
      / 750 +5\.00 +20\.00 +90% +0\.94 +1\.00 +UNEXPECTED 1× vote refused$/,
    );
    expect(row('ceiling: own storage of POST messages')).toMatch(/ 300 +5\.00 +20\.00 +90% +0\.38 +1\.00$/);
    expect(table).toContain('ceiling: own storage of POST feedback: 1× vote refused');
  });

  it('explains × own storage with each write route’s storage ceiling in the footer', () => {
    expect(table).toContain("× own storage = req/s ÷ the route's own storage operations");
    expect(table).toContain('  POST feedback: 750 req/s (DynamoVoteStore.save);');
    expect(table).toContain('  POST conversations (start): – (DynamoConversationStore.create);');
    expect(table).toContain('  POST messages: 300 (DynamoConversationStore.find, then .append).');
  });

  it('prints each write shape against the lower ceiling, with its problems, and says what it writes', () => {
    expect(row('shape: PutItem, then UpdateItem').split(/\s{2,}/)).toEqual([
      'shape: PutItem, then UpdateItem',
      '3,200',
      '0',
      '392',
      '5.00',
      '20.00',
      '90%',
      '0.49',
    ]);
    expect(row('shape: TransactWriteItems, 1 Put')).toMatch(
      / 200 +5\.00 +20\.00 +90% +0\.25 +UNEXPECTED 2× TransactionConflict$/,
    );
    const ceilingRow = lines.findIndex((line) => line.startsWith('ceiling: SDK PutItem'));
    const shapeRow = lines.findIndex((line) => line.startsWith('shape: PutItem, then UpdateItem'));
    const storageRow = lines.findIndex((line) => line.startsWith('ceiling: own storage of POST feedback'));
    expect(ceilingRow).toBeLessThan(shapeRow);
    expect(shapeRow).toBeLessThan(storageRow);
    expect(table).toContain('shape: the most any route that writes this way can reach');
    expect(table).toContain(
      '  PutItem, then UpdateItem: an item and a count added to, one after the other, no transaction;',
    );
    expect(table).toContain('  TransactWriteItems, 1 Put: the smallest transaction, one new item.');
    expect(report.problems).toContain('shape: TransactWriteItems, 1 Put: 2× TransactionConflict');
  });

  it('marks the lower ceiling and prints both ceilings against it', () => {
    expect(row('ceiling: SDK PutItem')).toMatch(/ 1\.00 +lower ceiling$/);
    expect(row('ceiling: SDK PutItem')).not.toMatch(/ 1\.00 +1\.00/);
    expect(row('ceiling: local HTTP adapter')).toMatch(/ 3,000 +0\.40 +2\.50 +90% +3\.75$/);
    expect(table).toContain('the lower ceiling (SDK PutItem, DynamoDB Local, 800 req/s)');
  });

  it('names the problems and the machine, and leaves no trailing blanks', () => {
    expect(table).toContain(
      'UNEXPECTED ANSWERS (the run fails): shape: TransactWriteItems, 1 Put: 2× TransactionConflict; ' +
        'ceiling: own storage of POST feedback: 1× vote refused; ' +
        'GET stats/chat: 3× HTTP 500',
    );
    expect(lines.at(-1)).toBe(
      'Node v24.0.0 · linux/x64 · Test CPU · 2 cores · load 1.5 before · bench took 95.4 s',
    );
    for (const line of lines) expect(line).toBe(line.trimEnd());
  });

  it('aligns the figures of every row on the right edge of their column', () => {
    const edge = (line: string, cell: string) => line.indexOf(cell) + cell.length;
    const p99 = lines[0]?.indexOf('p99 ms') ?? -1;

    expect(edge(row('POST feedback'), '20.00')).toBe(p99 + 'p99 ms'.length);
    expect(edge(row('ceiling: local HTTP adapter'), '2.50')).toBe(p99 + 'p99 ms'.length);
  });
});
