import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { DynamoVoteStore } from '#shared/adapters/dynamodb/feedback-store';
import { DynamoDailySaltStore } from '#shared/adapters/dynamodb/salt-store';
import { readEnv, sitesFrom } from '#shared/config';
import { makeFeedback } from '#shared/feedback/use-cases';
import { siteCorsHeaders } from '#shared/http/cors';
import { systemClock } from '#shared/time';
import { type Binding, boundTables } from '../tables.ts';

/** The composition root of the feedback function: configuration and the client, once per process. */
const env = readEnv();
const sites = sitesFrom(env);
const client = documentClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });

/** The feedback use cases over the tables the function's definition binds. */
export function feedbackFor(definition: Binding<'feedback' | 'counters' | 'ephemeral'>) {
  const tables = boundTables(definition);
  return makeFeedback({
    sites,
    votes: new DynamoVoteStore(client, { feedback: tables.feedback, counters: tables.counters }),
    salts: new DynamoDailySaltStore(client, tables.ephemeral),
    clock: systemClock,
    commentRetentionDays: env.COMMENT_RETENTION_DAYS,
  });
}

/** The CORS headers for the site's own origins. */
export const corsFor = (event: APIGatewayProxyEventV2) => siteCorsHeaders(sites, event);
