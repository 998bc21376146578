/**
 * npm run docs:scale
 *
 * Writes docs/scale.md and infra/capacity.ts: what one deployment needs to serve one large
 * municipality, a county's municipalities and every municipality of Norway, at the busiest hour
 * of a storm day: requests per second per route class, Lambda concurrency, DynamoDB units per
 * second, the hottest keys against a partition's limit, the month's cost, and at which step the
 * design has to change. Per-request figures are not assumed here: the request units are the ones
 * the integration tests assert (test/support/request-units.ts, through the cost model's
 * OPERATIONS), the durations and prices are the cost model's (scripts/cost-model.ts), and
 * test/load/capacity-simulation.test.ts drives the local stack with this model's mix and checks
 * that every request costs the units the model counts. The population and the visitors' habits are
 * assumptions, stated in the document. The output has no timestamp, so a rerun leaves git clean;
 * test/unit/capacity-model.test.ts fails when either file is not what this script writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { API_THROTTLE } from '../infra/api-stack.ts';
import {
  DEFAULT_ROUTE_THROTTLE,
  EDGE_LIMITS,
  RESERVED_CONCURRENCY,
  ROUTE_THROTTLES,
  TABLE_MAX_REQUEST_UNITS,
} from '../infra/capacity-limits.ts';
import { FUNCTIONS, type FunctionId, JOBS, type JobId } from '../infra/functions.ts';
import { COUNTER_SHARDS } from '../shared/adapters/dynamodb/keys/counters-table.ts';
import {
  COLD_START,
  type ColdStartShares,
  type Costs,
  costOf,
  count,
  FUNCTION_PROFILES,
  type FunctionProfile,
  MUNICIPALITY,
  markdownTable,
  municipalityUsage,
  OPERATIONS,
  PRICES,
  type Prices,
  totalOf,
  type Usage,
  usd,
} from './cost-model.ts';

// ---------------------------------------------------------------------------------------------
// Inputs: who is served, and how often they use the service

/** The cost model's operations: a vote, a conversation's start, a message, … */
export type OperationName = keyof typeof OPERATIONS;

/** One step of the plan: the inhabitants one deployment serves. */
export interface Step {
  readonly id: StepId;
  readonly label: string;
  readonly inhabitants: number;
  readonly municipalities: number;
  /** The largest municipality of the step: its site holds the hottest keys. */
  readonly largestSite: { readonly name: string; readonly inhabitants: number };
  readonly source: string;
}

export type StepId = 'oneLarge' | 'county' | 'all';

const SSB = 'Statistics Norway (SSB), population on 1 January 2024, rounded';

/** The three steps, each a deployment serving more municipalities than the one before. */
export const STEPS: readonly Step[] = [
  {
    id: 'oneLarge',
    label: 'one large municipality (Oslo)',
    inhabitants: 720_000,
    municipalities: 1,
    largestSite: { name: 'Oslo', inhabitants: 720_000 },
    source: `${SSB}: Oslo about 717 700`,
  },
  {
    id: 'county',
    label: 'the municipalities of a county (Vestland)',
    inhabitants: 650_000,
    municipalities: 43,
    largestSite: { name: 'Bergen', inhabitants: 290_000 },
    source: `${SSB}: Vestland about 650 000 in 43 municipalities, Bergen about 290 000`,
  },
  {
    id: 'all',
    label: 'all 356 municipalities of Norway',
    inhabitants: 5_600_000,
    municipalities: 356,
    largestSite: { name: 'Oslo', inhabitants: 720_000 },
    source:
      `${SSB}: about 5 550 000 inhabitants; 356 municipalities since the reform of 1 January 2020 ` +
      '(357 since Haram left Ålesund on 1 January 2024; one more small site changes none of the figures)',
  },
];

/** What the visitors and the staff do, per month, and how the busiest hour compares. */
export interface Demand {
  /** Feedback votes per inhabitant per month. */
  readonly votesPerInhabitant: number;
  /** Chat conversations per inhabitant per month. */
  readonly conversationsPerInhabitant: number;
  readonly questionsPerConversation: number;
  /** Shares of conversations downloaded, and deleted with «Glem meg». */
  readonly exportedShare: number;
  readonly forgottenShare: number;
  /** Statistics views and transcript reads per municipality per month (its staff, whatever its size). */
  readonly statisticsViewsPerSite: number;
  readonly transcriptReadsPerSite: number;
  readonly daysPerMonth: number;
  /** The share of a day's traffic in its busiest hour. */
  readonly busiestHourShare: number;
  /** A storm day's traffic over an average day's (a storm, a flood, a water-supply warning). */
  readonly stormDayFactor: number;
  /** The same for the staff's reads: editors and reviewers keep their working day. */
  readonly staffStormDayFactor: number;
  /** The share of a site's votes on its busiest page on a storm day ("Stengte veier"). */
  readonly hotPageShare: number;
}

/** The assumed habits: the cost model's shares and staff volumes, per inhabitant rates stated here. */
export const DEMAND: Demand = {
  votesPerInhabitant: 0.05,
  conversationsPerInhabitant: 0.02,
  questionsPerConversation: MUNICIPALITY.questionsPerConversation,
  exportedShare: MUNICIPALITY.exportedShare,
  forgottenShare: MUNICIPALITY.forgottenShare,
  statisticsViewsPerSite: MUNICIPALITY.statisticsViews,
  transcriptReadsPerSite: MUNICIPALITY.transcriptReads,
  daysPerMonth: 30,
  busiestHourShare: 0.1,
  stormDayFactor: 20,
  staffStormDayFactor: 1,
  hotPageShare: 0.5,
};

/** A limit the plan holds the peak against, and where it comes from. */
export interface Limit {
  readonly value: number;
  readonly source: string;
}

const DYNAMODB_PARTITIONS =
  'DynamoDB Developer Guide, "Best practices for designing and using partition keys effectively"';

/** The limits of AWS and of this project's infrastructure that the peak is held against. */
export const LIMITS = {
  partitionWriteUnits: { value: 1000, source: `${DYNAMODB_PARTITIONS}: 1 000 WCU/s per partition` },
  partitionReadUnits: { value: 3000, source: `${DYNAMODB_PARTITIONS}: 3 000 RCU/s per partition` },
  tableRequestUnits: {
    value: TABLE_MAX_REQUEST_UNITS.write,
    source:
      '`TABLE_MAX_REQUEST_UNITS` of `infra/capacity-limits.ts`: the on-demand ceiling set on each table',
  },
  lambdaAccount: {
    value: 1000,
    source: 'Lambda quotas: 1 000 concurrent executions per account and Region by default',
  },
  lambdaNewAccount: {
    value: 10,
    source:
      'what a new AWS account often gets until it asks for more (Service Quotas, "Concurrent executions")',
  },
  apiThrottle: {
    value: API_THROTTLE.rateLimit,
    source:
      `\`API_THROTTLE\` of \`infra/api-stack.ts\` (${API_THROTTLE.rateLimit} requests/s, burst ${API_THROTTLE.burstLimit}): the stage's default ` +
      'throttle, which API Gateway applies to each route without one of its own (HTTP API "route-level throttling"); ' +
      'the plan holds the whole API against it, on the safe side',
  },
  apiAccount: {
    value: 10_000,
    source: 'API Gateway quotas: 10 000 requests/s per account and Region across all APIs (burst 5 000)',
  },
  edgePerSite: {
    value: EDGE_LIMITS.perSite / 300,
    source: `\`EDGE_LIMITS.perSite\` of \`infra/capacity-limits.ts\`: ${count(EDGE_LIMITS.perSite)} requests per site in 5 minutes (AWS WAF)`,
  },
  /** The share of a limit the peak may use; above it, the design changes. */
  safeShare: { value: 0.5, source: 'this plan: half of each limit is kept for what the model does not see' },
} as const satisfies Record<string, Limit>;

/** Write units of an item of up to 1 KB in a transaction, and outside one (test/support/request-units.ts). */
const TRANSACTION_ITEM_WRITE_UNITS = 2;
const ITEM_WRITE_UNITS = 1;
/** An eventually consistent Query of under 4 KB (a statistics read of one counter shard). */
const SMALL_QUERY_READ_UNITS = 0.5;
const HOUR_S = 3600;

// ---------------------------------------------------------------------------------------------
// Route classes: which operations and functions make up each line of a step's table

/** A line of a step's table: operations priced on it, and the functions whose requests it counts. */
export interface RouteClass {
  readonly label: string;
  readonly operations: readonly OperationName[];
  readonly functions: readonly (FunctionId | JobId)[];
}

export type RouteClassId =
  | 'votes'
  | 'conversationStarts'
  | 'messages'
  | 'exportsAndForgets'
  | 'staffReads'
  | 'preflights'
  | 'recheck';

/**
 * The route classes. Preflights are the browsers' CORS requests before the widgets' calls
 * (counted per operation in the cost model's OPERATIONS); the hourly re-check is a schedule, not a
 * route, and its units are the questions of the busiest hour read again within the next hour.
 */
export const ROUTE_CLASSES: Readonly<Record<RouteClassId, RouteClass>> = {
  votes: { label: 'feedback votes', operations: ['vote'], functions: ['postFeedback'] },
  conversationStarts: {
    label: 'conversation starts',
    operations: ['startConversation'],
    functions: ['startConversation'],
  },
  messages: { label: 'chat messages', operations: ['message'], functions: ['postMessage'] },
  exportsAndForgets: {
    label: 'exports and «Glem meg»',
    operations: ['exportConversation', 'forgetConversation'],
    functions: ['exportConversation', 'forgetConversation'],
  },
  staffReads: {
    label: 'staff reads (statistics, transcripts)',
    operations: ['statisticsView', 'transcriptRead'],
    functions: ['feedbackStats', 'chatStats', 'transcript'],
  },
  preflights: { label: 'CORS preflights', operations: [], functions: ['preflight'] },
  recheck: {
    label: 'hourly re-check (schedule)',
    operations: ['recheckRun', 'recheckedQuestion'],
    functions: ['anonymizeChat'],
  },
};

const ROUTE_CLASS_IDS = Object.keys(ROUTE_CLASSES) as RouteClassId[];

/** The route classes behind the HTTP API (all but the schedule). */
export const API_ROUTE_CLASSES = ROUTE_CLASS_IDS.filter((id) => id !== 'recheck');

/** Operations that run on a schedule: their rate is the same on a storm day. */
const SCHEDULED: readonly OperationName[] = ['recheckRun'];
/** The staff's operations: a storm day changes them by `staffStormDayFactor`. */
const STAFF: readonly OperationName[] = ['statisticsView', 'transcriptRead'];

// ---------------------------------------------------------------------------------------------
// The arithmetic

/** Operations a month for `inhabitants` in `municipalities`, as the cost model counts them. */
export function monthlyCounts(
  population: { readonly inhabitants: number; readonly municipalities: number },
  demand: Demand = DEMAND,
): Record<OperationName, number> {
  const conversations = population.inhabitants * demand.conversationsPerInhabitant;
  const questions = conversations * demand.questionsPerConversation;
  return {
    vote: population.inhabitants * demand.votesPerInhabitant,
    startConversation: conversations,
    message: questions,
    exportConversation: conversations * demand.exportedShare,
    forgetConversation: conversations * demand.forgottenShare,
    statisticsView: population.municipalities * demand.statisticsViewsPerSite,
    transcriptRead: population.municipalities * demand.transcriptReadsPerSite,
    // One deployment runs one re-check an hour, whatever the number of sites.
    recheckRun: demand.daysPerMonth * 24,
    recheckedQuestion: questions,
  };
}

/** Operations per second on an average day, and in the busiest hour of a storm day. */
export function ratesOf(
  counts: Readonly<Record<OperationName, number>>,
  demand: Demand = DEMAND,
): { average: Record<OperationName, number>; peak: Record<OperationName, number> } {
  const month = demand.daysPerMonth * 24 * HOUR_S;
  const peakFactor = (storm: number) => (storm * demand.busiestHourShare) / (demand.daysPerMonth * HOUR_S);
  const factorOf = (name: OperationName) =>
    SCHEDULED.includes(name)
      ? 1 / month
      : peakFactor(STAFF.includes(name) ? demand.staffStormDayFactor : demand.stormDayFactor);
  const names = Object.keys(counts) as OperationName[];
  const map = (f: (name: OperationName) => number) =>
    Object.fromEntries(names.map((name) => [name, f(name)])) as Record<OperationName, number>;
  return {
    average: map((name) => counts[name] / month),
    peak: map((name) => counts[name] * factorOf(name)),
  };
}

/** Invocations per second of each function, from operations per second. */
export function invocationRates(
  rates: Readonly<Partial<Record<OperationName, number>>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, rate] of Object.entries(rates) as [OperationName, number][]) {
    for (const [fn, perOperation] of Object.entries(OPERATIONS[name].invocations)) {
      out[fn] = (out[fn] ?? 0) + rate * perOperation;
    }
  }
  return out;
}

/** Seconds an invocation keeps an instance busy, cold starts spread over the invocations. */
export function busySeconds(profile: FunctionProfile, coldShares: ColdStartShares): number {
  const coldMs = coldShares[profile.traffic] * (COLD_START.initMs + COLD_START.firstInvocationExtraMs);
  return (profile.warmMs + coldMs) / 1000;
}

const profileOf = (fn: string): FunctionProfile => {
  const profile = (FUNCTION_PROFILES as Readonly<Record<string, FunctionProfile>>)[fn];
  if (!profile) throw new Error(`The cost model has no duration for the function ${fn}`);
  return profile;
};

/** The cold-start shares at the peak: the cost model's low-traffic month, on the safe side. */
const PEAK_COLD_STARTS: ColdStartShares = MUNICIPALITY.coldStarts;

/** A route class at one step: requests, concurrency and units per second. */
export interface ClassLoad {
  readonly averageRequests: number;
  readonly peakRequests: number;
  /** Instances busy at once at the peak (Little's law: arrival rate × time in the system). */
  readonly peakConcurrency: number;
  readonly peakWriteUnits: number;
  readonly peakReadUnits: number;
}

function classLoad(
  routeClass: RouteClass,
  average: Readonly<Record<OperationName, number>>,
  peak: Readonly<Record<OperationName, number>>,
): ClassLoad {
  const [averageCalls, peakCalls] = [invocationRates(average), invocationRates(peak)];
  const apiRequests = (calls: Record<string, number>) =>
    routeClass.functions
      .filter((fn) => fn in FUNCTIONS)
      .reduce((sum, fn) => sum + (calls[fn] ?? 0) * profileOf(fn).apiRequests, 0);
  // A scheduled run keeps one instance while it lasts, however short the cost model bills it.
  const concurrency = routeClass.functions.reduce(
    (sum, fn) => sum + (fn in JOBS ? 1 : (peakCalls[fn] ?? 0) * busySeconds(profileOf(fn), PEAK_COLD_STARTS)),
    0,
  );
  const units = (key: 'read' | 'write') =>
    routeClass.operations.reduce((sum, name) => sum + peak[name] * OPERATIONS[name].units[key], 0);
  return {
    averageRequests: apiRequests(averageCalls),
    peakRequests: apiRequests(peakCalls),
    peakConcurrency: concurrency,
    peakWriteUnits: units('write'),
    peakReadUnits: units('read'),
  };
}

/** A key that takes many writes (or reads) at the peak, against its partition's limit. */
export interface HotKey {
  readonly id: HotKeyId;
  readonly key: string;
  readonly what: string;
  readonly unitsPerSecond: number;
  readonly kind: 'write' | 'read';
}

export type HotKeyId =
  | 'chatCounterShard'
  | 'votesOfDay'
  | 'pageCounter'
  | 'conversationDayList'
  | 'hourList'
  | 'counterShardReads';

/** The hottest keys at a step's peak: the largest site's, and the one list all sites share. */
export function hotKeys(step: Step, demand: Demand = DEMAND): HotKey[] {
  const site = ratesOf(
    monthlyCounts({ inhabitants: step.largestSite.inhabitants, municipalities: 1 }, demand),
    demand,
  ).peak;
  const all = ratesOf(monthlyCounts(step, demand), demand).peak;
  const name = step.largestSite.name;
  const chatEvents =
    (site.startConversation + site.message) * TRANSACTION_ITEM_WRITE_UNITS +
    (site.exportConversation + site.forgetConversation) * ITEM_WRITE_UNITS;
  return [
    {
      id: 'chatCounterShard',
      key: `${name}: a chat counter shard of the day`,
      what: `every start and message (in its transaction) and every export and deletion, spread at random over ${COUNTER_SHARDS} shards`,
      unitsPerSecond: chatEvents / COUNTER_SHARDS,
      kind: 'write',
    },
    {
      id: 'votesOfDay',
      key: `${name}: the day's votes`,
      what: "every vote of the site's day, in one partition so that a day's comments are one Query",
      unitsPerSecond: site.vote * TRANSACTION_ITEM_WRITE_UNITS,
      kind: 'write',
    },
    {
      id: 'pageCounter',
      key: `${name}: the busiest page's counter shard`,
      what: `the votes on one page (${count(demand.hotPageShare * 100)} % of the site's on a storm day), whose hash picks one shard, and that shard's share of the other pages`,
      unitsPerSecond:
        site.vote *
        (demand.hotPageShare + (1 - demand.hotPageShare) / COUNTER_SHARDS) *
        TRANSACTION_ITEM_WRITE_UNITS,
      kind: 'write',
    },
    {
      id: 'conversationDayList',
      key: `${name}: the day's list of conversations`,
      what: 'every conversation start (the transcripts list)',
      unitsPerSecond: site.startConversation * TRANSACTION_ITEM_WRITE_UNITS,
      kind: 'write',
    },
    {
      id: 'hourList',
      key: "the re-check's hour list (all sites)",
      what: `every question of every site (in its transaction), and ${demand.questionsPerConversation} deletions per «Glem meg»`,
      unitsPerSecond:
        all.message * TRANSACTION_ITEM_WRITE_UNITS +
        all.forgetConversation * demand.questionsPerConversation * ITEM_WRITE_UNITS,
      kind: 'write',
    },
    {
      id: 'counterShardReads',
      key: `${name}: a counter shard of the month`,
      what: 'statistics views (an eventually consistent Query of each shard)',
      // A view reads each shard partition of each month in its range once.
      unitsPerSecond: site.statisticsView * SMALL_QUERY_READ_UNITS,
      kind: 'read',
    },
  ];
}

/** One limit at one step: the peak against it, and what to change when it passes the safe share. */
export interface Check {
  readonly id: CheckId;
  readonly label: string;
  readonly value: number;
  readonly limit: number;
  readonly unit: string;
  /** value / limit */
  readonly share: number;
  /** How many times the step's peak traffic fits under the safe share of the limit. */
  readonly headroom: number;
  readonly changeNeeded: boolean;
  /** What to change once the peak passes the safe share. */
  readonly change: string;
}

export type CheckId =
  | 'apiThrottle'
  | 'routeThrottle'
  | 'edgePerSite'
  | 'apiAccount'
  | 'lambdaNewAccount'
  | 'lambdaAccount'
  | 'chatCounterShard'
  | 'votesOfDay'
  | 'pageCounter'
  | 'conversationDayList'
  | 'hourList'
  | 'counterShardReads'
  | 'tableUnits';

/** The route whose peak comes nearest its own throttle (infra/capacity-limits.ts). */
function tightestRoute(peakCalls: Record<string, number>) {
  let tightest = { routeKey: '', rate: 0, limit: Number.POSITIVE_INFINITY, share: 0 };
  for (const [fn, definition] of Object.entries(FUNCTIONS)) {
    for (const routeKey of definition.routes) {
      const limit = (ROUTE_THROTTLES[routeKey] ?? DEFAULT_ROUTE_THROTTLE).rateLimit;
      const rate = peakCalls[fn] ?? 0;
      if (rate / limit > tightest.share || tightest.routeKey === '')
        tightest = { routeKey, rate, limit, share: rate / limit };
    }
  }
  return tightest;
}

/** The instances infra/capacity-limits.ts reserves: the jobs and every staff function. */
const RESERVED_INSTANCES =
  Object.keys(JOBS).length * RESERVED_CONCURRENCY.job +
  Object.values(FUNCTIONS).filter((definition) => 'staff' in definition && definition.staff).length *
    RESERVED_CONCURRENCY.staff;

/** Everything the plan says about one step. */
export interface StepPlan {
  readonly step: Step;
  readonly counts: Record<OperationName, number>;
  readonly classes: Record<RouteClassId, ClassLoad>;
  readonly total: ClassLoad;
  readonly hotKeys: HotKey[];
  readonly checks: Check[];
  readonly usage: Usage;
  readonly costs: Costs;
}

const sumLoads = (loads: readonly ClassLoad[]): ClassLoad => ({
  averageRequests: loads.reduce((sum, load) => sum + load.averageRequests, 0),
  peakRequests: loads.reduce((sum, load) => sum + load.peakRequests, 0),
  peakConcurrency: loads.reduce((sum, load) => sum + load.peakConcurrency, 0),
  peakWriteUnits: loads.reduce((sum, load) => sum + load.peakWriteUnits, 0),
  peakReadUnits: loads.reduce((sum, load) => sum + load.peakReadUnits, 0),
});

/** The month of a step as the cost model prices a municipality's: every site's volumes added up. */
export function stepUsage(step: Step, demand: Demand = DEMAND): Usage {
  const counts = monthlyCounts(step, demand);
  return municipalityUsage({
    ...MUNICIPALITY,
    conversations: counts.startConversation,
    questionsPerConversation: demand.questionsPerConversation,
    votes: counts.vote,
    exportedShare: demand.exportedShare,
    forgottenShare: demand.forgottenShare,
    statisticsViews: counts.statisticsView,
    transcriptReads: counts.transcriptRead,
    jobRuns: counts.recheckRun,
    otherStorageGb: MUNICIPALITY.otherStorageGb * step.municipalities,
  });
}

/** The plan of one step. */
export function planStep(step: Step, demand: Demand = DEMAND): StepPlan {
  const counts = monthlyCounts(step, demand);
  const { average, peak } = ratesOf(counts, demand);
  const classes = Object.fromEntries(
    ROUTE_CLASS_IDS.map((id) => [id, classLoad(ROUTE_CLASSES[id], average, peak)]),
  ) as Record<RouteClassId, ClassLoad>;
  const total = sumLoads(ROUTE_CLASS_IDS.map((id) => classes[id]));
  const api = sumLoads(API_ROUTE_CLASSES.map((id) => classes[id]));
  const keys = hotKeys(step, demand);
  const usage = stepUsage(step, demand);
  const site = ratesOf(
    monthlyCounts({ inhabitants: step.largestSite.inhabitants, municipalities: 1 }, demand),
    demand,
  ).peak;
  const siteCalls = invocationRates(site);
  const sitePublic = Object.entries(siteCalls)
    .filter(([fn]) => fn in FUNCTIONS && !('staff' in FUNCTIONS[fn as FunctionId]))
    .reduce((sum, [, rate]) => sum + rate, 0);
  const route = tightestRoute(invocationRates(peak));
  const safe = LIMITS.safeShare.value;
  const hot = (id: HotKeyId) => keys.find((key) => key.id === id)?.unitsPerSecond ?? 0;
  const partitionChange = (what: string) => `${what}, before it passes ${count(safe * 100)} % of a partition`;
  // Each check: id, label, the peak, the limit, its unit, the change, and the part of the peak that does not grow with traffic.
  const specs: [CheckId, string, number, number, string, string, number?][] = [
    [
      'apiThrottle',
      'HTTP API requests/s against `API_THROTTLE`',
      api.peakRequests,
      LIMITS.apiThrottle.value,
      'requests/s',
      `raise \`API_THROTTLE\` (infra/api-stack.ts) to at least ${count(Math.ceil(api.peakRequests / safe))} requests/s, burst twice that`,
    ],
    [
      'routeThrottle',
      `busiest route against its own throttle (\`${route.routeKey}\`)`,
      route.rate,
      route.limit,
      'requests/s',
      `raise that route's entry in \`ROUTE_THROTTLES\` (infra/capacity-limits.ts) to at least ${count(Math.ceil(route.rate / safe))}`,
    ],
    [
      'edgePerSite',
      `${step.largestSite.name}'s public requests/s against the edge's per-site rate limit`,
      sitePublic,
      LIMITS.edgePerSite.value,
      'requests/s',
      `raise \`EDGE_LIMITS.perSite\` to at least ${count(Math.ceil((sitePublic / safe) * 300))} requests in 5 minutes`,
    ],
    [
      'apiAccount',
      "HTTP API requests/s against the account's Regional quota",
      api.peakRequests,
      LIMITS.apiAccount.value,
      'requests/s',
      'ask AWS to raise the API Gateway account throttle in the Region',
    ],
    [
      'lambdaNewAccount',
      "Lambda concurrency against a new account's limit",
      total.peakConcurrency,
      LIMITS.lambdaNewAccount.value,
      'instances',
      'ask AWS (Service Quotas) to raise the account to the default 1 000 before going live, and deploy with `reserveConcurrency: false` until then',
      classes.recheck.peakConcurrency,
    ],
    [
      'lambdaAccount',
      `Lambda concurrency and the ${RESERVED_INSTANCES} reserved instances against the default account limit`,
      total.peakConcurrency + RESERVED_INSTANCES,
      LIMITS.lambdaAccount.value,
      'instances',
      'ask AWS to raise the account concurrency, or give the deployment an account of its own',
      classes.recheck.peakConcurrency + RESERVED_INSTANCES,
    ],
    [
      'chatCounterShard',
      'chat counter shard',
      hot('chatCounterShard'),
      LIMITS.partitionWriteUnits.value,
      'WCU/s',
      partitionChange(
        'raise `COUNTER_SHARDS` (keys/counters-table.ts); a statistics read then costs one Query more per shard',
      ),
    ],
    [
      'votesOfDay',
      "a site's votes of a day",
      hot('votesOfDay'),
      LIMITS.partitionWriteUnits.value,
      'WCU/s',
      partitionChange("spread a site's votes of a day over shards by the voter key (keys/feedback-table.ts)"),
    ],
    [
      'pageCounter',
      "the busiest page's counter shard",
      hot('pageCounter'),
      LIMITS.partitionWriteUnits.value,
      'WCU/s',
      partitionChange(
        "give one page's counter several items (a shard suffix in its sort key), summed when read",
      ),
    ],
    [
      'conversationDayList',
      "a site's day list of conversations",
      hot('conversationDayList'),
      LIMITS.partitionWriteUnits.value,
      'WCU/s',
      partitionChange('shard the day list (keys/chat-table.ts); the transcripts list then reads each shard'),
    ],
    [
      'hourList',
      "the re-check's hour list, shared by all sites",
      hot('hourList'),
      LIMITS.partitionWriteUnits.value,
      'WCU/s',
      partitionChange(
        'shard the hour list per site or by a hash (keys/chat-table.ts); the job then queries every shard',
      ),
    ],
    [
      'counterShardReads',
      'a counter shard under statistics reads',
      hot('counterShardReads'),
      LIMITS.partitionReadUnits.value,
      'RCU/s',
      'cache the statistics of past days',
    ],
    [
      'tableUnits',
      "all tables' units/s together (write or read, the larger), against one table's ceiling",
      Math.max(total.peakWriteUnits, total.peakReadUnits),
      LIMITS.tableRequestUnits.value,
      'units/s',
      'raise `TABLE_MAX_REQUEST_UNITS` (infra/capacity-limits.ts) for the table that needs it',
    ],
  ];
  const checks = specs.map(([id, label, value, limit, unit, change, fixed = 0]): Check => {
    const share = value / limit;
    return {
      id,
      label,
      value,
      limit,
      unit,
      share,
      headroom: value === fixed ? Number.POSITIVE_INFINITY : (safe * limit - fixed) / (value - fixed),
      changeNeeded: share > safe,
      change,
    };
  });
  return {
    step,
    counts,
    classes,
    total,
    hotKeys: keys,
    checks,
    usage,
    costs: costOf(usage, PRICES),
  };
}

/** The plan of every step. */
export const plan = (demand: Demand = DEMAND) => STEPS.map((step) => planStep(step, demand));

// ---------------------------------------------------------------------------------------------
// The local simulation's mix

/** The operations the load simulation sends, and how many HTTP requests each one is. */
export const SIMULATED_OPERATIONS = [
  'vote',
  'startConversation',
  'message',
  'exportConversation',
  'forgetConversation',
  'statisticsView',
  'transcriptRead',
] as const satisfies readonly OperationName[];

export type SimulatedOperation = (typeof SIMULATED_OPERATIONS)[number];

/** The bounded load simulation's size: requests in all, the fewest of each operation, workers at once. */
export const SIMULATION = { requests: 600, minimum: 4, workers: 8 } as const;

/** HTTP requests of one operation besides the preflights (a statistics view is two GETs). */
export const requestsOf = (name: OperationName) =>
  Object.entries(OPERATIONS[name].invocations)
    .filter(([fn]) => fn !== 'preflight')
    .reduce((sum, [, n]) => sum + n, 0);

/**
 * How many of each operation a bounded simulation of about `requests` HTTP requests sends: the
 * step's peak mix, with at least `minimum` of each operation so that every one is measured, and
 * every conversation with the model's number of questions.
 */
export function simulationPlan(
  requests: number,
  minimum: number,
  stepId: StepId = 'all',
  demand: Demand = DEMAND,
): Record<SimulatedOperation, number> {
  const step = STEPS.find((s) => s.id === stepId);
  if (!step) throw new Error(`No step ${stepId}`);
  const { peak } = ratesOf(monthlyCounts(step, demand), demand);
  const q = demand.questionsPerConversation;
  // A conversation is its start and its questions, sent together.
  const shares: [Exclude<SimulatedOperation, 'message'>, number, number][] = [
    ['vote', peak.vote, requestsOf('vote')],
    [
      'startConversation',
      peak.startConversation,
      requestsOf('startConversation') + q * requestsOf('message'),
    ],
    ['exportConversation', peak.exportConversation, requestsOf('exportConversation')],
    ['forgetConversation', peak.forgetConversation, requestsOf('forgetConversation')],
    ['statisticsView', peak.statisticsView, requestsOf('statisticsView')],
    ['transcriptRead', peak.transcriptRead, requestsOf('transcriptRead')],
  ];
  const perSecond = shares.reduce((sum, [, rate, each]) => sum + rate * each, 0);
  const counts = Object.fromEntries(
    shares.map(([name, rate, each]) => [
      name,
      Math.max(minimum, Math.round(((rate * each) / perSecond) * (requests / each))),
    ]),
  ) as Record<Exclude<SimulatedOperation, 'message'>, number>;
  return { ...counts, message: counts.startConversation * q };
}

// ---------------------------------------------------------------------------------------------
// The document

/** A rate with two significant digits below 10, whole from 100, never in exponent notation. */
export function figure(value: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return '∞';
  if (value >= 100) return count(Math.round(value));
  if (value >= 10) return value.toFixed(1);
  const decimals = Math.min(8, Math.max(1, 1 - Math.floor(Math.log10(value))));
  return value.toFixed(decimals);
}

const percent = (share: number) => `${figure(share * 100)} %`;
const times = (headroom: number) => (Number.isFinite(headroom) ? `×${figure(headroom)}` : '—');

/** The cost items grouped by the service of their price (Lambda, API Gateway, DynamoDB, …). */
function costsByService(costs: Costs): [string, number][] {
  const services = new Map<string, number>();
  for (const [item, price] of Object.entries(PRICES) as [keyof Prices, (typeof PRICES)[keyof Prices]][]) {
    services.set(price.service, (services.get(price.service) ?? 0) + costs[item]);
  }
  return [...services];
}

function inputsSection(): string {
  const d = DEMAND;
  const rows = STEPS.map((step) => [
    step.label,
    count(step.inhabitants),
    count(step.municipalities),
    `${step.largestSite.name}, ${count(step.largestSite.inhabitants)}`,
    step.source,
  ]);
  const limitRows = (Object.entries(LIMITS) as [string, Limit][]).map(([name, limit]) => [
    `\`${name}\``,
    name === 'safeShare' ? percent(limit.value) : count(limit.value),
    limit.source,
  ]);
  const peak = d.stormDayFactor * d.busiestHourShare * 24;
  return [
    '## Inputs',
    '',
    markdownTable(['step', 'inhabitants', 'municipalities', 'largest site', 'source'], rows, [1, 2]),
    '',
    'Assumptions (`DEMAND` in `scripts/capacity-model.ts`):',
    '',
    `- Each inhabitant casts ${count(d.votesPerInhabitant)} feedback votes and starts ${count(d.conversationsPerInhabitant)} ` +
      `chat conversations a month, each of ${d.questionsPerConversation} questions (the cost model's conversation); ` +
      `${percent(d.exportedShare)} of conversations are downloaded and ${percent(d.forgottenShare)} deleted with «Glem meg» (the cost model's shares).`,
    `- Each municipality's staff open ${count(d.statisticsViewsPerSite)} statistics views and read ` +
      `${count(d.transcriptReadsPerSite)} transcripts a month, whatever its size (the cost model's municipality).`,
    `- A month is ${d.daysPerMonth} days. The busiest hour of a day carries ${percent(d.busiestHourShare)} of its traffic, ` +
      `and a storm day ${count(d.stormDayFactor)} times an average day's: the visitors' peak is ${figure(peak)} times the month's average rate, ` +
      "on every site at once (a storm over the whole country is the case the plan is for). The staff's reads change by " +
      `${count(d.staffStormDayFactor)} on a storm day (a working day like any other), and the hourly re-check keeps its schedule.`,
    `- On a storm day ${percent(d.hotPageShare)} of a site's votes land on one page.`,
    "- Lambda concurrency is Little's law: invocations per second at the peak × the seconds each keeps an instance busy, " +
      `the cost model's warm duration plus its cold start (${COLD_START.initMs} + ${COLD_START.firstInvocationExtraMs} ms) on ` +
      `${percent(PEAK_COLD_STARTS.visitor)} of visitor invocations and on every staff one (its low-traffic shares, on the safe side); ` +
      'the hourly re-check counts as one instance.',
    '- Request units per operation are those of `test/support/request-units.ts`, as the cost model prices them (with the preflights ' +
      `of its \`OPERATIONS\`); a statistics view reads ${count(OPERATIONS.statisticsView.units.read)} units. The re-check's line is its run ` +
      'each hour and the questions of the busiest hour, read again within the next one.',
    '',
    'Limits, and the share of each the peak may use:',
    '',
    markdownTable(['limit', 'value', 'source'], limitRows, [1]),
  ].join('\n');
}

function classesTable(p: StepPlan): string {
  const row = (label: string, load: ClassLoad) => [
    label,
    figure(load.averageRequests),
    figure(load.peakRequests),
    figure(load.peakConcurrency),
    figure(load.peakWriteUnits),
    figure(load.peakReadUnits),
  ];
  return markdownTable(
    ['route class', 'average req/s', 'peak req/s', 'peak concurrency', 'peak WCU/s', 'peak RCU/s'],
    [...ROUTE_CLASS_IDS.map((id) => row(ROUTE_CLASSES[id].label, p.classes[id])), row('**total**', p.total)],
    [1, 2, 3, 4, 5],
  );
}

function hotKeysTable(p: StepPlan): string {
  return markdownTable(
    ['key', 'written (read) by', 'peak units/s', 'of its partition'],
    p.hotKeys.map((key) => {
      const limit = key.kind === 'write' ? LIMITS.partitionWriteUnits.value : LIMITS.partitionReadUnits.value;
      return [
        key.key,
        key.what,
        `${figure(key.unitsPerSecond)} ${key.kind === 'write' ? 'WCU' : 'RCU'}`,
        percent(key.unitsPerSecond / limit),
      ];
    }),
    [2, 3],
  );
}

function checksTable(p: StepPlan): string {
  return markdownTable(
    ['limit', 'peak', 'limit value', 'share', 'headroom', 'change at this step'],
    p.checks.map((check) => [
      check.label,
      `${figure(check.value)} ${check.unit}`,
      count(check.limit),
      percent(check.share),
      times(check.headroom),
      check.changeNeeded ? `**yes**: ${check.change}` : 'no',
    ]),
    [1, 2, 3, 4],
  );
}

function stepSection(p: StepPlan, index: number): string {
  const { step } = p;
  const total = totalOf(p.costs);
  const costRows = costsByService(p.costs).map(([service, cost]) => [service, usd(cost)]);
  const changes = p.checks.filter((check) => check.changeNeeded);
  return [
    `## Step ${index + 1}: ${step.label}`,
    '',
    `${count(step.inhabitants)} inhabitants in ${count(step.municipalities)} ${step.municipalities === 1 ? 'municipality' : 'municipalities'}; ` +
      `a month holds ${count(Math.round(p.counts.vote))} votes, ${count(Math.round(p.counts.startConversation))} conversations and ` +
      `${count(Math.round(p.counts.message))} messages.`,
    '',
    classesTable(p),
    '',
    `Hottest keys (the largest site, ${step.largestSite.name}, and the list every site shares):`,
    '',
    hotKeysTable(p),
    '',
    'Limits at the peak (headroom: how many times this peak fits under the safe share of the limit):',
    '',
    checksTable(p),
    '',
    changes.length === 0
      ? '**Where the design changes: nowhere at this step.**'
      : `**Where the design changes:** ${changes.map((check) => `${check.label}: ${check.change}`).join('; ')}.`,
    '',
    `A month costs ${usd(total)} (${usd(total / step.municipalities)} per municipality, ` +
      `${usd((total * 12 * 1000) / step.inhabitants)} per 1 000 inhabitants a year), priced by the cost model:`,
    '',
    markdownTable(['service', 'per month'], [...costRows, ['**total**', `**${usd(total)}**`]], [1]),
  ].join('\n');
}

/** Each limit, where it first needs a change, and its headroom at the last step. */
function changesSection(plans: readonly StepPlan[]): string {
  const last = plans[plans.length - 1];
  if (!last) return '';
  const rows = last.checks.map((check, i) => {
    const first = plans.findIndex((p) => p.checks[i]?.changeNeeded);
    return [
      check.label,
      first < 0 ? 'none of the three' : `step ${first + 1}`,
      times(check.headroom),
      check.change,
    ];
  });
  return [
    '## Where the design changes',
    '',
    `Each limit, the first step at which the peak passes ${percent(LIMITS.safeShare.value)} of it, and how many times ` +
      "the last step's peak would fit under that share: the step at which to make the change, and how far off it is otherwise.",
    '',
    markdownTable(
      ['limit', 'change needed at', `headroom at step ${plans.length}`, 'what to change'],
      rows,
      [2],
    ),
  ].join('\n');
}

function summarySection(plans: readonly StepPlan[]): string {
  const rows = plans.map((p, i) => {
    const hottest = p.hotKeys
      .filter((key) => key.kind === 'write')
      .reduce((a, b) => (b.unitsPerSecond > a.unitsPerSecond ? b : a));
    const changes = p.checks.filter((check) => check.changeNeeded).map((check) => check.id);
    return [
      `${i + 1}. ${p.step.label}`,
      figure(p.total.averageRequests),
      figure(p.total.peakRequests),
      figure(p.total.peakConcurrency),
      figure(p.total.peakWriteUnits),
      figure(p.total.peakReadUnits),
      `${figure(hottest.unitsPerSecond)} (${percent(hottest.unitsPerSecond / LIMITS.partitionWriteUnits.value)})`,
      usd(totalOf(p.costs)),
      changes.length === 0 ? 'none' : changes.map((id) => `\`${id}\``).join(', '),
    ];
  });
  const last = plans[plans.length - 1];
  if (!last) return '';
  const isStorage = (check: Check) => ['WCU/s', 'RCU/s', 'units/s'].includes(check.unit);
  const storageChanges = last.checks.filter((check) => isStorage(check) && check.changeNeeded);
  const changeLines = plans.flatMap((p, i) =>
    p.checks
      .filter(
        (check) =>
          check.changeNeeded &&
          !plans.slice(0, i).some((earlier) => earlier.checks.find((c) => c.id === check.id)?.changeNeeded),
      )
      .map(
        (check) => `  - from step ${i + 1}, ${check.label} (${percent(check.share)} of it): ${check.change}.`,
      ),
  );
  const next = last.checks
    .filter((check) => !check.changeNeeded)
    .reduce((a, b) => (b.headroom < a.headroom ? b : a));
  const hottestPartition = last.checks
    .filter((check) => check.unit === 'WCU/s' || check.unit === 'RCU/s')
    .reduce((a, b) => (b.share > a.share ? b : a));
  const bullets = [
    `- At the busiest hour of a storm day, all ${count(last.step.municipalities)} municipalities together send ` +
      `${figure(last.total.peakRequests)} requests/s (${figure(last.total.averageRequests)} on an average day), keep ` +
      `${figure(last.total.peakConcurrency)} Lambda instances busy and use ${figure(last.total.peakWriteUnits)} write and ` +
      `${figure(last.total.peakReadUnits)} read units/s. ` +
      (storageChanges.length === 0
        ? 'No table or key needs a change for it: one deployment carries the whole country on the present functions and tables.'
        : `The storage needs a change: ${storageChanges.map((check) => check.label).join(', ')}.`),
    changeLines.length === 0
      ? `- No limit passes ${percent(LIMITS.safeShare.value)} of itself at any step.`
      : `- What has to change, at the step where the peak first passes ${percent(LIMITS.safeShare.value)} of a limit:\n${changeLines.join('\n')}`,
    `- The next limit after those is ${next.label}: step ${plans.length}'s peak would have to grow ${times(next.headroom)} to reach its safe share.`,
    `- The hottest partition, ${hottestPartition.label}, takes ${percent(hottestPartition.share)} of a partition's limit at step ${plans.length} ` +
      `(headroom ${times(hottestPartition.headroom)}).`,
    `- A month costs ${plans.map((p, i) => `${usd(totalOf(p.costs))} at step ${i + 1}`).join(', ')}, priced by the cost model.`,
  ];
  return [
    ...bullets,
    '',
    markdownTable(
      [
        'step',
        'average req/s',
        'peak req/s',
        'peak concurrency',
        'peak WCU/s',
        'peak RCU/s',
        'hottest key WCU/s',
        'month',
        'changes needed',
      ],
      rows,
      [1, 2, 3, 4, 5, 6, 7],
    ),
  ].join('\n');
}

function simulationSection(): string {
  const mix = simulationPlan(SIMULATION.requests, SIMULATION.minimum);
  const rows = SIMULATED_OPERATIONS.map((name) => [
    OPERATIONS[name].label,
    count(mix[name]),
    count(OPERATIONS[name].units.read),
    count(OPERATIONS[name].units.write),
  ]);
  return [
    '## Checked against the local stack',
    '',
    '`test/load/capacity-simulation.test.ts` (`npx vitest run --project load test/load/capacity-simulation.test.ts`) starts ' +
      `the local stack on its own DynamoDB Local and sends the mix of step 3's peak, about ${count(SIMULATION.requests)} requests ` +
      `with at least ${SIMULATION.minimum} of each operation, from ${SIMULATION.workers} workers at once. It measures the units ` +
      'each operation consumes (`meterCapacity`, counted as billed, as the integration tests do) and fails unless every one ' +
      'costs exactly the units this plan counts:',
    '',
    markdownTable(['operation', 'sent', 'read units each', 'write units each'], rows, [1, 2, 3]),
  ].join('\n');
}

/** docs/scale.md as this script writes it. */
export function renderScaleDoc(): string {
  const plans = plan();
  return [
    '# Capacity plan',
    '',
    "What one deployment needs to serve one large municipality, a county's municipalities and all of Norway's, at the " +
      "busiest hour of a storm day: requests per second, Lambda concurrency, DynamoDB units, the hottest keys, the month's " +
      'cost, and at which step the design must change. Generated by `npm run docs:scale` (`scripts/capacity-model.ts`) ' +
      'from the request units the integration tests assert and the cost model (`docs/cost.md`: its prices, durations and ' +
      'cold starts); do not edit it by hand (`test/unit/capacity-model.test.ts` fails when it is not what the script writes). ' +
      'The same script writes `infra/capacity.ts`, the peak figures for the infrastructure.',
    '',
    summarySection(plans),
    '',
    inputsSection(),
    '',
    ...plans.flatMap((p, i) => [stepSection(p, i), '']),
    changesSection(plans),
    '',
    simulationSection(),
    '',
    '## Not in the model',
    '',
    '- Bursts within the busiest hour: its average rate is the peak here. A storm warning sent by text message at 07:00 ' +
      "can bunch a minute's traffic into seconds; the burst limits (twice each rate limit) and the safe share are for that.",
    '- Retries: a transaction that meets another on a counter item is sent again, and costs its units again.',
    "- Items larger than the tests': votes with long comments and questions near the 2 000-character limit take 2–3 " +
      'write units an item instead of 1.',
    "- The hourly re-check's own run time: after the busiest hour of a storm day at step 3 it reads " +
      `${count(Math.round((plans[plans.length - 1]?.classes.messages.peakRequests ?? 0) * HOUR_S))} questions; its ` +
      `${JOBS.anonymizeChat.timeoutSeconds} s timeout and saved progress carry a longer run over to the next.`,
    "- DynamoDB's on-demand warm-up: a new table takes 4 000 write units/s at once and doubles what it has seen within " +
      '30 minutes, far above these peaks.',
    '',
    '## Regenerating',
    '',
    'Change an assumption or a limit (`scripts/capacity-model.ts`), a measured figure (`test/support/request-units.ts`) ' +
      'or the cost model, and run `npm run docs:scale`. The output has no date or time in it, so an unchanged model ' +
      'leaves git clean.',
    '',
  ].join('\n');
}

/** The figures of infra/capacity.ts: rounded up to two decimals, so that each stays an upper bound. */
const upTo = (value: number) => Math.ceil(value * 100 - 1e-9) / 100;

/** infra/capacity.ts as this script writes it. */
export function renderCapacityModule(): string {
  const plans = plan();
  const lines = [
    '/**',
    " * The capacity plan's peak figures, for the infrastructure to size limits and alarms by: the busiest hour of",
    ' * a storm day (docs/scale.md), rounded up to two decimals.',
    ' *',
    ' * Written by `npm run docs:scale` (scripts/capacity-model.ts) with docs/scale.md; do not edit it by hand:',
    ' * test/unit/capacity-model.test.ts fails when it is not what the script writes.',
    ' */',
    "import type { FunctionId, JobId } from './functions.ts';",
    '',
    '/** The functions whose requests each route class counts. */',
    'export const ROUTE_CLASS_FUNCTIONS = {',
    ...ROUTE_CLASS_IDS.map(
      (id) => `  ${id}: [${ROUTE_CLASSES[id].functions.map((fn) => `'${fn}'`).join(', ')}],`,
    ),
    '} as const satisfies Record<string, readonly (FunctionId | JobId)[]>;',
    '',
    '/**',
    ' * HTTP API requests per second at the peak, per route class and in all: `oneLarge` is one municipality of',
    ` * ${count(STEPS[0]?.inhabitants ?? 0)}, \`county\` ${count(STEPS[1]?.municipalities ?? 0)} municipalities of ${count(STEPS[1]?.inhabitants ?? 0)} inhabitants, \`all\` Norway's ${count(STEPS[2]?.municipalities ?? 0)}.`,
    ' */',
    'export const PEAK_REQUESTS_PER_SECOND = {',
    ...plans.flatMap((p) => [
      `  ${p.step.id}: {`,
      ...API_ROUTE_CLASSES.map((id) => `    ${id}: ${upTo(p.classes[id].peakRequests)},`),
      `    total: ${upTo(p.total.peakRequests)},`,
      '  },',
    ]),
    '} as const;',
    '',
    "/** Lambda instances busy at once at the peak (Little's law), every function together. */",
    'export const PEAK_LAMBDA_CONCURRENCY = {',
    ...plans.map((p) => `  ${p.step.id}: ${upTo(p.total.peakConcurrency)},`),
    '} as const;',
    '',
    '/** DynamoDB write and read request units per second at the peak, every table together. */',
    'export const PEAK_REQUEST_UNITS = {',
    ...plans.map(
      (p) =>
        `  ${p.step.id}: { write: ${upTo(p.total.peakWriteUnits)}, read: ${upTo(p.total.peakReadUnits)} },`,
    ),
    '} as const;',
    '',
  ];
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
  for (const [path, text] of [
    ['../docs/scale.md', renderScaleDoc()],
    ['../infra/capacity.ts', renderCapacityModule()],
  ] as const) {
    const target = fileURLToPath(new URL(path, import.meta.url));
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
