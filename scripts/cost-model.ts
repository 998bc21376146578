/**
 * npm run docs:cost
 *
 * Writes docs/cost.md: what the service costs in eu-north-1 per million feedback votes, per
 * million chat messages, per 1 000 conversations exported and deleted, and per month for a
 * municipality with 20 000 conversations. The DynamoDB request units are the ones the
 * integration tests assert (test/support/request-units.ts); the Lambda memory is the
 * project's; durations, cold starts, log sizes and volumes are assumptions stated here and in
 * the document. The output has no timestamp, so regenerating without a change leaves git clean;
 * test/unit/cost-model.test.ts fails when docs/cost.md is not what this script writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FUNCTIONS, type FunctionId, JOBS, type JobId } from '../infra/functions.ts';
import { DEFAULT_MEMORY_MB } from '../infra/lambda-function.ts';
import { RECHECK_OVERLAP_MS } from '../shared/jobs/use-cases.ts';
import { MAX_CHAT_RETENTION_DAYS } from '../shared/retention.ts';
import { DEFAULT_RANGE_DAYS } from '../shared/stats/range-limits.ts';
import {
  MEASURED_QUESTIONS,
  MEASURED_RECHECK_QUESTIONS,
  type OperationUnits,
  REQUEST_UNITS,
  type RequestUnits,
} from '../test/support/request-units.ts';

// ---------------------------------------------------------------------------------------------
// Prices

/** One price of the AWS price list, in USD for `per` units of `unit`. */
export interface Price {
  readonly service: string;
  readonly usd: number;
  /** How many `unit`s the price is for (1 000 000 for "per million requests"). */
  readonly per: number;
  readonly unit: string;
  readonly source: string;
}

/** The prices the model uses; a unit's price is `usd / per`. */
export interface Prices {
  readonly lambdaCompute: Price;
  readonly lambdaRequests: Price;
  readonly httpApi: Price;
  readonly dynamodbReads: Price;
  readonly dynamodbWrites: Price;
  readonly dynamodbStorage: Price;
  readonly secret: Price;
  readonly secretCalls: Price;
  readonly logsIngestion: Price;
  readonly logsStorage: Price;
}

/** When the prices were taken, and how far they can be trusted. */
export const PRICES_AS_OF =
  'mid-2025, as published on the AWS pricing pages for eu-north-1 (Stockholm) and as known to the ' +
  'author; they could not be re-checked online when this model was written (December 2026), so check ' +
  'each one against its page before relying on the totals';

/** eu-north-1 on-demand prices in USD, without any free tier. */
export const PRICES: Prices = {
  lambdaCompute: {
    service: 'Lambda',
    usd: 0.0000133334,
    per: 1,
    unit: 'GB-second, arm64 (first 7.5 billion GB-s a month)',
    source: 'https://aws.amazon.com/lambda/pricing/',
  },
  lambdaRequests: {
    service: 'Lambda',
    usd: 0.2,
    per: 1_000_000,
    unit: 'million invocations',
    source: 'https://aws.amazon.com/lambda/pricing/',
  },
  httpApi: {
    service: 'API Gateway',
    usd: 1.11,
    per: 1_000_000,
    unit: 'million HTTP API requests (first 300 million a month; us-east-1: 1.00)',
    source: 'https://aws.amazon.com/api-gateway/pricing/',
  },
  dynamodbReads: {
    service: 'DynamoDB',
    usd: 0.1325,
    per: 1_000_000,
    unit: 'million read request units, on-demand (after the price cut of 1 November 2024)',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  },
  dynamodbWrites: {
    service: 'DynamoDB',
    usd: 0.6625,
    per: 1_000_000,
    unit: 'million write request units, on-demand (after the price cut of 1 November 2024)',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  },
  dynamodbStorage: {
    service: 'DynamoDB',
    usd: 0.265,
    per: 1,
    unit: 'GB-month, Standard table class (us-east-1: 0.25)',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  },
  secret: {
    service: 'Secrets Manager',
    usd: 0.4,
    per: 1,
    unit: 'secret-month',
    source: 'https://aws.amazon.com/secrets-manager/pricing/',
  },
  secretCalls: {
    service: 'Secrets Manager',
    usd: 0.05,
    per: 10_000,
    unit: '10 000 API calls',
    source: 'https://aws.amazon.com/secrets-manager/pricing/',
  },
  logsIngestion: {
    service: 'CloudWatch Logs',
    usd: 0.57,
    per: 1,
    unit: 'GB ingested, Standard class (us-east-1: 0.50)',
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
  },
  logsStorage: {
    service: 'CloudWatch Logs',
    usd: 0.03,
    per: 1,
    unit: 'GB-month archived',
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
  },
};

const unitPrice = (price: Price) => price.usd / price.per;

// ---------------------------------------------------------------------------------------------
// What a Lambda function costs besides DynamoDB

/** The Lambda memory of every function: the deployment's default (`DEFAULT_MEMORY_MB`, 256 MB). */
export const LAMBDA_MEMORY_MB = DEFAULT_MEMORY_MB;

/** How often a function's invocations start a new instance: visitors, staff or a schedule. */
export type Traffic = 'visitor' | 'staff' | 'job';

/** The share of each kind of invocation that is a cold start. */
export type ColdStartShares = Readonly<Record<Traffic, number>>;

/** What the model assumes of one function's invocations. */
export interface FunctionProfile {
  /** Billed duration of a warm invocation in ms (Lambda bills per 1 ms). */
  readonly warmMs: number;
  readonly traffic: Traffic;
  /** HTTP API requests per invocation: 1 behind a route, 0 for a scheduled job. */
  readonly apiRequests: number;
  /** Reads the token key from Secrets Manager once per instance (a `tokenKey` function). */
  readonly readsSecret: boolean;
  /** CloudWatch Logs bytes per warm invocation (Lambda's lines, the function's own, the API's access log line). */
  readonly logBytes: number;
  /** Why the duration is what it is. */
  readonly why: string;
}

/** What a cold start adds to an invocation. */
export interface ColdStart {
  /** The billed INIT phase: Node.js start and the bundle's import (billed since 1 August 2025). */
  readonly initMs: number;
  /** The first invocation's extra time: new TLS connections, and the token key for the chat functions. */
  readonly firstInvocationExtraMs: number;
  /** Lambda's INIT_START line and the Init Duration in REPORT. */
  readonly logBytes: number;
}

/** The cold start the model assumes for every function. */
export const COLD_START: ColdStart = { initMs: 400, firstInvocationExtraMs: 150, logBytes: 150 };

/** Lambda's START, END and REPORT lines of one invocation, in bytes. */
const LAMBDA_LOG_BYTES = 300;
/** One line of the HTTP API's access log (requestId, time, route, status, length, latencies). */
const ACCESS_LOG_BYTES = 250;
/** The hourly job's one summary line. */
const JOB_LOG_BYTES = 300;

/** The functions the model's operations invoke. */
type ModelledFunction =
  | 'postFeedback'
  | 'startConversation'
  | 'postMessage'
  | 'exportConversation'
  | 'forgetConversation'
  | 'feedbackStats'
  | 'chatStats'
  | 'transcript'
  | 'preflight'
  | 'anonymizeChat';

const routeProfile = (id: FunctionId, traffic: Traffic, warmMs: number, why: string): FunctionProfile => ({
  warmMs,
  traffic,
  apiRequests: 1,
  readsSecret: 'tokenKey' in FUNCTIONS[id] && FUNCTIONS[id].tokenKey === true,
  logBytes: LAMBDA_LOG_BYTES + ACCESS_LOG_BYTES,
  why,
});

const jobProfile = (id: JobId, warmMs: number, why: string): FunctionProfile => ({
  warmMs,
  traffic: 'job',
  apiRequests: 0,
  readsSecret: 'tokenKey' in JOBS[id],
  logBytes: LAMBDA_LOG_BYTES + JOB_LOG_BYTES,
  why,
});

/**
 * Billed durations per function. `npm run bench` measures the handlers' warm CPU at about 1 ms
 * with DynamoDB faked; in the cloud the time is mostly DynamoDB's round trips, assumed at up to
 * 8 ms each in the region, plus a margin.
 */
export const FUNCTION_PROFILES: Readonly<Record<ModelledFunction, FunctionProfile>> = {
  postFeedback: routeProfile(
    'postFeedback',
    'visitor',
    25,
    'a transaction of the vote and its page counter; masks a comment',
  ),
  startConversation: routeProfile(
    'startConversation',
    'visitor',
    25,
    'a transaction of the record, its day-list entry and a counter shard',
  ),
  postMessage: routeProfile(
    'postMessage',
    'visitor',
    40,
    'GetItem, then a transaction of 5 items; masking and the intent matcher',
  ),
  exportConversation: routeProfile('exportConversation', 'visitor', 25, 'a Query, then UpdateItem'),
  forgetConversation: routeProfile(
    'forgetConversation',
    'visitor',
    50,
    'GetItem, DeleteItem, Query, BatchWriteItem, UpdateItem',
  ),
  feedbackStats: routeProfile('feedbackStats', 'staff', 40, '8 Queries in parallel, then the aggregation'),
  chatStats: routeProfile('chatStats', 'staff', 40, '8 Queries in parallel, then the aggregation'),
  transcript: routeProfile('transcript', 'staff', 30, 'a Query, then PutItem of the audit entry'),
  preflight: routeProfile('preflight', 'visitor', 3, 'no DynamoDB: the site’s origins are configuration'),
  anonymizeChat: jobProfile(
    'anonymizeChat',
    500,
    'a run: progress, hour lists, BatchGetItem of ~110 questions',
  ),
};

// ---------------------------------------------------------------------------------------------
// Operations: request units (measured) and invocations (assumed) per user action

/** One action of a visitor, a staff member or the schedule, as the model prices it. */
export interface Operation {
  readonly label: string;
  readonly units: RequestUnits;
  /** Invocations of each function per operation, CORS preflights included. */
  readonly invocations: Readonly<Record<string, number>>;
}

/** A 30-day range (the statistics' default) touches two calendar months on all but a day or two of each month. */
const STATISTICS_MONTHS = 2;
const HOUR_MS = 3_600_000;

/**
 * What the re-check costs per new question in an ordinary hour: the BatchGetItem share measured
 * (the run with questions less the run without, per question), read again by the next run
 * when it falls in the 15-minute overlap. A question stored under the current rules is not
 * rewritten; after a rule change every stored question is rewritten once (1 write unit each).
 */
export function recheckUnitsPerQuestion(
  run: RequestUnits,
  emptyRun: RequestUnits,
  questions: number,
  overlapShare: number,
): { ordinary: RequestUnits; afterRuleChange: RequestUnits } {
  const read = ((run.read - emptyRun.read) / questions) * (1 + overlapShare);
  return {
    ordinary: { read, write: 0 },
    afterRuleChange: {
      read: (run.read - emptyRun.read) / questions,
      write: (run.write - emptyRun.write) / questions,
    },
  };
}

const RECHECK = recheckUnitsPerQuestion(
  REQUEST_UNITS.recheckRun,
  REQUEST_UNITS.recheckEmptyRun,
  MEASURED_RECHECK_QUESTIONS,
  RECHECK_OVERLAP_MS / HOUR_MS,
);

const scaled = (units: RequestUnits, factor: number): RequestUnits => ({
  read: units.read * factor,
  write: units.write * factor,
});

/**
 * Browsers send a CORS preflight (OPTIONS, the preflight function) before the widgets' JSON
 * and token requests, and keep its answer 600 s per URL: a vote needs one, a conversation one
 * for its start and one for its messages' URL (its questions come within minutes), an export
 * and a deletion one each. The dashboard calls the API on its own origin, without preflights.
 */
export const OPERATIONS = {
  vote: {
    label: 'feedback vote',
    units: REQUEST_UNITS.vote,
    invocations: { postFeedback: 1, preflight: 1 },
  },
  startConversation: {
    label: 'start of a conversation',
    units: REQUEST_UNITS.startConversation,
    invocations: { startConversation: 1, preflight: 2 },
  },
  message: {
    label: 'chat message (question and answer)',
    units: REQUEST_UNITS.message,
    invocations: { postMessage: 1 },
  },
  exportConversation: {
    label: `export of a conversation of ${MEASURED_QUESTIONS} questions`,
    units: REQUEST_UNITS.exportConversation,
    invocations: { exportConversation: 1, preflight: 1 },
  },
  forgetConversation: {
    label: `«Glem meg» of a conversation of ${MEASURED_QUESTIONS} questions`,
    units: REQUEST_UNITS.forgetConversation,
    invocations: { forgetConversation: 1, preflight: 1 },
  },
  statisticsView: {
    label: `statistics view (feedback and chat, ${DEFAULT_RANGE_DAYS} days)`,
    units: scaled(REQUEST_UNITS.statisticsPerMonth, STATISTICS_MONTHS),
    invocations: { feedbackStats: 1, chatStats: 1 },
  },
  transcriptRead: {
    label: 'transcript read by a reviewer',
    units: REQUEST_UNITS.transcriptRead,
    invocations: { transcript: 1 },
  },
  recheckRun: {
    label: 'hourly re-check run (its fixed part)',
    units: REQUEST_UNITS.recheckEmptyRun,
    invocations: { anonymizeChat: 1 },
  },
  recheckedQuestion: {
    label: 'question re-checked by the hourly job',
    units: RECHECK.ordinary,
    invocations: {},
  },
} as const satisfies Record<string, Operation>;

type OperationName = keyof typeof OPERATIONS;

// ---------------------------------------------------------------------------------------------
// The arithmetic

/** What a number of operations use of each priced resource. */
export interface Usage {
  readonly readUnits: number;
  readonly writeUnits: number;
  readonly apiRequests: number;
  readonly invocations: number;
  readonly gbSeconds: number;
  readonly secretCalls: number;
  readonly logBytes: number;
  readonly secretMonths: number;
  readonly storageGbMonths: number;
  readonly logStorageGbMonths: number;
}

/** What the operations run on: the functions' profiles, their memory and their cold start. */
export interface LambdaModel {
  readonly memoryMb: number;
  readonly coldStart: ColdStart;
  readonly functions: Readonly<Record<string, FunctionProfile>>;
}

/** 1 GB as AWS bills data: 2^30 bytes. */
export const GB = 1024 ** 3;

/** The resources `counts` operations use, with `coldShares` of the invocations starting an instance. */
export function usageOf(
  operations: Readonly<Record<string, Operation>>,
  counts: Readonly<Record<string, number>>,
  lambda: LambdaModel,
  coldShares: ColdStartShares,
): Usage {
  let readUnits = 0;
  let writeUnits = 0;
  let apiRequests = 0;
  let invocations = 0;
  let gbSeconds = 0;
  let secretCalls = 0;
  let logBytes = 0;
  for (const [name, count] of Object.entries(counts)) {
    const operation = operations[name];
    if (!operation) throw new Error(`No operation ${name}`);
    readUnits += count * operation.units.read;
    writeUnits += count * operation.units.write;
    for (const [functionName, perOperation] of Object.entries(operation.invocations)) {
      const profile = lambda.functions[functionName];
      if (!profile) throw new Error(`No profile for the function ${functionName}`);
      const n = count * perOperation;
      const cold = n * coldShares[profile.traffic];
      const ms =
        n * profile.warmMs + cold * (lambda.coldStart.initMs + lambda.coldStart.firstInvocationExtraMs);
      invocations += n;
      apiRequests += n * profile.apiRequests;
      gbSeconds += (ms / 1000) * (lambda.memoryMb / 1024);
      if (profile.readsSecret) secretCalls += cold;
      logBytes += n * profile.logBytes + cold * lambda.coldStart.logBytes;
    }
  }
  return {
    readUnits,
    writeUnits,
    apiRequests,
    invocations,
    gbSeconds,
    secretCalls,
    logBytes,
    secretMonths: 0,
    storageGbMonths: 0,
    logStorageGbMonths: 0,
  };
}

/** A cost in USD per priced item. */
export type Costs = Readonly<Record<keyof Prices, number>>;

/** What `usage` costs at `prices`, per priced item. */
export function costOf(usage: Usage, prices: Prices): Costs {
  return {
    lambdaCompute: usage.gbSeconds * unitPrice(prices.lambdaCompute),
    lambdaRequests: usage.invocations * unitPrice(prices.lambdaRequests),
    httpApi: usage.apiRequests * unitPrice(prices.httpApi),
    dynamodbReads: usage.readUnits * unitPrice(prices.dynamodbReads),
    dynamodbWrites: usage.writeUnits * unitPrice(prices.dynamodbWrites),
    dynamodbStorage: usage.storageGbMonths * unitPrice(prices.dynamodbStorage),
    secret: usage.secretMonths * unitPrice(prices.secret),
    secretCalls: usage.secretCalls * unitPrice(prices.secretCalls),
    logsIngestion: (usage.logBytes / GB) * unitPrice(prices.logsIngestion),
    logsStorage: usage.logStorageGbMonths * unitPrice(prices.logsStorage),
  };
}

/** The sum of some (by default all) of the costs. */
export function totalOf(
  costs: Costs,
  items: readonly (keyof Prices)[] = Object.keys(costs) as (keyof Prices)[],
) {
  return items.reduce((sum, item) => sum + costs[item], 0);
}

// ---------------------------------------------------------------------------------------------
// The scenarios

const LAMBDA: LambdaModel = {
  memoryMb: LAMBDA_MEMORY_MB,
  coldStart: COLD_START,
  functions: FUNCTION_PROFILES,
};

/** Steady traffic (the per-million figures): few visitor invocations start an instance. */
const STEADY_COLD_STARTS: ColdStartShares = { visitor: 0.02, staff: 1, job: 1 };

/** What a month of one municipality consists of. */
export const MUNICIPALITY = {
  conversations: 20_000,
  questionsPerConversation: MEASURED_QUESTIONS,
  votes: 10_000,
  /** Share of conversations the visitor downloads, and deletes with «Glem meg». */
  exportedShare: 0.02,
  forgottenShare: 0.01,
  statisticsViews: 300,
  transcriptReads: 100,
  jobRuns: 720,
  /** Low traffic: a tenth of visitor invocations start an instance; every staff request and job run does. */
  coldStarts: { visitor: 0.1, staff: 1, job: 1 } satisfies ColdStartShares,
  /** Bytes a stored conversation takes: record, day-list entry, 8 messages, 4 hour-list entries, 100 bytes overhead each. */
  bytesPerConversation: 5_000,
  /** TTL deletes an expired item within a few days; two are counted. */
  ttlLagDays: 2,
  /** Everything kept for longer, after a year: counters (kept for ever), comments and audit (365 days). */
  otherStorageGb: 0.05,
};

/** The counts of each operation in the municipality's month. */
export function municipalityCounts(m: typeof MUNICIPALITY): Record<OperationName, number> {
  const questions = m.conversations * m.questionsPerConversation;
  return {
    vote: m.votes,
    startConversation: m.conversations,
    message: questions,
    exportConversation: m.conversations * m.exportedShare,
    forgetConversation: m.conversations * m.forgottenShare,
    statisticsView: m.statisticsViews,
    transcriptRead: m.transcriptReads,
    recheckRun: m.jobRuns,
    recheckedQuestion: questions,
  };
}

/** The municipality's month: its operations, plus storage, the secret and a month of logs kept. */
export function municipalityUsage(m: typeof MUNICIPALITY): Usage {
  const usage = usageOf(OPERATIONS, municipalityCounts(m), LAMBDA, m.coldStarts);
  const storedConversations = (m.conversations * (MAX_CHAT_RETENTION_DAYS + m.ttlLagDays)) / 30;
  return {
    ...usage,
    secretMonths: 1,
    storageGbMonths: (storedConversations * m.bytesPerConversation) / GB + m.otherStorageGb,
    // Logs are kept one month (infra: RetentionDays.ONE_MONTH); counted uncompressed.
    logStorageGbMonths: usage.logBytes / GB,
  };
}

// ---------------------------------------------------------------------------------------------
// The document

/** USD with three significant digits (two decimals from $10), never in exponent notation. */
export function usd(value: number): string {
  if (value === 0) return '$0';
  if (value >= 10) return `$${value.toFixed(2)}`;
  const decimals = Math.min(10, Math.max(2, 2 - Math.floor(Math.log10(value))));
  return `$${value.toFixed(decimals)}`;
}

/** A price as the price list writes it: at least two decimals, all of its own. */
export function priceText(value: number): string {
  const [whole, fraction = ''] = String(value).split('.');
  return `$${whole}.${fraction.padEnd(2, '0')}`;
}

/** A number with spaces between thousands (Norwegian style, as the README writes 100 000). */
export function count(value: number): string {
  const [whole = '0', fraction] = String(Math.round(value * 1000) / 1000).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** A Markdown table padded as Biome formats it; `right` marks the columns aligned right. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
) {
  const widths = header.map((cell, i) =>
    Math.max(3, cell.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (right.includes(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (right.includes(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const SERVICES: readonly [string, readonly (keyof Prices)[]][] = [
  ['Lambda', ['lambdaRequests', 'lambdaCompute']],
  ['HTTP API', ['httpApi']],
  ['DynamoDB', ['dynamodbReads', 'dynamodbWrites', 'dynamodbStorage']],
  ['Secrets Manager', ['secret', 'secretCalls']],
  ['CloudWatch Logs', ['logsIngestion', 'logsStorage']],
];

const steadyCost = (counts: Partial<Record<OperationName, number>>) =>
  costOf(usageOf(OPERATIONS, counts, LAMBDA, STEADY_COLD_STARTS), PRICES);

/** The four figures the issue asks for, in USD. */
export function headlineFigures() {
  return {
    perMillionVotes: totalOf(steadyCost({ vote: 1_000_000 })),
    perMillionMessages: totalOf(steadyCost({ message: 1_000_000 })),
    perThousandExportedAndDeleted: totalOf(
      steadyCost({ exportConversation: 1000, forgetConversation: 1000 }),
    ),
    municipalityMonth: totalOf(costOf(municipalityUsage(MUNICIPALITY), PRICES)),
  };
}

const units = (value: number) => count(value);
const percent = (share: number) => `${count(share * 100)} %`;

function unitsSection(): string {
  const rows = (Object.entries(REQUEST_UNITS) as [string, OperationUnits][]).map(([name, op]) => [
    `\`${name}\``,
    units(op.read),
    units(op.write),
    op.what,
    `\`${op.test}\``,
  ]);
  return [
    '## Request units per operation',
    '',
    'From `test/support/request-units.ts`; the integration test named beside each figure measures it ' +
      'against DynamoDB Local (`meterCapacity`) and asserts it, counted as DynamoDB bills on demand: a ' +
      'read unit is 4 KB read strongly consistently (eventually consistent: half), a write unit 1 KB, ' +
      'twice that for each item of a transaction, and every read request at least half a unit ' +
      '(DynamoDB Local reports transaction items once and an empty Query as 0; the tests count both as billed).',
    '',
    markdownTable(['operation', 'read units', 'write units', 'what it does', 'asserted in'], rows, [1, 2]),
    '',
    `The hourly re-check, per new question: ${units(RECHECK.afterRuleChange.read)} read units ` +
      `(the ${MEASURED_RECHECK_QUESTIONS}-question run less the empty run, per question), ` +
      `${units(RECHECK.ordinary.read)} with the ${RECHECK_OVERLAP_MS / 60_000}-minute overlap that the next run reads again; ` +
      'no write, since a question stored under the current rules is left alone. After a change of the rules ' +
      `every stored question is read and rewritten once: ${units(RECHECK.afterRuleChange.read)} read and ` +
      `${units(RECHECK.afterRuleChange.write)} write units each (not in the monthly figure).`,
    '',
    `A statistics view reads ${units(OPERATIONS.statisticsView.units.read)} units: ${STATISTICS_MONTHS} calendar months ` +
      `× \`statisticsPerMonth\`, as a ${DEFAULT_RANGE_DAYS}-day range touches two months on all but a day or two of ` +
      'each month. A Query stays at half a unit while a shard of a month holds under 4 KB of counters; the ' +
      'feedback counters grow with the pages voted on each day (about 200 bytes per page and day), so a site ' +
      'with many pages reads more: 1 000 pages voted on every day would make a view about 750 units, still under ' +
      'a cent.',
  ].join('\n');
}

function lambdaSection(): string {
  const rows = (Object.entries(FUNCTION_PROFILES) as [string, FunctionProfile][]).map(([name, p]) => [
    `\`${name}\``,
    `${p.warmMs} ms`,
    p.traffic,
    p.readsSecret ? 'yes' : 'no',
    `${count(p.logBytes)} B`,
    p.why,
  ]);
  return [
    '## Lambda, Secrets Manager and logs',
    '',
    `- Memory: ${LAMBDA_MEMORY_MB} MB for every function (\`DEFAULT_MEMORY_MB\` in \`infra/lambda-function.ts\`, the construct's \`memorySize\` by default), arm64, Node.js 24.`,
    '- Billed duration of a warm invocation, per function, below. `npm run bench` measures the handlers’ ' +
      'warm CPU at about 1 ms with DynamoDB faked; in the region each DynamoDB round trip is assumed to take ' +
      'up to 8 ms, and the figures round up generously.',
    `- A cold start adds a billed INIT phase of ${COLD_START.initMs} ms (Node.js start and the bundle’s import; ` +
      'Lambda bills the INIT phase of on-demand functions since 1 August 2025) and ' +
      `${COLD_START.firstInvocationExtraMs} ms to its first invocation (new TLS connections; the chat functions ` +
      'also fetch the token key). ' +
      `Cold-start shares: ${percent(STEADY_COLD_STARTS.visitor)} of visitor invocations for the per-million figures, ` +
      `${percent(MUNICIPALITY.coldStarts.visitor)} in the municipality’s month (low traffic); every staff request ` +
      'and every hourly run is counted as cold.',
    '- Secrets Manager: one secret (the token key) per deployment, read once per cold start of the ' +
      'functions with `tokenKey` in `infra/functions.ts` (the chat routes), never per request.',
    `- Logs: the handlers log only errors, so an invocation writes Lambda’s START, END and REPORT lines ` +
      `(≈ ${LAMBDA_LOG_BYTES} bytes) and, behind the HTTP API, one access-log line (≈ ${ACCESS_LOG_BYTES} bytes); ` +
      `the hourly job adds its summary line (≈ ${JOB_LOG_BYTES} bytes), a cold start ≈ ${COLD_START.logBytes} bytes. ` +
      'Log groups keep one month; storage is counted uncompressed. 1 GB = 2^30 bytes.',
    '',
    markdownTable(['function', 'warm billed', 'traffic', 'token key', 'log bytes', 'why'], rows, [1, 4]),
  ].join('\n');
}

function operationsSection(): string {
  const rows = (Object.entries(OPERATIONS) as [OperationName, Operation][]).map(([name, op]) => {
    const costs = steadyCost({ [name]: 1_000_000 });
    const calls = Object.entries(op.invocations)
      .map(([fn, n]) => `${count(n)} × \`${fn}\``)
      .join(', ');
    return [
      op.label,
      calls || '(within a run)',
      ...SERVICES.map(([, items]) => usd(totalOf(costs, items))),
      usd(totalOf(costs)),
    ];
  });
  return [
    '## Cost per million of each operation',
    '',
    'At steady traffic, without storage or the secret’s monthly fee. Browsers send a CORS preflight ' +
      '(`OPTIONS`, the `preflight` function, one HTTP API request) before the widgets’ JSON and token requests ' +
      'and keep its answer 600 s per URL: a vote needs one, a conversation two (its start and its messages’ URL, ' +
      'shared by its questions), an export and a deletion one each. The dashboard calls the API on its own origin ' +
      '(CloudFront), without preflights.',
    '',
    markdownTable(
      ['operation', 'invocations each', ...SERVICES.map(([service]) => service), 'total'],
      rows,
      [2, 3, 4, 5, 6, 7],
    ),
  ].join('\n');
}

function municipalitySection(): string {
  const m = MUNICIPALITY;
  const counts = municipalityCounts(m);
  const usage = municipalityUsage(m);
  const costs = costOf(usage, PRICES);
  const volumeRows = (Object.entries(counts) as [OperationName, number][]).map(([name, n]) => [
    OPERATIONS[name].label,
    count(n),
  ]);
  const usageRows: string[][] = [
    ['Lambda invocations', count(usage.invocations), usd(costs.lambdaRequests)],
    ['Lambda compute (GB-seconds)', count(Math.round(usage.gbSeconds)), usd(costs.lambdaCompute)],
    ['HTTP API requests', count(usage.apiRequests), usd(costs.httpApi)],
    ['DynamoDB read request units', count(usage.readUnits), usd(costs.dynamodbReads)],
    ['DynamoDB write request units', count(usage.writeUnits), usd(costs.dynamodbWrites)],
    ['DynamoDB storage (GB-month)', count(usage.storageGbMonths), usd(costs.dynamodbStorage)],
    ['Secrets Manager secrets', count(usage.secretMonths), usd(costs.secret)],
    ['Secrets Manager API calls', count(Math.round(usage.secretCalls)), usd(costs.secretCalls)],
    ['CloudWatch Logs ingested (GB)', count(usage.logBytes / GB), usd(costs.logsIngestion)],
    ['CloudWatch Logs stored (GB-month)', count(usage.logStorageGbMonths), usd(costs.logsStorage)],
    ['**total**', '', `**${usd(totalOf(costs))}**`],
  ];
  return [
    `## A month for a municipality with ${count(m.conversations)} conversations`,
    '',
    `- ${count(m.conversations)} conversations of ${m.questionsPerConversation} questions each; ` +
      `${percent(m.exportedShare)} of them downloaded and ${percent(m.forgottenShare)} deleted with «Glem meg».`,
    `- ${count(m.votes)} feedback votes.`,
    `- ${count(m.statisticsViews)} statistics views by the editorial staff and ${count(m.transcriptReads)} transcript reads by reviewers.`,
    `- ${count(m.jobRuns)} hourly re-check runs (30 days × 24), each question re-checked as above.`,
    `- Storage: ${MAX_CHAT_RETENTION_DAYS} days of chat (plus ${m.ttlLagDays} days until TTL deletes, ` +
      `≈ ${count(m.bytesPerConversation)} bytes per conversation) and ${count(m.otherStorageGb)} GB for what is kept ` +
      'longer (counters, comments, audit trail) after a year.',
    '',
    markdownTable(['operation', 'per month'], volumeRows, [1]),
    '',
    markdownTable(['resource', 'per month', 'cost'], usageRows, [1, 2]),
  ].join('\n');
}

function pricesSection(): string {
  const rows = (Object.values(PRICES) as Price[]).map((price) => [
    price.service,
    priceText(price.usd),
    price.unit,
    price.source,
  ]);
  return [
    '## Prices',
    '',
    `eu-north-1, in USD, without tax and without any free tier. Prices as of ${PRICES_AS_OF}.`,
    '',
    markdownTable(['service', 'price', 'per', 'source'], rows, [1]),
  ].join('\n');
}

/** docs/cost.md as this script writes it. */
export function renderCostDoc(): string {
  const h = headlineFigures();
  const summary = markdownTable(
    ['what', 'cost'],
    [
      ['per million feedback votes', usd(h.perMillionVotes)],
      ['per million chat messages', usd(h.perMillionMessages)],
      ['per 1 000 conversations exported and deleted', usd(h.perThousandExportedAndDeleted)],
      [
        `a month for a municipality with ${count(MUNICIPALITY.conversations)} conversations`,
        usd(h.municipalityMonth),
      ],
    ],
    [1],
  );
  return [
    '# Cost model',
    '',
    'What the service costs to run in eu-north-1 (Stockholm): Lambda (arm64), API Gateway HTTP API, ' +
      'DynamoDB on demand, Secrets Manager and CloudWatch Logs. Generated by `npm run docs:cost` ' +
      '(`scripts/cost-model.ts`) from the request units the integration tests assert, the configured ' +
      'Lambda memory and the durations and volumes stated below; do not edit it by hand ' +
      '(`test/unit/cost-model.test.ts` fails when it is not what the script writes).',
    '',
    summary,
    '',
    'A message is one `POST` (the conversation’s start and its preflights are priced separately below); ' +
      `exported and deleted means one download and one «Glem meg» of a conversation of ${MEASURED_QUESTIONS} questions each. ` +
      'The per-million and per-thousand figures leave out storage and the secret’s monthly fee; the month includes both.',
    '',
    pricesSection(),
    '',
    unitsSection(),
    '',
    lambdaSection(),
    '',
    operationsSection(),
    '',
    municipalitySection(),
    '',
    '## Not counted',
    '',
    '- Free tiers (Lambda’s 1 million requests and 400 000 GB-seconds a month, DynamoDB’s 25 GB of storage, ' +
      'CloudWatch Logs’ 5 GB): they would cover most of one municipality’s month.',
    '- Cognito (staff sign-in), CloudFront and S3 (dashboard and widget files), data transfer out, and the ' +
      'EventBridge schedule (scheduled rules are free).',
    '- Point-in-time recovery of the feedback, counters and audit tables (about $0.20 per GB-month of tiny ' +
      'tables) and KMS requests for the tables’ AWS-managed keys: each well under a cent a month here.',
    '- Votes with long comments and questions near the 2 000-character limit: their items pass 1 KB, and ' +
      'each KB more is one more write unit (two in a transaction).',
    '',
    '## Regenerating',
    '',
    'Change a price, an assumption (`scripts/cost-model.ts`) or a measured figure ' +
      '(`test/support/request-units.ts`, then the integration tests that assert it), and run ' +
      '`npm run docs:cost`. The output has no date or time in it, so an unchanged model leaves git clean.',
    '',
  ].join('\n');
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const target = fileURLToPath(new URL('../docs/cost.md', import.meta.url));
  mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
  writeFileSync(target, renderCostDoc());
  console.log(`wrote ${target}`);
}
