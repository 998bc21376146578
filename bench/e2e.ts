/**
 * `npm run bench:e2e`: the whole service on this machine (infra/local/runtime.ts, its own
 * DynamoDB Local), loaded route by route over loopback with autocannon. For each public
 * route and the stats routes: requests per second and p50/p99, next to two ceilings measured
 * in the same run (the local HTTP adapter with an empty handler, and raw SDK PutItem calls on
 * the same DynamoDB Local); each route's efficiency is its throughput ÷ the lower ceiling.
 * Two write shapes are measured next to the ceilings, the same way as the PutItem one: an item
 * and a count written one after the other, and the smallest transaction. Each write route also has a storage ceiling of its own (bench/e2e-storage.ts), measured just
 * before it: its storage operations called directly through the adapters; `× own storage` is
 * the route's throughput ÷ that.
 *
 *   BENCH_E2E_SECONDS=6 BENCH_E2E_WARMUP_SECONDS=1 BENCH_E2E_STACK_WARMUP_SECONDS=8 \
 *   BENCH_E2E_CONNECTIONS=10 npm run bench:e2e [-- --json]
 *
 * Progress goes to stderr; stdout carries only the table, or the JSON with `--json`. Any
 * unexpected answer (non-2xx, no answer, SDK error, a storage call refused) is flagged and
 * fails the run (exit 1).
 */
import { randomBytes } from 'node:crypto';
import { arch, cpus, loadavg, platform } from 'node:os';
import { type Runtime, startRuntime } from '../infra/local/runtime.ts';
import {
  hammer,
  inFlightCalls,
  putItems,
  type StorageAdapters,
  type StorageTarget,
  startEmptyServer,
  withStorageAdapters,
  writeShapeCalls,
} from './e2e-load.ts';
import {
  ConversationPool,
  type E2eSettings,
  feedbackCall,
  messageCeilingConversations,
  parseStarted,
  type RouteSpec,
  readE2eArgs,
  readE2eSettings,
  routeSpecs,
  STORAGE_CEILINGS,
  type StorageCeilingId,
  type Target,
  WRITE_SHAPE_IDS,
  WRITE_SHAPES,
} from './e2e-plan.ts';
import {
  type Ceilings,
  type E2eReport,
  type Figures,
  figuresOf,
  lowerCeiling,
  type Measurement,
  type RouteFigures,
  renderE2eTable,
  routeFigures,
  runProblems,
  type StorageCeilings,
  type WriteShapes,
} from './e2e-report.ts';
import { messageCeiling, type StorageCall, startCeiling, voteCeiling } from './e2e-storage.ts';
import { ceilingTurns } from './e2e-turns.ts';

const progress = (line: string) => process.stderr.write(`${line}\n`);

const summary = (name: string, figures: Figures) =>
  `  ${name}: ${Math.round(figures.rps)} req/s, p50 ${figures.p50Ms.toFixed(2)} ms, ` +
  `p99 ${figures.p99Ms.toFixed(2)} ms${figures.non2xx > 0 ? `, ${figures.non2xx} failed` : ''}`;

/** A warm-up (figures dropped), then the measurement. */
async function measured(
  settings: E2eSettings,
  run: (seconds: number, warmup: boolean) => Promise<Measurement>,
): Promise<Figures> {
  if (settings.warmupSeconds > 0) await run(settings.warmupSeconds, true);
  return figuresOf(await run(settings.seconds, false));
}

/** Both ceilings, each with its warm-up; the empty server runs only while it is measured. */
async function measureCeilings(settings: E2eSettings, target: Target, endpoint: string, table: string) {
  progress('ceiling: the local HTTP adapter with an empty handler');
  const empty = await startEmptyServer();
  let http: Figures;
  let n = 0;
  try {
    http = await measured(settings, (seconds) =>
      hammer({
        url: empty.url,
        connections: settings.connections,
        seconds,
        call: () => feedbackCall(target, n++),
      }),
    );
  } finally {
    await empty.close();
  }
  progress(summary('empty handler', http));
  progress('ceiling: raw SDK PutItem calls on DynamoDB Local');
  const putItem = await measured(settings, (seconds) =>
    putItems({ endpoint, table, inFlight: settings.connections, seconds }),
  );
  progress(summary('PutItem', putItem));
  return { http, putItem } satisfies Ceilings;
}

/** Each write shape, with its warm-up, right after the PutItem ceiling and on the same table. */
async function measureWriteShapes(settings: E2eSettings, endpoint: string, table: string) {
  const shapes: WriteShapes = {};
  for (const id of WRITE_SHAPE_IDS) {
    const { name, calls } = WRITE_SHAPES[id];
    progress(`${name}: ${calls}`);
    shapes[id] = await measured(settings, (seconds) =>
      writeShapeCalls({ endpoint, table, inFlight: settings.connections, seconds }, id),
    );
    progress(summary(name.replace('shape: ', ''), shapes[id]));
  }
  return shapes;
}

/** The storage calls of ceiling `id` on the given adapters (the messages' conversations created first). */
async function storageCall(
  id: StorageCeilingId,
  { votes, conversations }: StorageAdapters,
  settings: E2eSettings,
  target: Target,
  putItemRps: number,
): Promise<StorageCall> {
  switch (id) {
    case 'vote':
      return voteCeiling(votes, target.origin);
    case 'start':
      return startCeiling(conversations);
    case 'message': {
      const count = messageCeilingConversations(settings, putItemRps);
      progress(`  creating ${count} conversations for it (untimed)`);
      const turns = await ceilingTurns();
      return messageCeiling(conversations, { conversations: count, inFlight: settings.connections, turns });
    }
  }
}

/**
 * A write route's own storage ceiling, with the same calls in flight, warm-up and seconds as
 * the other ceilings: its adapters over a raw DocumentClient of their own on the same DynamoDB
 * Local and tables. Measured just before its route: DynamoDB Local (a JVM) keeps getting faster
 * at a kind of call for tens of seconds of it, so a ceiling measured long before its route
 * would be slower than the same calls made by the route later on.
 */
async function measureStorageCeiling(
  id: StorageCeilingId,
  settings: E2eSettings,
  target: Target,
  storage: StorageTarget,
  putItemRps: number,
): Promise<Figures> {
  const { name, calls } = STORAGE_CEILINGS[id];
  progress(`${name}: ${calls}, called directly`);
  return withStorageAdapters(storage, async (adapters) => {
    const call = await storageCall(id, adapters, settings, target, putItemRps);
    const figures = await measured(settings, (seconds) =>
      inFlightCalls({ inFlight: settings.connections, seconds, call }),
    );
    progress(summary(name.replace('ceiling: ', ''), figures));
    return figures;
  });
}

/**
 * How many requests a route may send in `seconds`: unbounded, or (when each needs a fresh
 * conversation) a share of those not yet used, so that the warm-up leaves most for the run.
 */
function amountFor(spec: RouteSpec, pool: ConversationPool, settings: E2eSettings, warmup: boolean) {
  if (!spec.consumesConversation) return undefined;
  const { connections } = settings;
  if (pool.untaken < 2 * connections) {
    throw new Error(
      `${spec.name} needs at least ${2 * connections} unused conversations, has ${pool.untaken}`,
    );
  }
  return warmup
    ? Math.min(connections * 20, Math.max(connections, Math.floor(pool.untaken / 5)))
    : pool.untaken;
}

/** One route; the starts' answers fill the pool of conversations the later routes use. */
async function measureRoute(
  spec: RouteSpec,
  url: string,
  pool: ConversationPool,
  settings: E2eSettings,
): Promise<Figures> {
  const keepStarted = (status: number, body: string) => {
    const conversation = parseStarted(status, body);
    if (conversation) pool.add(conversation);
  };
  return measured(settings, (seconds, warmup) =>
    hammer({
      url,
      connections: settings.connections,
      seconds,
      amount: amountFor(spec, pool, settings, warmup),
      call: spec.call,
      ...(spec.startsConversation && { onAnswer: keepStarted }),
    }),
  );
}

/**
 * Load on the whole stack before anything is measured, its figures dropped: SDK PutItems and
 * feedback votes side by side, half the connections each, so that DynamoDB Local's JIT and
 * the handlers' first calls are behind every measurement alike.
 */
async function warmUpStack(settings: E2eSettings, url: string, runtime: Runtime, feedback: RouteSpec) {
  const seconds = settings.stackWarmupSeconds;
  if (seconds === 0) return;
  progress(`warming up the stack for ${seconds} s (figures dropped)`);
  const half = Math.max(1, Math.ceil(settings.connections / 2));
  const table = runtime.tables.counters;
  await Promise.all([
    putItems({ endpoint: runtime.endpoint, table, inFlight: half, seconds }),
    hammer({ url, connections: half, seconds, call: feedback.call }),
  ]);
}

/**
 * Waits for the requests autocannon left in flight at the end of the last route (the server
 * still runs their handlers), so that stopping DynamoDB Local does not fail them; at most 10 s.
 */
function settle(last: Figures | undefined): Promise<void> {
  const ms = Math.min(10_000, Math.max(1000, 3 * (last?.p99Ms ?? 0)));
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What the figures were measured on. */
function machine(loadAverage1m: number): E2eReport['machine'] {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    platform: platform(),
    arch: arch(),
    loadAverage1m,
  };
}

async function main() {
  const started = performance.now();
  const loadAverage1m = loadavg()[0] ?? 0;
  const args = readE2eArgs(process.argv.slice(2));
  const settings = readE2eSettings(process.env);

  progress('starting the local stack: DynamoDB Local, the tables and every handler');
  const runtime = await startRuntime({
    port: 0,
    tablePrefix: `bench-e2e-${randomBytes(4).toString('hex')}`,
    jobIntervalSeconds: 0,
    staffToken: randomBytes(24).toString('base64url'),
    log: (line) => progress(`  ${line}`),
  });
  let ceilings: Ceilings;
  let writeShapes: WriteShapes;
  const storageCeilings: StorageCeilings = {};
  const measuredRoutes: { spec: RouteSpec; figures: Figures }[] = [];
  try {
    // Loopback only: the runtime's URL names localhost; the bench connects to 127.0.0.1.
    const url = `http://127.0.0.1:${new URL(runtime.url).port}`;
    const target: Target = { origin: runtime.url, staffToken: runtime.staffToken };
    const pool = new ConversationPool();
    const specs = routeSpecs(target, pool);
    const [feedback] = specs;
    if (feedback) await warmUpStack(settings, url, runtime, feedback);
    ceilings = await measureCeilings(settings, target, runtime.endpoint, runtime.tables.counters);
    writeShapes = await measureWriteShapes(settings, runtime.endpoint, runtime.tables.counters);
    for (const spec of specs) {
      if (spec.storage) {
        const { rps } = ceilings.putItem;
        storageCeilings[spec.storage] = await measureStorageCeiling(
          spec.storage,
          settings,
          target,
          runtime,
          rps,
        );
      }
      progress(`route: ${spec.name} (${spec.routeKey})`);
      const figures = await measureRoute(spec, url, pool, settings);
      progress(summary(spec.name, figures));
      measuredRoutes.push({ spec, figures });
    }
    progress(`  ${pool.size} conversations started, ${pool.untaken} left unforgotten`);
  } finally {
    await settle(measuredRoutes.at(-1)?.figures);
    progress('stopping the local stack');
    await runtime.close();
  }

  const { lower, lowerRps } = lowerCeiling(ceilings);
  const routes: RouteFigures[] = measuredRoutes.map(({ spec, figures }) =>
    routeFigures(spec, figures, lowerRps, storageCeilings),
  );
  const report: E2eReport = {
    node: process.version,
    machine: machine(loadAverage1m),
    settings,
    routes,
    ceilings: { ...ceilings, lower, lowerRps },
    storageCeilings,
    writeShapes,
    problems: runProblems(routes, ceilings, storageCeilings, writeShapes),
    seconds: (performance.now() - started) / 1000,
  };
  process.stdout.write(`${args.json ? JSON.stringify(report, null, 2) : renderE2eTable(report)}\n`);
  if (report.problems.length > 0) {
    for (const problem of report.problems) progress(`unexpected: ${problem}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(`bench:e2e failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
