/**
 * `npm run bench`: for every function in infra/functions.ts, the bundle size, the import
 * time of the bundle in a fresh Node process (against a bundle holding only the DynamoDB
 * DocumentClient) and the warm CPU time per invocation with DynamoDB faked, once at the
 * DocumentClient's `send` (the handler's own cost) and once at its HTTP handler (with the
 * SDK's request path, as in Lambda without the network).
 *
 *   BENCH_RUNS=20 BENCH_WARMUP=200 BENCH_INVOCATIONS=2000 npm run bench [-- --json] [-- --metafile]
 *
 * Every figure is also given as a ratio to a floor measured in the same run: bytes and import
 * time to a bundle holding only the DocumentClient, the CPU with the SDK to the SDK alone
 * sending as many commands. `--metafile` adds each bundle's ten largest inputs.
 *
 * Progress goes to stderr; stdout carries only the table, or the JSON with `--json`.
 */
import { arch, cpus, loadavg, platform } from 'node:os';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LAMBDA_NODE_TARGET } from '../infra/bundling.ts';
import { FUNCTIONS } from '../infra/functions.ts';
import { BENCH_DIR, type Bundle, bundle, FLOOR_ENTRY } from './bundle.ts';
import { benchCaseFor } from './events.ts';
import { type ImportStats, measureImports } from './import-time.ts';
import { MASK_TIMED } from './mask.ts';
import { TEXT_CASES } from './text.ts';
import { renderTimings, type Timing, timeCase } from './timing.ts';
import { type DynamoFakeLevel, measureWarm, SDK_ONLY, type WarmResult } from './warm.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const BASELINE = { name: 'baseline-client', entry: FLOOR_ENTRY } as const;
const FAKE_LEVELS: readonly DynamoFakeLevel[] = ['send', 'http'];

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);
const settingsSchema = z.object({
  BENCH_RUNS: count(20),
  BENCH_WARMUP: count(200),
  BENCH_INVOCATIONS: count(2000),
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

type WarmFigures = Omit<WarmResult, 'functionId' | 'fake'>;

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
  /** CPU with the SDK over what the SDK alone costs for the same number of commands; none without commands. */
  sdkRatio: number | undefined;
  largestInputs: Bundle['largestInputs'];
}

interface Report {
  node: string;
  /** Load average over the minute before the bench: well above `cores` means noisy figures. */
  machine: { cpu: string; cores: number; platform: string; arch: string; loadAverage1m: number };
  settings: { runs: number; warmup: number; invocations: number };
  baseline: { entry: string; bytes: number; gzipBytes: number; import: ImportStats };
  /** One GetItem through the SDK with DynamoDB faked at its HTTP handler: the unit of `sdkRatio`. */
  sdkOnly: WarmFigures;
  functions: FunctionFigures[];
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

  const warm = new Map<string, WarmResult>();
  for (const { id } of functions) {
    for (const fake of FAKE_LEVELS) {
      progress(
        `warm CPU: ${id}, DynamoDB faked at ${fake}, ` +
          `${settings.BENCH_WARMUP} warm-up + ${settings.BENCH_INVOCATIONS} timed invocations`,
      );
      const request = {
        projectRoot: PROJECT_ROOT,
        functionId: id,
        fake,
        warmup: settings.BENCH_WARMUP,
        invocations: settings.BENCH_INVOCATIONS,
      };
      warm.set(`${id}/${fake}`, await measureWarm(request));
    }
  }

  progress(`warm CPU: the SDK alone, ${settings.BENCH_INVOCATIONS} GetItem commands`);
  const {
    functionId: _sdk,
    fake: _level,
    ...sdkOnly
  } = await measureWarm({
    projectRoot: PROJECT_ROOT,
    functionId: SDK_ONLY,
    fake: 'http',
    warmup: settings.BENCH_WARMUP,
    invocations: settings.BENCH_INVOCATIONS,
  });

  progress('anonymizer: mask() on 2000-character messages');
  const maskFigures: Timing[] = [];
  for (const timed of MASK_TIMED) maskFigures.push(await timeCase(timed));
  progress('bot and User-Agent on the longest inputs');
  const textFigures: Timing[] = [];
  for (const timed of TEXT_CASES) textFigures.push(await timeCase(timed));

  const baselineBundle = need(bundles.get(BASELINE.name), 'baseline bundle');
  const baselineImport = need(imports.get(BASELINE.name), 'baseline import time');
  const warmFigures = (id: string, fake: DynamoFakeLevel): WarmFigures => {
    const {
      functionId: _id,
      fake: _fake,
      ...figures
    } = need(warm.get(`${id}/${fake}`), `${fake} figures of ${id}`);
    return figures;
  };
  const figures = functions.map(({ id, entry }): FunctionFigures => {
    const built = need(bundles.get(id), `bundle of ${id}`);
    const imported = need(imports.get(id), `import time of ${id}`);
    const http = warmFigures(id, 'http');
    const commandsCost = sdkOnly.cpuMicrosPerInvocation * http.dynamoCallsPerInvocation;
    return {
      id,
      entry,
      bytes: built.bytes,
      gzipBytes: built.gzipBytes,
      import: imported,
      bytesRatioToBaseline: built.bytes / baselineBundle.bytes,
      gzipRatioToBaseline: built.gzipBytes / baselineBundle.gzipBytes,
      importRatioToBaseline: imported.medianMs / baselineImport.medianMs,
      warm: { send: warmFigures(id, 'send'), http },
      sdkRatio: commandsCost > 0 ? http.cpuMicrosPerInvocation / commandsCost : undefined,
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
    },
    baseline: {
      entry: BASELINE.entry,
      bytes: baselineBundle.bytes,
      gzipBytes: baselineBundle.gzipBytes,
      import: baselineImport,
    },
    sdkOnly,
    functions: figures,
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
    'CPU µs +SDK',
    '× SDK only',
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
    f.warm.http.cpuMicrosPerInvocation.toFixed(1),
    ratio(f.sdkRatio),
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
    ...Array<string>(5).fill('–'),
  ]);
  rows.push([
    'SDK only: one GetItem',
    ...Array<string>(7).fill('–'),
    ms(report.sdkOnly.firstInvocationMs),
    '–',
    report.sdkOnly.cpuMicrosPerInvocation.toFixed(1),
    '1.00×',
    '1.00',
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  // Names left-aligned, figures right-aligned.
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const { settings, machine } = report;
  return [
    line(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    `Bundles: lambdaBuildOptions from infra/bundling.ts, gzip level 9, in ${BENCH_DIR}.`,
    `Import: \`await import(bundle)\` in a fresh \`node\` process (start-up excluded), ${settings.runs} runs each.`,
    `CPU: warm, ${settings.warmup} warm-up + ${settings.invocations} timed invocations, user+system of the whole`,
    '  process per invocation. DynamoDB faked at DocumentClient.send (handler and domain code only);',
    '  "+SDK": faked at the HTTP handler instead, so marshalling, SigV4 signing and parsing count too;',
    '  "× SDK only": that over the SDK alone sending as many GetItem commands. "1st inv": the first',
    '  invocation after the import (DynamoDB faked at send), lazy initialisation included.',
    '',
    renderTimings('anonymizer: mask(), 2000 chars', report.mask),
    '',
    renderTimings('request text', report.text),
    '',
    `Node ${report.node} · ${machine.platform}/${machine.arch} · ${machine.cpu} · ${machine.cores} cores · ` +
      `load ${machine.loadAverage1m.toFixed(1)} before · bench took ${report.seconds.toFixed(1)} s`,
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
