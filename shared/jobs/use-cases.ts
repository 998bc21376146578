import {
  type Category,
  type MaskOptions,
  type MaskResult,
  mask as maskWithCurrentRules,
  RULESET_VERSION,
} from '../anonymizer/anonymizer.ts';
import { DAY_MS, MAX_CHAT_RETENTION_DAYS } from '../retention.ts';
import { isoWeekOf } from '../stats/weeks.ts';
import { type Clock, epochSeconds, osloDay } from '../time.ts';
import type {
  JobState,
  JobStateStore,
  MaskedSpans,
  RecentQuestions,
  RecheckTotals,
  StoredQuestion,
} from './ports.ts';

const MINUTE = 60_000;
/**
 * Each run starts this far before where the last one ended. A question's time is taken from
 * its function's clock before its transaction is sent; clocks of instances differ a little
 * and a write with the SDK's retries can take seconds, so a question may become readable only
 * after a run has passed its time. A quarter of an hour covers both with a wide margin.
 */
export const RECHECK_OVERLAP_MS = 15 * MINUTE;
/** The first run ever looks back one schedule period. */
export const FIRST_RUN_LOOKBACK_MS = 60 * MINUTE;
/** Nothing older than the longest chat retention exists, so no run looks further back. */
export const MAX_LOOKBACK_MS = MAX_CHAT_RETENTION_DAYS * DAY_MS;
/** A run stops taking new pages when less time than this is left, and saves how far it got. */
export const STOP_MARGIN_MS = 10_000;

export interface RecheckDeps {
  questions: RecentQuestions;
  state: JobStateStore;
  clock: Clock;
  rulesetVersion?: number;
  mask?: (text: string, options?: MaskOptions) => MaskResult;
  /** The names of every site the log holds, which stay as they are (the sites' own names). */
  maskOptions?: MaskOptions;
}

export interface RecheckRun {
  fromMs: number;
  /** How far the run got: the window's end when `complete`. */
  checkedTo: number;
  complete: boolean;
  totals: RecheckTotals;
}

/**
 * The window a run checks: from where the last run ended (less the overlap) up to now. When
 * the rules have changed since that run, every question still stored is checked again, so
 * that what the new rules mask (names, say) is masked in the whole log within the hour.
 */
export function recheckWindow(
  nowMs: number,
  previous: Pick<JobState, 'checkedTo' | 'rulesetVersion'> | undefined,
  rulesetVersion: number,
): { fromMs: number; toMs: number } {
  const oldest = nowMs - MAX_LOOKBACK_MS;
  if (previous && previous.rulesetVersion !== rulesetVersion) return { fromMs: oldest, toMs: nowMs };
  const start = (previous?.checkedTo ?? nowMs - FIRST_RUN_LOOKBACK_MS) - RECHECK_OVERLAP_MS;
  return { fromMs: Math.max(start, oldest), toMs: nowMs };
}

/**
 * The hourly re-check: masks the visitors' questions written since the last run with the
 * current rules, and rewrites those in which the current rules find more. Reads only the
 * window, so its cost follows the number of new questions, never the size of the log.
 */
export function makeRecheck(deps: RecheckDeps) {
  return {
    /** One run; `timeLeftMs` is what the run may still use (Lambda's remaining time), unbounded if missing. */
    run: (options: { timeLeftMs?: (() => number) | undefined } = {}) =>
      recheckRecentQuestions(deps, options.timeLeftMs ?? (() => Number.POSITIVE_INFINITY)),
  };
}

async function recheckRecentQuestions(deps: RecheckDeps, timeLeftMs: () => number): Promise<RecheckRun> {
  const version = deps.rulesetVersion ?? RULESET_VERSION;
  const mask = deps.mask ?? maskWithCurrentRules;
  const now = deps.clock.now();
  const nowSeconds = epochSeconds(now);
  const previous = await deps.state.load();
  const { fromMs, toMs } = recheckWindow(now.getTime(), previous, version);

  const totals: RecheckTotals = { checked: 0, unchanged: 0, rewritten: 0, vanished: 0, spans: {} };
  let checkedTo = fromMs;
  let complete = true;
  for await (const page of deps.questions.writtenBetween(fromMs, toMs)) {
    for (const question of page) {
      totals.checked++;
      if (question.expiresAt <= nowSeconds) {
        totals.vanished++;
        continue;
      }
      if (question.rulesetVersion === version) {
        totals.unchanged++;
        continue;
      }
      const masked = mask(question.text, deps.maskOptions);
      if (masked.text === question.text) {
        totals.unchanged++;
      } else if (
        await deps.questions.rewrite(question, masked.text, version, maskedSpans(question, masked.counts))
      ) {
        totals.rewritten++;
        addSpans(totals.spans, masked.counts);
      } else {
        totals.vanished++;
      }
    }
    const last = page.at(-1);
    if (last) checkedTo = Math.max(checkedTo, last.writtenAt);
    if (timeLeftMs() < STOP_MARGIN_MS) {
      complete = false;
      break;
    }
  }
  if (complete) checkedTo = toMs;

  await deps.state.save({ checkedTo, rulesetVersion: version, lastRunAt: now.toISOString() });
  await deps.state.addTotals(osloDay(now), totals);
  return { fromMs, checkedTo, complete, totals };
}

/**
 * What a rewrite adds to the site's weekly counts of masked spans. The week is that of the
 * Oslo day the question was asked, not of the run: a run retried after midnight on a Sunday
 * counts the same question in the same week, and a week's figure says what the visitors of
 * that week wrote that newer rules caught.
 */
function maskedSpans(question: StoredQuestion, counts: MaskResult['counts']): MaskedSpans | undefined {
  if (!question.siteId || Object.keys(counts).length === 0) return undefined;
  return { siteId: question.siteId, week: isoWeekOf(osloDay(new Date(question.writtenAt))).week, counts };
}

function addSpans(into: RecheckTotals['spans'], counts: MaskResult['counts']) {
  for (const [category, count] of Object.entries(counts) as [Category, number][]) {
    into[category] = (into[category] ?? 0) + count;
  }
}
