import {
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ChatMessage, Conversation } from '../../chat/conversation.ts';
import type { AppendOutcome, ConversationStore, CountedEvent } from '../../chat/ports.ts';
import { ValidationError } from '../../errors.ts';
import type { TranscriptReader } from '../../transcripts/ports.ts';
import { sendUntilProcessed } from './batch-retry.ts';
import { chatCounterUpdate, randomShard } from './chat-counters.ts';
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
import { transactWrite } from './transaction.ts';

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

/** A conversation with its messages, read in one paginated Query; expired items are never returned. */
async function readConversation(
  client: DynamoDBDocumentClient,
  tableName: string,
  id: string,
  nowSeconds: number,
) {
  let conversation: Conversation | undefined;
  const messages: ChatMessage[] = [];
  const items = await queryAll(client, {
    TableName: tableName,
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

export interface ConversationStoreOptions {
  /** How to wait between resends of a batch or a contended transaction (tests pass one that does not wait). */
  sleep?: (ms: number) => Promise<void>;
  /** Which shard of the day's chat counters an event goes to. */
  shardOf?: () => number;
}

/**
 * Conversations and their messages (keys in keys/chat-table.ts), each question listed for the
 * re-check; a new conversation and each question are counted in the same transaction.
 */
export class DynamoConversationStore implements ConversationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tables: { chat: string; counters: string },
    private readonly options: ConversationStoreOptions = {},
  ) {}

  private counterUpdate(siteId: string, counted: CountedEvent) {
    const shard = (this.options.shardOf ?? randomShard)();
    return { Update: chatCounterUpdate(this.tables.counters, siteId, counted.day, shard, counted.event) };
  }

  private transaction() {
    return this.options.sleep ? { sleep: this.options.sleep } : {};
  }

  async create(conversation: Conversation, counted: CountedEvent): Promise<void> {
    // With its entry in the day's list, which the quality reviewers' transcripts read.
    const listed = dayListKey(conversation.siteId, conversation.day, conversation.startedAt, conversation.id);
    const refused = await transactWrite(
      this.client,
      {
        TransactItems: [
          {
            Put: {
              TableName: this.tables.chat,
              Item: { ...conversationKey(conversation.id), ...conversation },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: this.tables.chat,
              Item: { ...listed, conversationId: conversation.id, expiresAt: conversation.expiresAt },
            },
          },
          this.counterUpdate(conversation.siteId, counted),
        ],
      },
      this.transaction(),
    );
    // A fresh random id is never taken; if it were, nothing was written.
    if (refused) throw new Error('A conversation with this id exists already');
  }

  async find(id: string, nowSeconds: number): Promise<Conversation | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tables.chat,
        Key: conversationKey(id),
        ConsistentRead: true,
      }),
    );
    // TTL deletes within about two days of expiry; until then the item must act as gone.
    if (!Item || typeof Item.expiresAt !== 'number' || Item.expiresAt <= nowSeconds) return undefined;
    return toConversation(Item);
  }

  findWithMessages(id: string, nowSeconds: number) {
    return readConversation(this.client, this.tables.chat, id, nowSeconds);
  }

  async append(
    conversation: Conversation,
    messages: ChatMessage[],
    nowSeconds: number,
    maxMessages: number,
    counted: CountedEvent,
  ): Promise<AppendOutcome> {
    const record = conversationKey(conversation.id);
    // One transaction: the messages exist only if the conversation still did, unexpired and
    // unchanged, when they were written. "Glem meg" deletes the record first, so no message
    // can be written after it has begun (no resurrection).
    const refused = await transactWrite(
      this.client,
      {
        TransactItems: [
          {
            Update: {
              TableName: this.tables.chat,
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
                TableName: this.tables.chat,
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
            return [put, { Put: { TableName: this.tables.chat, Item: listed } }];
          }),
          this.counterUpdate(conversation.siteId, counted),
        ],
      },
      this.transaction(),
    );
    return refused ? 'rejected' : 'stored';
  }

  async forget(id: string): Promise<boolean> {
    const { Attributes } = await this.client.send(
      new DeleteCommand({ TableName: this.tables.chat, Key: conversationKey(id), ReturnValues: 'ALL_OLD' }),
    );
    // With the record gone no new message can be written, so one pass finds every message.
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tables.chat,
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
    // Pushed, not mapped: see personNames in shared/anonymizer/recognizers/names.ts.
    const requests: { DeleteRequest: { Key: ItemKey } }[] = [];
    for (const Key of keys) requests.push({ DeleteRequest: { Key } });
    return sendUntilProcessed(
      requests,
      async (pending) => {
        const { UnprocessedItems } = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tables.chat]: pending } }),
        );
        return UnprocessedItems?.[this.tables.chat] as typeof pending | undefined;
      },
      { what: 'Could not delete every item of the conversation', ...this.transaction() },
    );
  }
}

/** The quality reviewers' reads: a day's conversations, a page at a time, and one conversation. */
export class DynamoTranscriptReader implements TranscriptReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

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
    return readConversation(this.client, this.tableName, id, nowSeconds);
  }
}
