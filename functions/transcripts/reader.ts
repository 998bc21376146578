import { DynamoTranscriptReader } from '#shared/adapters/dynamodb/chat-store';
import { requireTable } from '#shared/config';
import { client, env } from './service.ts';

/** The chat table, read-only: only the transcript functions have it among the staff functions. */
export const reader = new DynamoTranscriptReader(client, requireTable(env, 'TABLE_CHAT'));
