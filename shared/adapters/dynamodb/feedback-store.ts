import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CounterDelta, StoredVote } from '../../feedback/feedback.ts';
import type { FeedbackCounterStore, VoteStore } from '../../feedback/ports.ts';

// Key builders live only here. A vote's partition is the site's day, so a repeat vote by the
// same visitor on the same page (same voterKey) lands on the same item and replaces it.
const voteKey = (siteId: string, day: string, voterKey: string) => ({
  pk: `VOTE#${siteId}#${day}`,
  sk: `V#${voterKey}`,
});

/** The page's counters for one day; the URL's hash keeps the key short and fixed-size. */
export const feedbackCounterKey = (siteId: string, day: string, url: string) => ({
  pk: `FB#${siteId}#${day}`,
  sk: `PAGE#${createHash('sha256').update(url).digest('base64url')}`,
});

type VoteItem = StoredVote & { pk: string; sk: string };

function toVote(item: Record<string, unknown> | undefined): StoredVote | undefined {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, ...vote } = item as unknown as VoteItem;
  return vote;
}

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

export class DynamoFeedbackCounterStore implements FeedbackCounterStore {
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
        UpdateExpression:
          'SET #url = :url, #day = :day ADD #found :found, #notFound :notFound, #comments :comments',
        // Names for every attribute: several of these words are reserved in DynamoDB.
        ExpressionAttributeNames: {
          '#url': 'url',
          '#day': 'day',
          '#found': 'found',
          '#notFound': 'notFound',
          '#comments': 'comments',
        },
        ExpressionAttributeValues: {
          ':url': url,
          ':day': day,
          ':found': delta.found,
          ':notFound': delta.notFound,
          ':comments': delta.comments,
        },
      }),
    );
  }
}
