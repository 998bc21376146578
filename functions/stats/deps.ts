import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { DynamoChatCounterStore } from '#shared/adapters/dynamodb/chat-counters';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { DynamoCommentReader, DynamoFeedbackCounterStore } from '#shared/adapters/dynamodb/feedback-store';
import { DynamoMaskingCounterStore } from '#shared/adapters/dynamodb/masking-counters';
import { readEnv, sitesFrom } from '#shared/config';
import { staffAccess } from '#shared/http/staff';

import { makeComments, makeStatistics } from '#shared/stats/use-cases';
import { systemClock } from '#shared/time';
import { type Binding, boundTables } from '../tables.ts';

/** The composition root of the editors' statistics functions, once per process. */
const env = readEnv();
const sites = sitesFrom(env);
const client = documentClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });

/**
 * The statistics over the counters table alone: no chat table and no votes, so no text a
 * visitor wrote can reach them (their definitions in infra/functions.ts bind nothing else).
 */
export function statisticsFor(definition: Binding<'counters'>) {
  const { counters } = boundTables(definition);
  return makeStatistics({
    feedbackCounters: new DynamoFeedbackCounterStore(client, counters),
    chatCounters: new DynamoChatCounterStore(client, counters),
    maskingCounters: new DynamoMaskingCounterStore(client, counters),
  });
}

/** The visitors' comments, read from the feedback table. */
export function commentsFor(definition: Binding<'feedback'>) {
  return makeComments({
    comments: new DynamoCommentReader(client, boundTables(definition).feedback),
    clock: systemClock,
  });
}

/** The site of a staff request, once the caller is known to hold the role there (401/403/404 else). */
export const staffSite = (event: APIGatewayProxyEventV2) =>
  staffAccess(event, sites, 'stats', env.STAFF_GRANTS_CLAIM).siteId;
