import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ChatMessage, Conversation } from '../../chat/conversation.ts';
import type { AppendOutcome, ConversationStore } from '../../chat/ports.ts';
import type { TranscriptReader } from '../../transcripts/ports.ts';
import { recheckItem, recheckKey } from './chat-recheck.ts';

// Every item of a conversation shares its partition, so one Query reads it whole and
// "Glem meg" finds everything to delete; one item per message keeps items small.
const conversationPk = (id: string) => `CONV#${id}`;
const META = 'META';
const messageSk = (seq: number) => `MSG#${String(seq).padStart(5, '0')}`;

type Item = Record<string, unknown>;

function toConversation(item: Item): Conversation {
  const { pk: _pk, sk: _sk, ...conversation } = item;
  return conversation as unknown as Conversation;
}

function toMessage(item: Item): ChatMessage {
  const { pk: _pk, sk: _sk, expiresAt: _e, siteId: _s, ...message } = item;
  return message as unknown as ChatMessage;
}

/**
 * A site's conversations of a day, in the order they started: one small item each, without
 * text, living as long as the conversation (TTL, "Glem meg").
 *
 *   pk DAY#<siteId>#<YYYY-MM-DD>   sk <startedAt>#<conversationId>
 */
export const dayListKey = (siteId: string, day: string, startedAt: string, id: string) => ({
  pk: `DAY#${siteId}#${day}`,
  sk: `${startedAt}#${id}`,
});

const BATCH_SIZE = 25;
const MAX_BATCH_ATTEMPTS = 8;

export class DynamoConversationStore implements ConversationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async create(conversation: Conversation): Promise<void> {
    // With its entry in the day's list, which the quality reviewers' transcripts read.
    const listed = dayListKey(conversation.siteId, conversation.day, conversation.startedAt, conversation.id);
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: { pk: conversationPk(conversation.id), sk: META, ...conversation },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: this.tableName,
              Item: { ...listed, conversationId: conversation.id, expiresAt: conversation.expiresAt },
            },
          },
        ],
      }),
    );
  }

  async find(id: string, nowSeconds: number): Promise<Conversation | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: conversationPk(id), sk: META },
        ConsistentRead: true,
      }),
    );
    // TTL deletes within about two days of expiry; until then the item must act as gone.
    if (!Item || typeof Item.expiresAt !== 'number' || Item.expiresAt <= nowSeconds) return undefined;
    return toConversation(Item);
  }

  async findWithMessages(id: string, nowSeconds: number) {
    let conversation: Conversation | undefined;
    const messages: ChatMessage[] = [];
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: 'expiresAt > :now',
        ExpressionAttributeValues: { ':pk': conversationPk(id), ':now': nowSeconds },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        if (item.sk === META) conversation = toConversation(item);
        else messages.push(toMessage(item));
      }
    }
    return conversation ? { conversation, messages } : undefined;
  }

  async append(
    conversation: Conversation,
    messages: ChatMessage[],
    nowSeconds: number,
    maxMessages: number,
  ): Promise<AppendOutcome> {
    const pk = conversationPk(conversation.id);
    try {
      // One transaction: the messages exist only if the conversation still did, unexpired and
      // unchanged, when they were written. "Glem meg" deletes the record first, so no message
      // can be written after it has begun (no resurrection).
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: { pk, sk: META },
                UpdateExpression: 'SET messageCount = messageCount + :n',
                ConditionExpression:
                  'attribute_exists(pk) AND expiresAt > :now AND messageCount = :expected AND messageCount <= :room',
                ExpressionAttributeValues: {
                  ':n': messages.length,
                  ':now': nowSeconds,
                  ':expected': conversation.messageCount,
                  ':room': maxMessages - messages.length,
                },
              },
            },
            ...messages.flatMap((message) => {
              const sk = messageSk(message.seq);
              const put = {
                Put: {
                  TableName: this.tableName,
                  Item: {
                    pk,
                    sk,
                    siteId: conversation.siteId,
                    expiresAt: conversation.expiresAt,
                    ...message,
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              };
              if (message.role !== 'user') return [put];
              // Each visitor's question is also listed under its hour for the hourly re-check.
              const listed = recheckItem(pk, sk, message.at, conversation.expiresAt);
              return [put, { Put: { TableName: this.tableName, Item: listed } }];
            }),
          ],
        }),
      );
      return 'stored';
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      return 'rejected';
    }
  }

  async forget(id: string): Promise<boolean> {
    const pk = conversationPk(id);
    const { Attributes } = await this.client.send(
      new DeleteCommand({ TableName: this.tableName, Key: { pk, sk: META }, ReturnValues: 'ALL_OLD' }),
    );
    // With the record gone no new message can be written, so one pass finds every message.
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ProjectionExpression: 'pk, sk, #role, #at',
        ExpressionAttributeNames: { '#role': 'role', '#at': 'at' },
        ConsistentRead: true,
      },
    );
    const meta = Attributes as Conversation | undefined;
    // The conversation's entry in the day's list goes with the first batch.
    let listEntry: Record<string, unknown>[] = meta
      ? [dayListKey(meta.siteId, meta.day, meta.startedAt, meta.id)]
      : [];
    for await (const page of pages) {
      // Each question goes together with its entry in the re-check's hour list.
      const keys = [...listEntry, ...(page.Items ?? [])].flatMap((item) => [
        { pk: item.pk, sk: item.sk },
        ...(item.role === 'user' ? [recheckKey(item.pk, item.sk, item.at)] : []),
      ]);
      listEntry = [];
      for (let i = 0; i < keys.length; i += BATCH_SIZE) await this.deleteBatch(keys.slice(i, i + BATCH_SIZE));
    }
    return Attributes !== undefined;
  }

  private async deleteBatch(keys: Item[]): Promise<void> {
    let pending = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= MAX_BATCH_ATTEMPTS) throw new Error('Could not delete every item of the conversation');
      if (attempt > 0) await this.sleep(Math.min(1000, 25 * 2 ** attempt));
      const { UnprocessedItems } = await this.client.send(
        new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }),
      );
      pending = (UnprocessedItems?.[this.tableName] ?? []) as typeof pending;
    }
  }
}

/** The quality reviewers' reads: a day's conversations, a page at a time, and one conversation. */
export class DynamoTranscriptReader implements TranscriptReader {
  private readonly store: DynamoConversationStore;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {
    this.store = new DynamoConversationStore(client, tableName);
  }

  async conversationsOfDay(
    siteId: string,
    day: string,
    nowSeconds: number,
    page: { limit: number; after?: string },
  ) {
    const { Items, LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: 'expiresAt > :now',
        ExpressionAttributeValues: { ':pk': `DAY#${siteId}#${day}`, ':now': nowSeconds },
        Limit: page.limit,
        ...(page.after && { ExclusiveStartKey: { pk: `DAY#${siteId}#${day}`, sk: page.after } }),
      }),
    );
    return {
      ids: (Items ?? []).map((item) => String(item.conversationId)),
      ...(LastEvaluatedKey && { after: String(LastEvaluatedKey.sk) }),
    };
  }

  transcript(id: string, nowSeconds: number) {
    return this.store.findWithMessages(id, nowSeconds);
  }
}
