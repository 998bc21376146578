import { DynamoRecentQuestions } from '#shared/adapters/dynamodb/chat-recheck';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { DynamoJobStateStore } from '#shared/adapters/dynamodb/job-state';
import { readEnv, sitesFrom } from '#shared/config';
import { makeRecheck } from '#shared/jobs/use-cases';
import { siteOwnNames } from '#shared/sites';
import { systemClock } from '#shared/time';
import { type Binding, boundTables } from '../tables.ts';

/** The composition root of the scheduled jobs, once per process. */
const env = readEnv();
const client = documentClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });

/**
 * The hourly re-check over the chat table, keeping its progress, its totals and the sites'
 * weekly counts of what it masked in the counters table.
 */
export function recheckFor(definition: Binding<'chat' | 'counters'>) {
  const tables = boundTables(definition);
  return makeRecheck({
    questions: new DynamoRecentQuestions(client, tables.chat, undefined, tables.counters),
    state: new DynamoJobStateStore(client, tables.counters, 'anonymize'),
    clock: systemClock,
    // Every site's own names stay as they are, whichever site a question came from.
    maskOptions: { ownNames: sitesFrom(env).all().flatMap(siteOwnNames) },
  });
}
