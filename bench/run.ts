/**
 * `npm run bench`: for every function in infra/functions.ts, the bundle size, the import
 * time of the bundle in a fresh Node process (against a bundle holding only the DynamoDB
 * DocumentClient) and the warm CPU time per invocation with DynamoDB faked, once at the
 * DocumentClient's `send` (the handler's own cost) and once at its HTTP handler (with the
 * SDK's request path, as in Lambda without the network).
 *
 *   BENCH_RUNS=20 BENCH_WARMUP=1000 BENCH_INVOCATIONS=2000 BENCH_PROCESSES=3 \
 *   BENCH_CURVE=1000,3000,10000,30000 npm run bench [-- --json] [-- --metafile]
 *
 * Every figure is also given as a ratio to a floor measured in the same run: bytes and import
 * time to a bundle holding only the DocumentClient, the CPU with the SDK to the SDK alone
 * sending the very commands the function sent (bench/replay.ts). `--metafile` adds each
 * bundle's ten largest inputs.
 *
 * Progress goes to stderr; stdout carries only the table, or the JSON with `--json`.
 */
import { arch, cpus, loadavg, platform } from 'node:os';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LAMBDA_NODE_TARGET } from '../infra/bundling.ts';
import { FUNCTIONS, PUBLIC_FUNCTIONS } from '../infra/functions.ts';
import { BENCH_DIR, type Bundle, bundle, FLOOR_ENTRY } from './bundle.ts';
import { columnLayout } from './columns.ts';
import { benchCaseFor } from './events.ts';
import { type ImportStats, measureImports } from './import-time.ts';
import { timePureCases } from './pure.ts';
import { renderTimings, TIMED_ROUNDS, type Timing } from './timing.ts';
import {
  type CurveWindow,
  type DynamoFakeLevel,
  type MedianProcess,
  measureWarm,
  medianProcess,
  type SdkOnlyFigures,
  type WarmFigures,
  type WarmResult,
  warmMetric,
} from './warm.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const BASELINE = { name: 'baseline-client', entry: FLOOR_ENTRY } as const;
const FAKE_LEVELS: readonly DynamoFakeLevel[] = ['send', 'http'];

/** Whether a process times the SDK path taken apart too (bench/warm.ts, `InterplayFigures`): the visitors' functions do. */
const interplay = (id: string, fake: DynamoFakeLevel) =>
  fake === 'http' && (PUBLIC_FUNCTIONS as readonly string[]).includes(id);

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);
const settingsSchema = z.object({
  BENCH_RUNS: count(20),
  // A function that masks text is still being compiled for the first several hundred calls
  // (2-3x the CPU of later ones after 200 warm-up calls): the warm figures are of the calls after that.
  BENCH_WARMUP: count(1000),
  BENCH_INVOCATIONS: count(2000),
  // Warm figures are those of the median of this many processes, each timing every function.
  BENCH_PROCESSES: count(3),
  // Where the warm-up curve's windows end, in invocations since the import.
  BENCH_CURVE: z
    .string()
    .default('1000,3000,10000,30000')
    .transform((list) => list.split(',').map(Number))
    .pipe(
      z
        .array(z.number().int().min(2).max(1_000_000))
        .min(1)
        .refine((ends) => ends.every((end, i) => i === 0 || end > (ends[i - 1] ?? 0)), 'must ascend'),
    ),
});

function readSettings() {
  const parsed = settingsSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid bench settings:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const OPTIONS = ['--json', '--metafile'];

function readArgs(argv: readonly string[]) {
  const unknown = argv.filter((arg) => !OPTIONS.includes(arg));
  if (unknown.length > 0)
    throw new Error(`Unknown argument ${unknown.join(' ')}; the options are ${OPTIONS.join(' ')}`);
  return { json: argv.includes('--json'), metafile: argv.includes('--metafile') };
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing ${what}`);
  return value;
}

interface FunctionFigures {
  id: string;
  entry: string;
  bytes: number;
  gzipBytes: number;
  import: ImportStats;
  /** Bytes, gzip bytes and import time over the floor's (the DocumentClient-only bundle). */
  bytesRatioToBaseline: number;
  gzipRatioToBaseline: number;
  importRatioToBaseline: number;
  /** By where DynamoDB was faked: `send` (handler only) or `http` (with the SDK). */
  warm: Record<DynamoFakeLevel, WarmFigures>;
  /**
   * The SDK alone sending the commands of one invocation of the function, replayed through a
   * bare DocumentClient with the same HTTP fake (bench/replay.ts); none without commands.
   */
  sdkOnly: SdkOnlyFigures | undefined;
  /** CPU with the SDK over `sdkOnly`'s: what the function's own code adds on top of its commands. */
  sdkRatio: number | undefined;
  /** The least and the most of the processes: CPU per invocation at `send`, and the SDK ratio. */
  spread: Record<DynamoFakeLevel, { min: number; max: number }>;
  largestInputs: Bundle['largestInputs'];
}

interface Report {
  node: string;
  /** Load average over the minute before the bench: well above `cores` means noisy figures. */
  machine: { cpu: string; cores: number; platform: string; arch: string; loadAverage1m: number };
  settings: { runs: number; warmup: number; invocations: number; processes: number; curve: number[] };
  baseline: { entry: string; bytes: number; gzipBytes: number; import: ImportStats };
  functions: FunctionFigures[];
  /** The CPU per invocation of each public function over one process's life (DynamoDB faked at send). */
  curves: { id: string; firstInvocationMs: number; windows: CurveWindow[] }[];
  /** The anonymizer on 2000-character messages, against the 1 ms budget. */
  mask: Timing[];
  text: Timing[];
  seconds: number;
}

async function main() {
  const started = performance.now();
  const loadAverage1m = loadavg()[0] ?? 0;
  const args = readArgs(process.argv.slice(2));
  const settings = readSettings();
  const functions = Object.entries(FUNCTIONS).map(([id, definition]) => ({ id, entry: definition.entry }));
  // Every function needs an event before anything is built: fail in a second, not in a minute.
  for (const { id } of functions) benchCaseFor(id);

  if (`node${process.versions.node.split('.')[0]}` !== LAMBDA_NODE_TARGET) {
    progress(`warning: running on ${process.version}, but the functions target ${LAMBDA_NODE_TARGET}`);
  }

  progress(`bundling ${functions.length} functions and the baseline into ${BENCH_DIR}`);
  const bundles = new Map<string, Bundle>();
  for (const { id, entry } of [...functions, { id: BASELINE.name, entry: BASELINE.entry }]) {
    bundles.set(id, await bundle(PROJECT_ROOT, id, entry));
  }

  progress(`import time: ${settings.BENCH_RUNS} fresh processes per bundle`);
  const imports = await measureImports([...bundles.values()], settings.BENCH_RUNS, (done, total) => {
    if (done === total || done % (bundles.size * 5) === 0) progress(`  ${done}/${total}`);
  });

  // Round after round over every function, so that a noisy minute of the machine falls on one
  // process of each function, not on all the processes of one.
  const samples = new Map<string, WarmResult[]>();
  for (let round = 1; round <= settings.BENCH_PROCESSES; round++) {
    for (const { id } of functions) {
      for (const fake of FAKE_LEVELS) {
        const takenApart = interplay(id, fake);
        progress(
          `warm CPU, process ${round}/${settings.BENCH_PROCESSES}: ${id}, DynamoDB faked at ${fake}, ` +
            `${settings.BENCH_WARMUP} warm-up + ${settings.BENCH_INVOCATIONS} timed invocations` +
            (fake === 'http' ? ', then the SDK alone replaying its commands as often' : '') +
            (takenApart ? ', then the interplay phase' : ''),
        );
        const request = {
          projectRoot: PROJECT_ROOT,
          functionId: id,
          fake,
          warmup: settings.BENCH_WARMUP,
          invocations: settings.BENCH_INVOCATIONS,
          interplay: takenApart,
        };
        const key = `${id}/${fake}`;
        const results = samples.get(key) ?? [];
        results.push(await measureWarm(request));
        samples.set(key, results);
      }
    }
  }
  const warm = new Map<string, MedianProcess<WarmResult>>(
    [...samples].map(([key, results]) => [key, medianProcess(results, warmMetric)]),
  );

  const curves: Report['curves'] = [];
  for (const id of PUBLIC_FUNCTIONS) {
    progress(`warm-up curve: ${id}, DynamoDB faked at send, ${settings.BENCH_CURVE.at(-1)} invocations`);
    const result = await measureWarm({
      projectRoot: PROJECT_ROOT,
      functionId: id,
      fake: 'send',
      warmup: 0,
      invocations: 0,
      windows: settings.BENCH_CURVE,
    });
    curves.push({
      id,
      firstInvocationMs: result.firstInvocationMs,
      windows: need(result.curve, `curve of ${id}`),
    });
  }

  progress(
    `anonymizer on 2000-character messages, bot and User-Agent on the longest inputs: ${settings.BENCH_PROCESSES} fresh processes`,
  );
  const { mask: maskFigures, text: textFigures } = await timePureCases(
    PROJECT_ROOT,
    settings.BENCH_PROCESSES,
  );

  const baselineBundle = need(bundles.get(BASELINE.name), 'baseline bundle');
  const baselineImport = need(imports.get(BASELINE.name), 'baseline import time');
  const warmFigures = (id: string, fake: DynamoFakeLevel) => {
    const { median, min, max } = need(warm.get(`${id}/${fake}`), `${fake} figures of ${id}`);
    const { functionId: _id, fake: _fake, sdkOnly, ...figures } = median;
    return { figures, sdkOnly, spread: { min, max } };
  };
  const figures = functions.map(({ id, entry }): FunctionFigures => {
    const built = need(bundles.get(id), `bundle of ${id}`);
    const imported = need(imports.get(id), `import time of ${id}`);
    const { figures: http, sdkOnly, spread: httpSpread } = warmFigures(id, 'http');
    const send = warmFigures(id, 'send');
    return {
      id,
      entry,
      bytes: built.bytes,
      gzipBytes: built.gzipBytes,
      import: imported,
      bytesRatioToBaseline: built.bytes / baselineBundle.bytes,
      gzipRatioToBaseline: built.gzipBytes / baselineBundle.gzipBytes,
      importRatioToBaseline: imported.medianMs / baselineImport.medianMs,
      warm: { send: send.figures, http },
      sdkOnly,
      sdkRatio: sdkOnly && http.cpuMicrosPerInvocation / sdkOnly.cpuMicrosPerInvocation,
      spread: { send: send.spread, http: httpSpread },
      largestInputs: built.largestInputs,
    };
  });

  const report: Report = {
    node: process.version,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      platform: platform(),
      arch: arch(),
      loadAverage1m,
    },
    settings: {
      runs: settings.BENCH_RUNS,
      warmup: settings.BENCH_WARMUP,
      invocations: settings.BENCH_INVOCATIONS,
      processes: settings.BENCH_PROCESSES,
      curve: settings.BENCH_CURVE,
    },
    baseline: {
      entry: BASELINE.entry,
      bytes: baselineBundle.bytes,
      gzipBytes: baselineBundle.gzipBytes,
      import: baselineImport,
    },
    functions: figures,
    curves,
    mask: maskFigures,
    text: textFigures,
    seconds: (performance.now() - started) / 1000,
  };
  const text = args.json
    ? JSON.stringify(report, null, 2)
    : [renderTable(report), ...(args.metafile ? [renderLargestInputs(report)] : [])].join('\n\n');
  process.stdout.write(`${text}\n`);
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => n.toFixed(1);

function renderTable(report: Report): string {
  const header = [
    'function',
    'min bytes',
    '× floor',
    'gzip bytes',
    '× floor',
    'import ms',
    'min–max',
    '× floor',
    '1st inv ms',
    'CPU µs/inv',
    'min–max',
    'CPU µs +SDK',
    'SDK only µs',
    '× SDK only',
    'min–max',
    'DDB cmds/inv',
  ];
  const ratio = (n: number | undefined) => (n === undefined ? '–' : `${n.toFixed(2)}×`);
  const rows = report.functions.map((f) => [
    f.id,
    int(f.bytes),
    ratio(f.bytesRatioToBaseline),
    int(f.gzipBytes),
    ratio(f.gzipRatioToBaseline),
    ms(f.import.medianMs),
    `${ms(f.import.minMs)}–${ms(f.import.maxMs)}`,
    ratio(f.importRatioToBaseline),
    ms(f.warm.send.firstInvocationMs),
    f.warm.send.cpuMicrosPerInvocation.toFixed(1),
    `${f.spread.send.min.toFixed(0)}–${f.spread.send.max.toFixed(0)}`,
    f.warm.http.cpuMicrosPerInvocation.toFixed(1),
    f.sdkOnly ? f.sdkOnly.cpuMicrosPerInvocation.toFixed(1) : '–',
    ratio(f.sdkRatio),
    f.sdkOnly ? `${f.spread.http.min.toFixed(2)}–${f.spread.http.max.toFixed(2)}` : '–',
    f.warm.send.dynamoCallsPerInvocation.toFixed(2),
  ]);
  const base = report.baseline;
  rows.push([
    'floor: DocumentClient only',
    int(base.bytes),
    '1.00×',
    int(base.gzipBytes),
    '1.00×',
    ms(base.import.medianMs),
    `${ms(base.import.minMs)}–${ms(base.import.maxMs)}`,
    '1.00×',
    ...Array<string>(8).fill('–'),
  ]);
  const { line, rule } = columnLayout([header, ...rows]);
  const { settings, machine } = report;
  return [
    line(header),
    rule,
    ...rows.map(line),
    '',
    `Bundles: lambdaBuildOptions from infra/bundling.ts, gzip level 9, in ${BENCH_DIR}.`,
    `Import: \`await import(bundle)\` in a fresh \`node\` process (start-up excluded), ${settings.runs} runs each.`,
    `CPU: warm, ${settings.warmup} warm-up + ${settings.invocations} timed invocations, user+system of the whole`,
    `  process per invocation, in ${settings.processes} processes per function and fake, round after round over`,
    '  every function: the figures are those of the median process, "min–max" the least and the most of',
    '  them (CPU at send; with the SDK, "× SDK only"). DynamoDB faked at DocumentClient.send (handler',
    '  and domain code only);',
    '  "+SDK": faked at the HTTP handler instead, so marshalling, SigV4 signing and parsing count too.',
    '  "SDK only": the commands of one invocation of the function, recorded at its client\'s send, sent',
    "  again as often, same classes and inputs, through a bare DocumentClient (the floor's) with the",
    '  same HTTP fake and answers, in the same process, timed in turns with the function (10 rounds',
    '  each); the bench fails unless they put the same requests on the wire. "× SDK only": +SDK over',
    "  that, what the function adds on the SDK's path.",
    '  "1st inv": the first invocation after the import (DynamoDB faked at send), lazy initialisation',
    '  included.',
    '',
    renderReplayedCommands(report),
    '',
    renderInterplay(report),
    '',
    renderCurves(report),
    '',
    renderTimings('anonymizer: mask(), 2000 chars', report.mask),
    '',
    renderTimings('request text', report.text),
    `Pure code: each case timed from source in ${settings.processes} fresh processes, one after the other;`,
    `  in each, the median of ${TIMED_ROUNDS.rounds} rounds of ${TIMED_ROUNDS.perRound} calls after ${TIMED_ROUNDS.warmup} warm-up ones; the figure is that of the`,
    '  median process, "min–max" the least and the most of them.',
    '',
    `Node ${report.node} · ${machine.platform}/${machine.arch} · ${machine.cpu} · ${machine.cores} cores · ` +
      `load ${machine.loadAverage1m.toFixed(1)} before · bench took ${report.seconds.toFixed(1)} s`,
  ].join('\n');
}

/** The warm-up curves: CPU per invocation by how many invocations the process had served. */
function renderCurves(report: Report): string {
  const windows = report.curves[0]?.windows ?? [];
  const header = ['function', ...windows.map((w) => `${int(w.from)}–${int(w.to)}`)];
  const rows = report.curves.map((curve) => [
    curve.id,
    ...curve.windows.map((w) => w.cpuMicrosPerInvocation.toFixed(1)),
  ]);
  const { line, rule } = columnLayout([header, ...rows]);
  const { warmup, invocations } = report.settings;
  return [
    'Warm-up curve: CPU µs per invocation by invocations since the import, one process per function,',
    `DynamoDB faked at send. The warm figures above are of invocations ${int(warmup + 1)}–${int(warmup + invocations)}.`,
    line(header),
    rule,
    ...rows.map(line),
  ].join('\n');
}

/** The SDK path taken apart, from the median process's second phase (bench/warm.ts). */
function renderInterplay(report: Report): string {
  const header = [
    'function',
    'CPU µs +SDK',
    'SDK only µs',
    'own at send µs',
    'the two in turns µs',
    '+SDK ÷ in turns',
    '(own + SDK only) ÷ SDK only',
  ];
  const rows = report.functions.flatMap((f) => {
    const phase = f.sdkOnly?.interplay;
    if (!phase) return [];
    return [
      [
        f.id,
        phase.withSdk.toFixed(1),
        phase.sdkOnly.toFixed(1),
        phase.ownAtSend.toFixed(1),
        phase.alternating.toFixed(1),
        `${(phase.withSdk / phase.alternating).toFixed(2)}×`,
        `${((phase.ownAtSend + phase.sdkOnly) / phase.sdkOnly).toFixed(2)}×`,
      ],
    ];
  });
  if (rows.length === 0)
    return "The SDK path taken apart: no function of the visitors' routes sent a command.";
  const { line, rule } = columnLayout([header, ...rows]);
  return [
    'The SDK path taken apart: after the warm figures, the same process times four things in turns',
    `(${int(report.settings.invocations)} calls each): the function with the SDK, the SDK only, the function with its own`,
    'client faked at send, and those two one after the other, call after call ("in turns", per pair).',
    'At "+SDK ÷ in turns" of 1, the function adds nothing to the SDK\'s own path: its "× SDK only" is its',
    'own work plus what running two bodies of code in turn costs (caches, JIT), which the SDK only,',
    'timed alone, does not pay. "(own + SDK only) ÷ SDK only" is the ratio without that cost.',
    line(header),
    rule,
    ...rows.map(line),
  ].join('\n');
}

/** `A, B, B, B` as `A, B ×3`. */
function runsOf(operations: readonly string[]): string {
  const runs: { operation: string; count: number }[] = [];
  for (const operation of operations) {
    const last = runs.at(-1);
    if (last?.operation === operation) last.count++;
    else runs.push({ operation, count: 1 });
  }
  return runs.map((run) => (run.count > 1 ? `${run.operation} ×${run.count}` : run.operation)).join(', ');
}

/** The commands each function's SDK-only floor sends per invocation. */
function renderReplayedCommands(report: Report): string {
  const width = Math.max(...report.functions.map((f) => f.id.length));
  return [
    'SDK only, per invocation (what the function sent, in order):',
    ...report.functions.map(
      (f) => `  ${f.id.padEnd(width)}  ${f.sdkOnly ? runsOf(f.sdkOnly.operations) : 'no command'}`,
    ),
  ].join('\n');
}

/** Each bundle's ten largest inputs, from esbuild's metafile. */
function renderLargestInputs(report: Report): string {
  return report.functions
    .map((f) =>
      [
        `${f.id} (${int(f.bytes)} bytes):`,
        ...f.largestInputs.map((i) => `  ${int(i.bytes).padStart(9)}  ${i.path}`),
      ].join('\n'),
    )
    .join('\n');
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
