import { DynamoChatCounterStore } from '#shared/adapters/dynamodb/chat-counters';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { DynamoFeedbackCounterStore } from '#shared/adapters/dynamodb/feedback-store';
import { requireTable } from '#shared/config';
import { env } from './service.ts';

/**
 * The statistics handlers read the counters table only: no chat table and no votes, so no
 * text a visitor wrote can reach them (their grants in infra/functions.ts say the same).
 */
const client = documentClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });
const counters = requireTable(env, 'TABLE_COUNTERS');

export const feedbackCounters = new DynamoFeedbackCounterStore(client, counters);
export const chatCounters = new DynamoChatCounterStore(client, counters);
