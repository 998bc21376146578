import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { DynamoChatCounterStore } from '#shared/adapters/dynamodb/chat-counters';
import { DynamoConversationStore } from '#shared/adapters/dynamodb/chat-store';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { tokenKeyProvider } from '#shared/adapters/secrets';
import { defaultBot } from '#shared/chat/bot/default-bot';
import { makeChatService } from '#shared/chat/chat-service';
import { HmacTokenHasher } from '#shared/chat/token-hasher';
import { readEnv, requireTable, sitesFrom } from '#shared/config';
import { siteCorsHeaders } from '#shared/http/cors';
import { systemClock } from '#shared/time';

/** The composition root shared by the chat handlers: configuration and clients, once per process. */
const env = readEnv();
export const sites = sitesFrom(env);
const client = documentClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });

export const chat = makeChatService({
  sites,
  store: new DynamoConversationStore(client, requireTable(env, 'TABLE_CHAT')),
  counters: new DynamoChatCounterStore(client, requireTable(env, 'TABLE_COUNTERS')),
  tokens: new HmacTokenHasher(tokenKeyProvider(env)),
  bot: defaultBot(),
  clock: systemClock,
  retentionSecondsOverride: env.CHAT_RETENTION_SECONDS,
  onCounterFailure: (error) =>
    console.error(
      JSON.stringify({ level: 'error', msg: 'chat counter not updated', error: (error as Error)?.name }),
    ),
});

export const corsFor = (event: APIGatewayProxyEventV2) => siteCorsHeaders(sites, event);
