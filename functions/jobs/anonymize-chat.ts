import { DynamoRecentQuestions } from '#shared/adapters/dynamodb/chat-recheck';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { DynamoJobStateStore } from '#shared/adapters/dynamodb/job-state';
import { readEnv, requireTable, sitesFrom } from '#shared/config';
import { recheckRecentQuestions } from '#shared/jobs/recheck';
import { siteOwnNames } from '#shared/sites';
import { systemClock } from '#shared/time';

/** The composition root of the hourly job, once per process. */
const env = readEnv();
const client = documentClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });
const questions = new DynamoRecentQuestions(client, requireTable(env, 'TABLE_CHAT'));
const state = new DynamoJobStateStore(client, requireTable(env, 'TABLE_COUNTERS'), 'anonymize');
const maskOptions = { ownNames: sitesFrom(env).all().flatMap(siteOwnNames) };

interface ScheduleContext {
  getRemainingTimeInMillis?: () => number;
}

/**
 * Runs on the EventBridge schedule (hourly): re-checks the visitors' questions written since
 * the last run with the current anonymizer rules. Logs counts only, never text.
 */
export async function handler(_event: unknown, context?: ScheduleContext) {
  const remaining = context?.getRemainingTimeInMillis;
  const run = await recheckRecentQuestions({
    questions,
    state,
    clock: systemClock,
    maskOptions,
    ...(remaining && { timeLeftMs: () => remaining.call(context) }),
  });
  const summary = {
    from: new Date(run.fromMs).toISOString(),
    checkedTo: new Date(run.checkedTo).toISOString(),
    complete: run.complete,
    ...run.totals,
  };
  console.log(JSON.stringify({ level: 'info', msg: 'anonymization re-check', ...summary }));
  return summary;
}
