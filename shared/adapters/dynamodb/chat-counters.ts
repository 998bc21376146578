import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ChatCounterStore, ChatEvent } from '../../chat/ports.ts';
import type { ChatCounterReader, ChatDayCounts } from '../../stats/ports.ts';
import { monthsBetween } from '../../time.ts';
import { COUNTER_SHARDS, queryShards } from './counter-shards.ts';

/*
 * A site's chat counters: one item per day and shard, under the month's shard partition,
 *
 *   pk CHAT#<siteId>#<YYYY-MM>#<shard>   sk <YYYY-MM-DD>
 *
 * Each event adds to a random shard, so a busy site's writes spread over COUNTER_SHARDS
 * partitions (each takes 1000 writes/s); a statistics read is one Query per shard and month.
 */
export const chatCounterKey = (siteId: string, day: string, shard: number) => ({
  pk: `CHAT#${siteId}#${day.slice(0, 7)}#${shard}`,
  sk: day,
});

/** The counters one event adds to; attribute names are fixed words or bounded labels, never text. */
export function chatCounterIncrements(event: ChatEvent): Record<string, number> {
  switch (event.type) {
    case 'conversation':
      return { conversations: 1, [`platform#${event.platform}`]: 1, [`browser#${event.browser}`]: 1 };
    case 'message':
      return {
        messages: 1,
        [`intent#${event.intent}`]: 1,
        ...(event.answered ? { answered: 1 } : { fallback: 1 }),
      };
    case 'download':
      return { downloads: 1 };
    case 'deletion':
      return { deletions: 1 };
  }
}

const randomShard = () => Math.floor(Math.random() * COUNTER_SHARDS);

export class DynamoChatCounterStore implements ChatCounterStore, ChatCounterReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly shardOf: () => number = randomShard,
  ) {}

  async record(siteId: string, day: string, event: ChatEvent): Promise<void> {
    const increments = Object.entries(chatCounterIncrements(event));
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: chatCounterKey(siteId, day, this.shardOf()),
        UpdateExpression: `SET #day = :day ADD ${increments.map((_, i) => `#c${i} :one`).join(', ')}`,
        ExpressionAttributeNames: {
          '#day': 'day',
          ...Object.fromEntries(increments.map(([name], i) => [`#c${i}`, name])),
        },
        ExpressionAttributeValues: { ':day': day, ':one': 1 },
      }),
    );
  }

  async days(siteId: string, from: string, to: string): Promise<ChatDayCounts[]> {
    const items = await queryShards(this.client, this.tableName, {
      partitions: monthsBetween(from, to).map(
        (month) => (shard: number) => `CHAT#${siteId}#${month}#${shard}`,
      ),
      from,
      to,
    });
    return items.map(({ pk: _pk, sk, day: _day, ...counts }) => ({
      day: String(sk),
      counts: counts as Record<string, number>,
    }));
  }
}
