import { JOBS } from '#infra/functions';
import { logEvent, withRequestId } from '#shared/log';
import { recheckFor } from './deps.ts';

const recheck = recheckFor(JOBS.anonymizeChat);

/**
 * Runs on the EventBridge schedule (hourly): re-checks the visitors' questions written since
 * the last run with the current anonymizer rules. Logs counts only, never text.
 */
export async function handler(
  _event: unknown,
  context?: { getRemainingTimeInMillis?: () => number; awsRequestId?: string },
) {
  return withRequestId(context?.awsRequestId, () => recheckOnce(context));
}

async function recheckOnce(context?: { getRemainingTimeInMillis?: () => number }) {
  const remaining = context?.getRemainingTimeInMillis?.bind(context);
  const run = await recheck.run({ timeLeftMs: remaining });
  const summary = {
    from: new Date(run.fromMs).toISOString(),
    checkedTo: new Date(run.checkedTo).toISOString(),
    complete: run.complete,
    ...run.totals,
  };
  logEvent('info', 'anonymization re-check', summary);
  return summary;
}
