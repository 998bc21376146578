/**
 * The figures of `npm run bench:e2e` and the table they print: percentiles, requests per
 * second, efficiency against the lower ceiling, each write route against its own storage
 * ceiling, and what counts as a problem. Pure functions of what the load generator counted,
 * so the unit tests can check them without a network.
 */
import { columnLayout } from './columns.ts';
import {
  type E2eSettings,
  type RouteSpec,
  STORAGE_CEILING_IDS,
  STORAGE_CEILINGS,
  type StorageCeilingId,
  WRITE_EFFICIENCY_TARGET,
  WRITE_SHAPE_IDS,
  WRITE_SHAPES,
  type WriteShapeId,
} from './e2e-plan.ts';

/** What one measurement counted. */
export interface Measurement {
  /** Requests answered with 2xx (SDK: calls that succeeded). */
  ok: number;
  /** The rest, by kind: `HTTP 429`, `no answer`, an SDK error's name. */
  failed: Record<string, number>;
  /** Latency of every answered request, in milliseconds, in no particular order. */
  latenciesMs: readonly number[];
  /** From the first request sent to the last answer. */
  elapsedMs: number;
  /** CPU time of this Node process (user + system, all its threads) meanwhile, in milliseconds. */
  cpuMs: number;
}

/** The figures of one measurement. */
export interface Figures {
  requests: number;
  /** Requests that did not succeed (non-2xx answers, no answer, SDK errors). */
  non2xx: number;
  failed: Record<string, number>;
  /** Successful requests per second. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /**
   * This process's CPU time ÷ elapsed time: 1 is one core. Load generator, server, handlers
   * and SDK share the one event loop, so near 1 means that thread was the limit.
   */
  nodeCpu: number;
}

/** A measured route, with its efficiency and anything wrong with it. */
export interface RouteFigures extends Figures {
  name: string;
  routeKey: string;
  write: boolean;
  /** rps ÷ the lower ceiling's rps. */
  efficiency: number;
  /** Write routes only: whether the efficiency reaches the target. */
  meetsTarget?: boolean;
  /** Write routes only: which storage ceiling holds the route's own storage operations. */
  storageCeiling?: StorageCeilingId;
  /** Write routes only: that ceiling's rps (NaN when it was not measured). */
  storageRps?: number;
  /** Write routes only: rps ÷ `storageRps`, what is left of the storage work's own throughput. */
  ownStorage?: number;
  /** Unexpected answers, e.g. `12× HTTP 429`; empty when all went well. */
  problems: string[];
}

/** The two ceilings, measured in the same run as the routes. */
export interface Ceilings {
  /** The local HTTP adapter with a handler that answers at once. */
  http: Figures;
  /** Raw SDK PutItem calls against the same DynamoDB Local. */
  putItem: Figures;
}

/**
 * The write routes' own storage ceilings (bench/e2e-storage.ts), measured in the same run: each
 * route's storage operations called directly through its adapters on the same DynamoDB Local.
 */
export type StorageCeilings = Partial<Record<StorageCeilingId, Figures>>;

/** The write shapes (bench/e2e-plan.ts, WRITE_SHAPES) measured in the same run, next to the ceilings. */
export type WriteShapes = Partial<Record<WriteShapeId, Figures>>;

/** Everything one run found; `--json` prints exactly this. */
export interface E2eReport {
  node: string;
  /** Load average over the minute before the bench: well above `cores` means noisy figures. */
  machine: { cpu: string; cores: number; platform: string; arch: string; loadAverage1m: number };
  settings: E2eSettings;
  routes: RouteFigures[];
  ceilings: Ceilings & { lower: keyof Ceilings; lowerRps: number };
  storageCeilings: StorageCeilings;
  writeShapes: WriteShapes;
  /** Every unexpected answer, by route or ceiling; a non-empty list fails the run. */
  problems: string[];
  seconds: number;
}

/** The value at quantile `q` (0–1) of ascending `sorted` values, by nearest rank; NaN if empty. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** Requests, failures, successful requests per second and p50/p99 of one measurement. */
export function figuresOf(measurement: Measurement): Figures {
  const non2xx = Object.values(measurement.failed).reduce((sum, count) => sum + count, 0);
  const sorted = [...measurement.latenciesMs].sort((a, b) => a - b);
  const seconds = measurement.elapsedMs / 1000;
  return {
    requests: measurement.ok + non2xx,
    non2xx,
    failed: { ...measurement.failed },
    rps: seconds > 0 ? measurement.ok / seconds : 0,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    nodeCpu: measurement.elapsedMs > 0 ? measurement.cpuMs / measurement.elapsedMs : Number.NaN,
  };
}

/** Which ceiling is lower, and its requests per second. */
export function lowerCeiling(ceilings: Ceilings): { lower: keyof Ceilings; lowerRps: number } {
  return ceilings.putItem.rps < ceilings.http.rps
    ? { lower: 'putItem', lowerRps: ceilings.putItem.rps }
    : { lower: 'http', lowerRps: ceilings.http.rps };
}

/** Throughput ÷ the lower ceiling (NaN when there is no ceiling to compare with). */
export function efficiency(rps: number, lowerRps: number): number {
  return lowerRps > 0 ? rps / lowerRps : Number.NaN;
}

/** What a failed call counts as: an SDK error's name, or the message of a plain `Error`. */
export function failureKind(error: unknown): string {
  if (!(error instanceof Error)) return 'error';
  return error.name === 'Error' && error.message ? error.message : error.name;
}

/**
 * The failures of a measurement as readable problems (`12× HTTP 429`), most frequent first;
 * a measurement without a single success is one too.
 */
export function problemsOf(figures: Pick<Figures, 'requests' | 'non2xx' | 'failed'>): string[] {
  const failures = Object.entries(figures.failed)
    .filter(([, count]) => count > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([kind, count]) => `${count}× ${kind}`);
  return figures.requests - figures.non2xx > 0 ? failures : ['no successful request', ...failures];
}

/**
 * A route's figures with its efficiency, whether it meets the target and its problems; a route
 * with a storage ceiling also with `× own storage` against it (NaN when it is not in `storage`).
 */
export function routeFigures(
  spec: Pick<RouteSpec, 'name' | 'routeKey' | 'write' | 'storage'>,
  figures: Figures,
  lowerRps: number,
  storage: StorageCeilings = {},
): RouteFigures {
  const ratio = efficiency(figures.rps, lowerRps);
  const storageRps = spec.storage ? (storage[spec.storage]?.rps ?? Number.NaN) : undefined;
  return {
    name: spec.name,
    routeKey: spec.routeKey,
    write: spec.write,
    ...figures,
    efficiency: ratio,
    ...(spec.write && { meetsTarget: ratio >= WRITE_EFFICIENCY_TARGET }),
    ...(spec.storage &&
      storageRps !== undefined && {
        storageCeiling: spec.storage,
        storageRps,
        ownStorage: efficiency(figures.rps, storageRps),
      }),
    problems: problemsOf(figures),
  };
}

/** Those of `ids` that were measured, in their order, with their figures. */
const measuredOf = <Id extends string>(ids: readonly Id[], figuresById: Partial<Record<Id, Figures>>) =>
  ids.flatMap((id) => {
    const figures = figuresById[id];
    return figures ? [{ id, figures }] : [];
  });

/** The storage ceilings that were measured, in their order. */
const measuredStorage = (storage: StorageCeilings) => measuredOf(STORAGE_CEILING_IDS, storage);

/** The write shapes that were measured, in their order. */
const measuredShapes = (shapes: WriteShapes) => measuredOf(WRITE_SHAPE_IDS, shapes);

/**
 * Every problem of the run, each named after its route or ceiling: a failed or refused call
 * of a storage ceiling is one as much as a non-2xx answer of a route.
 */
export function runProblems(
  routes: readonly RouteFigures[],
  ceilings: Ceilings,
  storage: StorageCeilings = {},
  shapes: WriteShapes = {},
): string[] {
  return [
    ...problemsOf(ceilings.http).map((p) => `${CEILING_NAMES.http}: ${p}`),
    ...problemsOf(ceilings.putItem).map((p) => `${CEILING_NAMES.putItem}: ${p}`),
    ...measuredShapes(shapes).flatMap(({ id, figures }) =>
      problemsOf(figures).map((p) => `${WRITE_SHAPES[id].name}: ${p}`),
    ),
    ...measuredStorage(storage).flatMap(({ id, figures }) =>
      problemsOf(figures).map((p) => `${STORAGE_CEILINGS[id].name}: ${p}`),
    ),
    ...routes.flatMap((route) => route.problems.map((p) => `${route.name}: ${p}`)),
  ];
}

const CEILING_NAMES: Record<keyof Ceilings, string> = {
  http: 'ceiling: local HTTP adapter, empty handler',
  putItem: 'ceiling: SDK PutItem, DynamoDB Local',
};

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');
const ratio = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');
const percent = (n: number) => (Number.isFinite(n) ? `${Math.round(n * 100)}%` : '–');

function routeNote(route: RouteFigures): string {
  const notes: string[] = [];
  if (route.problems.length > 0) notes.push(`UNEXPECTED ${route.problems.join(', ')}`);
  if (route.meetsTarget !== undefined) {
    const target = WRITE_EFFICIENCY_TARGET.toFixed(2);
    notes.push(route.meetsTarget ? `≥ ${target} ✓` : `below ${target} ✗`);
  }
  return notes.join('; ');
}

function figureCells(figures: Figures): string[] {
  return [
    int(figures.requests),
    int(figures.non2xx),
    int(figures.rps),
    ms(figures.p50Ms),
    ms(figures.p99Ms),
    percent(figures.nodeCpu),
  ];
}

const unexpected = (figures: Figures) => {
  const problems = problemsOf(figures);
  return problems.length ? `UNEXPECTED ${problems.join(', ')}` : '';
};

/** The two ceilings, the write shapes against the lower one, then the storage ceilings (each `1.00` against itself). */
function ceilingRows(report: E2eReport): string[][] {
  const { lowerRps, lower } = report.ceilings;
  const shared = (['http', 'putItem'] as const).map((id) => {
    const figures = report.ceilings[id];
    const note = [id === lower ? 'lower ceiling' : '', unexpected(figures)].filter(Boolean).join('; ');
    return [CEILING_NAMES[id], ...figureCells(figures), ratio(efficiency(figures.rps, lowerRps)), '', note];
  });
  const shapes = measuredShapes(report.writeShapes).map(({ id, figures }) => [
    WRITE_SHAPES[id].name,
    ...figureCells(figures),
    ratio(efficiency(figures.rps, lowerRps)),
    '',
    unexpected(figures),
  ]);
  const storage = measuredStorage(report.storageCeilings).map(({ id, figures }) => [
    STORAGE_CEILINGS[id].name,
    ...figureCells(figures),
    ratio(efficiency(figures.rps, lowerRps)),
    ratio(efficiency(figures.rps, figures.rps)),
    unexpected(figures),
  ]);
  return [...shared, ...shapes, ...storage];
}

/** What the write shapes measured, for the footer. */
function shapeLines(report: E2eReport): string[] {
  const measured = measuredShapes(report.writeShapes);
  if (measured.length === 0) return [];
  return [
    'shape: the most any route that writes this way can reach on this DynamoDB Local, made as the',
    "  PutItem ceiling makes its calls (efficiency against the lower ceiling, like a route's):",
    ...measured.map(
      ({ id }, i) =>
        `  ${WRITE_SHAPES[id].name.replace('shape: ', '')}: ${WRITE_SHAPES[id].calls}${i === measured.length - 1 ? '.' : ';'}`,
    ),
  ];
}

/** What the storage ceilings measured, for the footer: each route's, with its rps and calls. */
function storageLines(report: E2eReport): string[] {
  const measured = report.routes.filter((route) => route.storageCeiling !== undefined);
  if (measured.length === 0) return [];
  const each = measured.map((route, i) => {
    const id = route.storageCeiling as StorageCeilingId;
    const rps = `${int(route.storageRps ?? Number.NaN)}${i === 0 ? ' req/s' : ''}`;
    return `  ${route.name}: ${rps} (${STORAGE_CEILINGS[id].calls})${i === measured.length - 1 ? '.' : ';'}`;
  });
  return [
    "× own storage = req/s ÷ the route's own storage operations, called directly through its adapters",
    '  with a raw DocumentClient on the same DynamoDB Local and tables (no HTTP, handler, middleware,',
    '  masking or bot), fresh inputs shaped as the route stores them, each just before its route',
    '  (DynamoDB Local keeps getting faster at a kind of call for tens of seconds of it):',
    ...each,
  ];
}

/**
 * The table: one row per route, then the two ceilings and the storage ceilings, then how it was
 * measured and on what.
 */
export function renderE2eTable(report: E2eReport): string {
  const header = [
    'route',
    'requests',
    'non-2xx',
    'req/s',
    'p50 ms',
    'p99 ms',
    'node CPU',
    'efficiency',
    '× own storage',
    'note',
  ];
  const routeRows = report.routes.map((route) => [
    route.name,
    ...figureCells(route),
    ratio(route.efficiency),
    route.ownStorage === undefined ? '' : ratio(route.ownStorage),
    routeNote(route),
  ]);
  const ceilings = ceilingRows(report);
  const all = [header, ...routeRows, ...ceilings];
  // Names and notes left-aligned, figures right-aligned.
  const { line, rule } = columnLayout(all, [0, header.length - 1]);
  const { settings, machine, ceilings: measured } = report;
  return [
    line(header),
    rule,
    ...routeRows.map(line),
    rule,
    ...ceilings.map(line),
    '',
    `Efficiency = req/s ÷ the lower ceiling (${CEILING_NAMES[measured.lower].replace('ceiling: ', '')}, ` +
      `${int(measured.lowerRps)} req/s); write routes should reach ${WRITE_EFFICIENCY_TARGET.toFixed(2)}.`,
    ...shapeLines(report),
    ...storageLines(report),
    'req/s counts successful answers only; p50/p99 are over every answer. Loopback only, one process',
    '  (load generator, local server and handlers share its event loop; DynamoDB Local is a Java child);',
    "  node CPU = that process's CPU time ÷ wall time, 100% = one core (near it, the event loop is the limit).",
    `After ${settings.stackWarmupSeconds} s of warm-up load on the whole stack, each: ${settings.warmupSeconds} s ` +
      `warm-up, then ${settings.seconds} s with ${settings.connections} connections (SDK: calls in flight);`,
    '  "Glem meg" ends early once every conversation the starts made is forgotten; the messages\' storage',
    '  ceiling goes round conversations created beforehand (untimed), each call in flight its own.',
    ...(report.problems.length > 0
      ? ['', `UNEXPECTED ANSWERS (the run fails): ${report.problems.join('; ')}`]
      : []),
    '',
    `Node ${report.node} · ${machine.platform}/${machine.arch} · ${machine.cpu} · ${machine.cores} cores · ` +
      `load ${machine.loadAverage1m.toFixed(1)} before · bench took ${report.seconds.toFixed(1)} s`,
  ].join('\n');
}
