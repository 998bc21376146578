import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ChatCounterStore, ChatEvent } from '../../chat/ports.ts';
import type { ChatCounterReader, ChatDayCounts } from '../../stats/ports.ts';
import { monthsBetween } from '../../time.ts';
import {
  COUNTER_SHARDS,
  chatCounterIncrements,
  chatCounterKey,
  chatCounterPartitions,
  chatDayCounts,
} from './keys/counters-table.ts';
import { queryShards } from './query.ts';
import { counterUpdate } from './update-expression.ts';

/** Each event goes to a random shard of its day, so that no one item takes every write. */
export const randomShard = () => Math.floor(Math.random() * COUNTER_SHARDS);

/** What an event adds to a shard of the site's counters of the day (also inside a conversation's transaction). */
export function chatCounterUpdate(
  tableName: string,
  siteId: string,
  day: string,
  shard: number,
  event: ChatEvent,
) {
  return {
    TableName: tableName,
    Key: chatCounterKey(siteId, day, shard),
    ...counterUpdate({ day }, chatCounterIncrements(event)),
  };
}

/** A site's chat counters per day (keys in keys/counters-table.ts). */
export class DynamoChatCounterStore implements ChatCounterStore, ChatCounterReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly shardOf: () => number = randomShard,
  ) {}

  async record(siteId: string, day: string, event: ChatEvent): Promise<void> {
    await this.client.send(
      new UpdateCommand(chatCounterUpdate(this.tableName, siteId, day, this.shardOf(), event)),
    );
  }

  async days(siteId: string, from: string, to: string): Promise<ChatDayCounts[]> {
    const items = await queryShards(this.client, this.tableName, {
      partitions: monthsBetween(from, to).flatMap((month) => chatCounterPartitions(siteId, month)),
      from,
      to,
    });
    return items.map(chatDayCounts);
  }
}
