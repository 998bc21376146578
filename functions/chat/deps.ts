import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { DynamoChatCounterStore } from '#shared/adapters/dynamodb/chat-counters';
import { DynamoConversationStore } from '#shared/adapters/dynamodb/chat-store';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { tokenKeyProvider } from '#shared/adapters/secrets';
import { HmacTokenHasher } from '#shared/chat/token-hasher';
import { makeChat, type VisitorReaders } from '#shared/chat/use-cases';
import { readEnv, sitesFrom } from '#shared/config';
import { siteCorsHeaders } from '#shared/http/cors';
import { errorFields, logEvent } from '#shared/log';
import { systemClock } from '#shared/time';
import { type Binding, boundTables } from '../tables.ts';

/** The composition root of the visitor's chat functions: configuration and clients, once per process. */
const env = readEnv();
const sites = sitesFrom(env);
const client = documentClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });

/**
 * The chat use cases over the tables the function's definition binds, with the readers of the
 * visitor's input that its handler hands in: each function bundles only those it uses.
 */
export function chatFor(definition: Binding<'chat' | 'counters'>, readers: VisitorReaders = {}) {
  const tables = boundTables(definition);
  return makeChat({
    ...readers,
    sites,
    store: new DynamoConversationStore(client, { chat: tables.chat, counters: tables.counters }),
    counters: new DynamoChatCounterStore(client, tables.counters),
    tokens: new HmacTokenHasher(tokenKeyProvider(env)),
    clock: systemClock,
    retentionSecondsOverride: env.CHAT_RETENTION_SECONDS,
    onCounterFailure: (error) => logEvent('error', 'chat counter not updated', errorFields(error)),
  });
}

/** The CORS headers for the site's own origins. */
export const corsFor = (event: APIGatewayProxyEventV2) => siteCorsHeaders(sites, event);
