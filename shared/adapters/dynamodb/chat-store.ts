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
import { ValidationError } from '../../errors.ts';
import type { TranscriptReader } from '../../transcripts/ports.ts';
import { sendUntilProcessed } from './batch-retry.ts';
import {
  conversationKey,
  conversationPk,
  dayListKey,
  dayListPk,
  type ItemKey,
  isConversationRecord,
  isDayListPosition,
  messageKey,
  recheckItem,
  recheckKey,
} from './keys/chat-table.ts';
import { queryAll } from './query.ts';

type Item = Record<string, unknown>;

/** A cursor is the base64url of the last list position read; one of another day is refused. */
function decodePosition(cursor: string, day: string): string {
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isDayListPosition(position, day)) {
    throw new ValidationError('The cursor does not belong to this day.', { code: 'invalid_cursor' });
  }
  return position;
}

function toConversation(item: Item): Conversation {
  const { pk: _pk, sk: _sk, ...conversation } = item;
  return conversation as unknown as Conversation;
}

function toMessage(item: Item): ChatMessage {
  const { pk: _pk, sk: _sk, expiresAt: _e, siteId: _s, ...message } = item;
  return message as unknown as ChatMessage;
}

const BATCH_SIZE = 25;

/** Conversations and their messages (keys in keys/chat-table.ts), each question listed for the re-check. */
export class DynamoConversationStore implements ConversationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** How to wait between resends of a batch (tests pass one that does not wait). */
    private readonly sleep?: (ms: number) => Promise<void>,
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
              Item: { ...conversationKey(conversation.id), ...conversation },
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
        Key: conversationKey(id),
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
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      FilterExpression: 'expiresAt > :now',
      ExpressionAttributeValues: { ':pk': conversationPk(id), ':now': nowSeconds },
      ConsistentRead: true,
    });
    for (const item of items) {
      if (isConversationRecord(item)) conversation = toConversation(item);
      else messages.push(toMessage(item));
    }
    return conversation ? { conversation, messages } : undefined;
  }

  async append(
    conversation: Conversation,
    messages: ChatMessage[],
    nowSeconds: number,
    maxMessages: number,
  ): Promise<AppendOutcome> {
    const record = conversationKey(conversation.id);
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
                Key: record,
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
              const key = messageKey(conversation.id, message.seq);
              const put = {
                Put: {
                  TableName: this.tableName,
                  Item: {
                    ...key,
                    siteId: conversation.siteId,
                    expiresAt: conversation.expiresAt,
                    ...message,
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              };
              if (message.role !== 'user') return [put];
              // Each visitor's question is also listed under its hour for the hourly re-check.
              const listed = recheckItem(key, message.at, conversation.expiresAt);
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
    const { Attributes } = await this.client.send(
      new DeleteCommand({ TableName: this.tableName, Key: conversationKey(id), ReturnValues: 'ALL_OLD' }),
    );
    // With the record gone no new message can be written, so one pass finds every message.
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': conversationPk(id) },
        ProjectionExpression: 'pk, sk, #role, #at',
        ExpressionAttributeNames: { '#role': 'role', '#at': 'at' },
        ConsistentRead: true,
      },
    );
    const meta = Attributes as Conversation | undefined;
    // The conversation's entry in the day's list goes with the first batch.
    let listEntry: (ItemKey & { role?: unknown; at?: unknown })[] = meta
      ? [dayListKey(meta.siteId, meta.day, meta.startedAt, meta.id)]
      : [];
    for await (const page of pages) {
      // Each question goes together with its entry in the re-check's hour list.
      const keys = [...listEntry, ...((page.Items ?? []) as typeof listEntry)].flatMap((item) => [
        { pk: item.pk, sk: item.sk },
        ...(item.role === 'user' ? [recheckKey(item, String(item.at))] : []),
      ]);
      listEntry = [];
      for (let i = 0; i < keys.length; i += BATCH_SIZE) await this.deleteBatch(keys.slice(i, i + BATCH_SIZE));
    }
    return Attributes !== undefined;
  }

  private deleteBatch(keys: ItemKey[]): Promise<void> {
    return sendUntilProcessed(
      keys.map((Key) => ({ DeleteRequest: { Key } })),
      async (pending) => {
        const { UnprocessedItems } = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }),
        );
        return UnprocessedItems?.[this.tableName] as typeof pending | undefined;
      },
      { what: 'Could not delete every item of the conversation', ...(this.sleep && { sleep: this.sleep }) },
    );
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
    page: { limit: number; cursor?: string | undefined },
  ) {
    const pk = dayListPk(siteId, day);
    const { Items, LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: 'expiresAt > :now',
        ExpressionAttributeValues: { ':pk': pk, ':now': nowSeconds },
        Limit: page.limit,
        ...(page.cursor && { ExclusiveStartKey: { pk, sk: decodePosition(page.cursor, day) } }),
      }),
    );
    return {
      ids: (Items ?? []).map((item) => String(item.conversationId)),
      ...(LastEvaluatedKey && { next: Buffer.from(String(LastEvaluatedKey.sk)).toString('base64url') }),
    };
  }

  transcript(id: string, nowSeconds: number) {
    return this.store.findWithMessages(id, nowSeconds);
  }
}
