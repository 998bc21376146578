import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type CounterDelta, isZeroDelta, type StoredVote } from '../../feedback/feedback.ts';
import type { SaveOutcome, VoteStore } from '../../feedback/ports.ts';
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
import { type TransactionOptions, transactWrite } from './transaction.ts';
import { counterUpdate } from './update-expression.ts';

type VoteItem = StoredVote & { pk: string; sk: string };

function toVote(item: Record<string, unknown> | undefined): StoredVote | undefined {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, ...vote } = item as unknown as VoteItem;
  return vote;
}

/**
 * What a vote adds to its page's counters of the day. ADD is atomic and commutative, so
 * concurrent votes on one page never lose an update.
 */
export function pageCounterUpdate(
  tableName: string,
  vote: Pick<StoredVote, 'siteId' | 'day' | 'url'>,
  delta: CounterDelta,
) {
  return {
    TableName: tableName,
    Key: feedbackCounterKey(vote.siteId, vote.day, vote.url),
    ...counterUpdate({ url: vote.url, day: vote.day }, { ...delta }),
  };
}

/**
 * The day's votes (keys in keys/feedback-table.ts) and what they add to the page counters:
 * a vote and its counts are written in one transaction, so no outage can leave one without the other.
 */
export class DynamoVoteStore implements VoteStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tables: { feedback: string; counters: string },
    private readonly options: TransactionOptions = {},
  ) {}

  async save(vote: StoredVote, previous: StoredVote | undefined, delta: CounterDelta): Promise<SaveOutcome> {
    const put = {
      TableName: this.tables.feedback,
      Item: { ...voteKey(vote.siteId, vote.day, vote.voterKey), ...vote },
      // Only over the vote the counts were worked out from: none, or the visitor's earlier one.
      ...(previous
        ? { ConditionExpression: 'id = :previous', ExpressionAttributeValues: { ':previous': previous.id } }
        : { ConditionExpression: 'attribute_not_exists(pk)' }),
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    };
    if (isZeroDelta(delta)) {
      // The same answer again, without a comment: nothing to count, so no transaction.
      try {
        await this.client.send(new PutCommand(put));
        return { saved: true };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        return { saved: false, current: toVote(error.Item && unmarshall(error.Item)) };
      }
    }
    const refused = await transactWrite(
      this.client,
      {
        TransactItems: [{ Put: put }, { Update: pageCounterUpdate(this.tables.counters, vote, delta) }],
      },
      this.options,
    );
    return refused ? { saved: false, current: toVote(refused.item) } : { saved: true };
  }
}

/** The page counters of each day (keys in keys/counters-table.ts). */
export class DynamoFeedbackCounterStore implements FeedbackCounterReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

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
