import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CounterDelta, StoredVote } from '../../feedback/feedback.ts';
import type { FeedbackCounterStore, VoteStore } from '../../feedback/ports.ts';
import type {
  CommentReader,
  FeedbackCounterReader,
  PageDayCounts,
  StoredComment,
} from '../../stats/ports.ts';
import { monthsBetween } from '../../time.ts';
import { feedbackCounterKey, feedbackCounterPartitions } from './keys/counters-table.ts';
import { voteKey, votesPk } from './keys/feedback-table.ts';
import { queryAll, queryShards } from './query.ts';
import { counterUpdate } from './update-expression.ts';

type VoteItem = StoredVote & { pk: string; sk: string };

function toVote(item: Record<string, unknown> | undefined): StoredVote | undefined {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, ...vote } = item as unknown as VoteItem;
  return vote;
}

/** The day's votes (keys in keys/feedback-table.ts): a repeat vote replaces the visitor's first. */
export class DynamoVoteStore implements VoteStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async put(vote: StoredVote): Promise<StoredVote | undefined> {
    const { Attributes } = await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...voteKey(vote.siteId, vote.day, vote.voterKey), ...vote },
        ReturnValues: 'ALL_OLD',
      }),
    );
    return toVote(Attributes);
  }

  async revert(vote: StoredVote, previous: StoredVote | undefined): Promise<void> {
    const key = voteKey(vote.siteId, vote.day, vote.voterKey);
    try {
      // Only if the item is still this vote: a newer vote that arrived meanwhile must stay.
      if (previous) {
        await this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...key, ...previous },
            ConditionExpression: 'id = :id',
            ExpressionAttributeValues: { ':id': vote.id },
          }),
        );
      } else {
        await this.client.send(
          new DeleteCommand({
            TableName: this.tableName,
            Key: key,
            ConditionExpression: 'id = :id',
            ExpressionAttributeValues: { ':id': vote.id },
          }),
        );
      }
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}

/** The page counters of each day (keys in keys/counters-table.ts). */
export class DynamoFeedbackCounterStore implements FeedbackCounterStore, FeedbackCounterReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async add(siteId: string, day: string, url: string, delta: CounterDelta): Promise<void> {
    // ADD is atomic and commutative, so concurrent votes on one page never lose an update.
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: feedbackCounterKey(siteId, day, url),
        ...counterUpdate({ url, day }, { ...delta }),
      }),
    );
  }

  async pageDays(siteId: string, from: string, to: string): Promise<PageDayCounts[]> {
    const items = await queryShards(this.client, this.tableName, {
      partitions: monthsBetween(from, to).flatMap((month) => feedbackCounterPartitions(siteId, month)),
      from,
      to,
    });
    return items.map((item) => ({
      day: String(item.day),
      url: String(item.url),
      found: Number(item.found ?? 0),
      notFound: Number(item.notFound ?? 0),
      comments: Number(item.comments ?? 0),
    }));
  }
}

/** The comments of a day, read from the day's votes (the only reader of votes besides the writer). */
export class DynamoCommentReader implements CommentReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async commentsOfDay(siteId: string, day: string, nowSeconds: number): Promise<StoredComment[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      FilterExpression: 'attribute_exists(#comment) AND expiresAt > :now',
      // Names for every attribute: "found", "comment" and "url" are reserved words.
      ProjectionExpression: '#url, #found, #comment, #at',
      ExpressionAttributeNames: { '#comment': 'comment', '#url': 'url', '#at': 'at', '#found': 'found' },
      ExpressionAttributeValues: { ':pk': votesPk(siteId, day), ':now': nowSeconds },
    });
    return items.map((item) => ({
      url: String(item.url),
      found: item.found === true,
      comment: String(item.comment),
      at: String(item.at),
    }));
  }
}
