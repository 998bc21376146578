import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PEAK_LAMBDA_CONCURRENCY,
  PEAK_REQUEST_UNITS,
  PEAK_REQUESTS_PER_SECOND,
  ROUTE_CLASS_FUNCTIONS,
} from '#infra/capacity';
import { FUNCTIONS, JOBS } from '#infra/functions';
import { COUNTER_SHARDS } from '#shared/adapters/dynamodb/keys/counters-table';
import {
  API_ROUTE_CLASSES,
  DEMAND,
  type Demand,
  figure,
  invocationRates,
  LIMITS,
  monthlyCounts,
  type OperationName,
  planStep,
  ROUTE_CLASSES,
  ratesOf,
  renderCapacityModule,
  renderScaleDoc,
  requestsOf,
  SIMULATED_OPERATIONS,
  STEPS,
  type Step,
  simulationPlan,
  stepUsage,
} from '../../scripts/capacity-model.ts';
import {
  COLD_START,
  FUNCTION_PROFILES,
  LAMBDA_MEMORY_MB,
  MUNICIPALITY,
  OPERATIONS,
  usageOf,
} from '../../scripts/cost-model.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const stepOf = (id: Step['id']) => {
  const step = STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};

/** A demand with some of its figures changed. */
const demandWith = (overrides: Partial<Demand>): Demand => ({ ...DEMAND, ...overrides });

describe('monthlyCounts and ratesOf', () => {
  it('counts a month of votes, conversations and staff reads from inhabitants and sites', () => {
    const counts = monthlyCounts(
      { inhabitants: 10_000, municipalities: 3 },
      demandWith({ votesPerInhabitant: 0.1, conversationsPerInhabitant: 0.05, questionsPerConversation: 3 }),
    );

    expect(counts).toEqual({
      vote: 1000,
      startConversation: 500,
      message: 1500,
      exportConversation: 500 * DEMAND.exportedShare,
      forgetConversation: 500 * DEMAND.forgottenShare,
      statisticsView: 3 * DEMAND.statisticsViewsPerSite,
      transcriptRead: 3 * DEMAND.transcriptReadsPerSite,
      recheckRun: DEMAND.daysPerMonth * 24,
      recheckedQuestion: 1500,
    });
  });

  it('puts the busiest hour of a storm day at stormDayFactor × busiestHourShare × 24 times the average, but keeps the schedule', () => {
    const demand = demandWith({ stormDayFactor: 10, busiestHourShare: 0.2, daysPerMonth: 30 });
    const counts = monthlyCounts({ inhabitants: 1_000_000, municipalities: 10 }, demand);

    const { average, peak } = ratesOf(counts, demand);

    expect(average.vote).toBeCloseTo(counts.vote / (30 * 86_400));
    expect(peak.vote / average.vote).toBeCloseTo(10 * 0.2 * 24);
    expect(peak.message / average.message).toBeCloseTo(48);
    // The staff keep their working day; one re-check an hour, storm or not.
    expect(peak.statisticsView / average.statisticsView).toBeCloseTo(DEMAND.staffStormDayFactor * 0.2 * 24);
    expect(peak.recheckRun).toBeCloseTo(1 / 3600);
    expect(average.recheckRun).toBeCloseTo(1 / 3600);
  });
});

describe('planStep', () => {
  const all = planStep(stepOf('all'));
  const { peak } = ratesOf(monthlyCounts(stepOf('all')));

  it('counts the units and requests of a peak second as the cost model counts a second of operations', () => {
    // usageOf is the cost model's arithmetic: the same operations in one second must give the same totals.
    const lambda = { memoryMb: LAMBDA_MEMORY_MB, coldStart: COLD_START, functions: FUNCTION_PROFILES };
    const usage = usageOf(OPERATIONS, peak, lambda, MUNICIPALITY.coldStarts);

    expect(all.total.peakWriteUnits).toBeCloseTo(usage.writeUnits, 9);
    expect(all.total.peakReadUnits).toBeCloseTo(usage.readUnits, 9);
    expect(all.total.peakRequests).toBeCloseTo(usage.apiRequests, 9);
  });

  it("applies Little's law with the cost model's billed seconds: GB-seconds per second over the memory", () => {
    const lambda = { memoryMb: LAMBDA_MEMORY_MB, coldStart: COLD_START, functions: FUNCTION_PROFILES };
    const routes = Object.fromEntries(
      Object.entries(peak).filter(
        ([name]) => !ROUTE_CLASSES.recheck.operations.includes(name as OperationName),
      ),
    );
    const usage = usageOf(OPERATIONS, routes, lambda, MUNICIPALITY.coldStarts);
    const routeConcurrency = API_ROUTE_CLASSES.reduce((sum, id) => sum + all.classes[id].peakConcurrency, 0);

    expect(routeConcurrency).toBeCloseTo(usage.gbSeconds / (LAMBDA_MEMORY_MB / 1024), 9);
    // The hourly job keeps one instance while it runs.
    expect(all.classes.recheck.peakConcurrency).toBe(1);
  });

  it("splits the requests by route class with each class's functions, preflights on their own", () => {
    const calls = invocationRates(peak);

    expect(all.classes.votes.peakRequests).toBeCloseTo(calls.postFeedback ?? Number.NaN, 12);
    expect(all.classes.staffReads.peakRequests).toBeCloseTo(
      (calls.feedbackStats ?? 0) + (calls.chatStats ?? 0) + (calls.transcript ?? 0),
      12,
    );
    // A vote, an export and a deletion need one preflight each, a conversation two.
    expect(all.classes.preflights.peakRequests).toBeCloseTo(
      peak.vote + 2 * peak.startConversation + peak.exportConversation + peak.forgetConversation,
      12,
    );
    expect(all.classes.recheck.peakRequests).toBe(0);
  });

  it("prices a step's month with the cost model, every site's volumes added up", () => {
    const step = stepOf('county');
    const counts = monthlyCounts(step);

    const usage = stepUsage(step);

    const sum = (key: 'read' | 'write') =>
      (Object.entries(counts) as [OperationName, number][]).reduce(
        (total, [name, n]) => total + n * OPERATIONS[name].units[key],
        0,
      );
    expect(usage.writeUnits).toBeCloseTo(sum('write'), 6);
    expect(usage.readUnits).toBeCloseTo(sum('read'), 6);
    // One secret for the deployment, the long-kept storage of every site.
    expect(usage.secretMonths).toBe(1);
    expect(usage.storageGbMonths).toBeGreaterThan(MUNICIPALITY.otherStorageGb * step.municipalities);
  });

  it('puts the hottest site keys on the largest site and the hour list on every site together', () => {
    const county = planStep(stepOf('county'));
    const bergen = ratesOf(
      monthlyCounts({ inhabitants: stepOf('county').largestSite.inhabitants, municipalities: 1 }),
    ).peak;
    const countyPeak = ratesOf(monthlyCounts(stepOf('county'))).peak;
    const key = (id: string) => county.hotKeys.find((k) => k.id === id)?.unitsPerSecond;

    // Two write units per item of a transaction.
    expect(key('votesOfDay')).toBeCloseTo(2 * bergen.vote, 12);
    // The busiest page's shard: its own votes and its share of the others'.
    const others = (1 - DEMAND.hotPageShare) / COUNTER_SHARDS;
    expect(key('pageCounter')).toBeCloseTo(2 * bergen.vote * (DEMAND.hotPageShare + others), 12);
    expect(key('hourList')).toBeGreaterThanOrEqual(2 * countyPeak.message);
    expect(key('hourList')).toBeGreaterThan(2 * bergen.message);
  });

  it('says a change is needed exactly when the peak passes the safe share, and its headroom is the multiple that gets it there', () => {
    const check = (demand: Demand, id: string) =>
      planStep(stepOf('all'), demand).checks.find((c) => c.id === id);
    const hourList = check(DEMAND, 'hourList');
    const headroom = hourList?.headroom ?? Number.NaN;
    expect(hourList?.changeNeeded).toBe(false);
    expect(hourList?.share).toBeLessThan(LIMITS.safeShare.value);

    // The hour list grows with the questions: scale the conversations by the headroom.
    const scaled = (factor: number) =>
      check(
        demandWith({ conversationsPerInhabitant: DEMAND.conversationsPerInhabitant * factor }),
        'hourList',
      );
    expect(scaled(headroom)?.share).toBeCloseTo(LIMITS.safeShare.value, 9);
    expect(scaled(headroom * 0.99)?.changeNeeded).toBe(false);
    expect(scaled(headroom * 1.01)?.changeNeeded).toBe(true);
    expect(scaled(headroom * 1.01)?.change).toMatch(/hour list/);
  });

  it("flags the API throttle once a step's peak passes half of it", () => {
    const check = (factor: number) =>
      planStep(
        stepOf('oneLarge'),
        demandWith({ stormDayFactor: DEMAND.stormDayFactor * factor }),
      ).checks.find((c) => c.id === 'apiThrottle');
    const headroom = check(1)?.headroom ?? Number.NaN;

    expect(check(1)?.changeNeeded).toBe(false);
    expect(check(headroom * 1.01)?.changeNeeded).toBe(true);
    expect(check(headroom * 1.01)?.change).toMatch(/API_THROTTLE/);
  });
});

describe('simulationPlan', () => {
  it('follows the peak mix, with a minimum of each operation and whole conversations', () => {
    const mix = simulationPlan(600, 4);
    const { peak } = ratesOf(monthlyCounts(stepOf('all')));

    for (const name of SIMULATED_OPERATIONS) expect(mix[name]).toBeGreaterThanOrEqual(4);
    expect(mix.message).toBe(mix.startConversation * DEMAND.questionsPerConversation);
    // The two largest parts keep the model's proportion, to rounding.
    expect(mix.vote / mix.startConversation).toBeCloseTo(peak.vote / peak.startConversation, 1);
    const requests = SIMULATED_OPERATIONS.reduce((sum, name) => sum + mix[name] * requestsOf(name), 0);
    expect(requests).toBeGreaterThan(580);
    expect(requests).toBeLessThan(640);
    // Deletions take conversations of their own; exports and transcript reads share the rest.
    expect(mix.forgetConversation + Math.max(mix.exportConversation, mix.transcriptRead)).toBeLessThanOrEqual(
      mix.startConversation,
    );
  });

  it('counts a statistics view as its two GETs and a vote as one', () => {
    expect(requestsOf('statisticsView')).toBe(2);
    expect(requestsOf('vote')).toBe(1);
  });
});

describe('route classes', () => {
  it("name only the project's functions, and their operations invoke only them and the preflight", () => {
    for (const routeClass of Object.values(ROUTE_CLASSES)) {
      for (const fn of routeClass.functions) expect(fn in FUNCTIONS || fn in JOBS, fn).toBe(true);
      for (const name of routeClass.operations) {
        for (const fn of Object.keys(OPERATIONS[name].invocations)) {
          expect([...routeClass.functions, 'preflight'], `${name} → ${fn}`).toContain(fn);
        }
      }
    }
  });
});

describe('the figures', () => {
  it('writes rates with two significant digits, never an exponent', () => {
    expect([0, 0.000231, 0.0417, 0.5, 4.699, 25.53, 1234.5].map(figure)).toEqual([
      '0',
      '0.00023',
      '0.042',
      '0.50',
      '4.7',
      '25.5',
      '1 235',
    ]);
  });
});

describe('docs/scale.md and infra/capacity.ts', () => {
  it('docs/scale.md is what npm run docs:scale writes now (run it after changing the model)', () => {
    expect(read('docs/scale.md')).toBe(renderScaleDoc());
  });

  it('infra/capacity.ts is what npm run docs:scale writes now', () => {
    expect(read('infra/capacity.ts')).toBe(renderCapacityModule());
  });

  it('gives the infrastructure upper bounds of the peak, within a hundredth', () => {
    for (const [id, functions] of Object.entries(ROUTE_CLASS_FUNCTIONS)) {
      expect(functions).toEqual(ROUTE_CLASSES[id as keyof typeof ROUTE_CLASSES].functions);
    }
    for (const step of STEPS) {
      const p = planStep(step);
      const figures = PEAK_REQUESTS_PER_SECOND[step.id];
      for (const id of API_ROUTE_CLASSES) {
        expect(figures[id]).toBeGreaterThanOrEqual(p.classes[id].peakRequests);
        expect(figures[id] - p.classes[id].peakRequests).toBeLessThan(0.01);
      }
      expect(figures.total).toBeGreaterThanOrEqual(p.total.peakRequests);
      expect(PEAK_LAMBDA_CONCURRENCY[step.id]).toBeGreaterThanOrEqual(p.total.peakConcurrency);
      expect(PEAK_REQUEST_UNITS[step.id].write).toBeGreaterThanOrEqual(p.total.peakWriteUnits);
      expect(PEAK_REQUEST_UNITS[step.id].read).toBeGreaterThanOrEqual(p.total.peakReadUnits);
    }
  });
});
