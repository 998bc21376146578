import { describe, expect, it } from 'vitest';
import {
  ConversationPool,
  feedbackCall,
  parseStarted,
  readE2eArgs,
  readE2eSettings,
  routeSpecs,
  type Target,
  WRITE_EFFICIENCY_TARGET,
} from '../../bench/e2e-plan.ts';
import {
  type E2eReport,
  efficiency,
  type Figures,
  figuresOf,
  lowerCeiling,
  percentile,
  problemsOf,
  renderE2eTable,
  routeFigures,
  runProblems,
} from '../../bench/e2e-report.ts';
import { FUNCTIONS, type FunctionDefinition } from '../../infra/functions.ts';

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

  it('takes --json and nothing else', () => {
    expect(readE2eArgs([])).toEqual({ json: false });
    expect(readE2eArgs(['--json'])).toEqual({ json: true });
    expect(() => readE2eArgs(['--fast'])).toThrow(/--fast/);
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
  const routes = [
    routeFigures(
      { name: 'POST feedback', routeKey: 'POST /f', write: true },
      figures({ requests: 4800, rps: 600 }),
      800,
    ),
    routeFigures(
      { name: 'POST messages', routeKey: 'POST /m', write: true },
      figures({ requests: 2000, rps: 240 }),
      800,
    ),
    routeFigures(
      { name: 'GET stats/chat', routeKey: 'GET /s', write: false },
      figures({ non2xx: 3, failed: { 'HTTP 500': 3 } }),
      800,
    ),
  ];
  const ceilings = {
    http: figures({ requests: 24_000, rps: 3000, p50Ms: 0.4, p99Ms: 2.5 }),
    putItem: figures({ requests: 6400, rps: 800 }),
  };
  const report: E2eReport = {
    node: 'v24.0.0',
    machine: { cpu: 'Test CPU', cores: 2, platform: 'linux', arch: 'x64', loadAverage1m: 1.5 },
    settings: { seconds: 6, warmupSeconds: 1, stackWarmupSeconds: 8, connections: 10 },
    routes,
    ceilings: { ...ceilings, ...lowerCeiling(ceilings) },
    problems: runProblems(routes, ceilings),
    seconds: 95.4,
  };
  const table = renderE2eTable(report);
  const lines = table.split('\n');
  const row = (start: string) => lines.find((line) => line.startsWith(start)) ?? '';

  it('has a header with every column and one row per route, then the two ceilings', () => {
    expect(lines[0]?.split(/\s{2,}/).join(' | ')).toBe(
      'route | requests | non-2xx | req/s | p50 ms | p99 ms | node CPU | efficiency | note',
    );
    const names = lines.map((line) => line.split(/\s{2,}/)[0]);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST feedback',
        'POST messages',
        'GET stats/chat',
        'ceiling: local HTTP adapter, empty handler',
        'ceiling: SDK PutItem, DynamoDB Local',
      ]),
    );
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
      '≥ 0.50 ✓',
    ]);
    expect(row('POST messages')).toMatch(/ 0\.30 +below 0\.50 ✗$/);
    expect(row('GET stats/chat')).toContain('UNEXPECTED 3× HTTP 500');
  });

  it('marks the lower ceiling and prints both ceilings against it', () => {
    expect(row('ceiling: SDK PutItem')).toMatch(/ 1\.00 +lower ceiling$/);
    expect(row('ceiling: local HTTP adapter')).toMatch(/ 3,000 +0\.40 +2\.50 +90% +3\.75$/);
    expect(table).toContain('the lower ceiling (SDK PutItem, DynamoDB Local, 800 req/s)');
  });

  it('names the problems and the machine, and leaves no trailing blanks', () => {
    expect(table).toContain('UNEXPECTED ANSWERS (the run fails): GET stats/chat: 3× HTTP 500');
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
