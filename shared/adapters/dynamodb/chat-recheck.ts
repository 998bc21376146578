import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  paginateQuery,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { RecentQuestions, StoredQuestion } from '../../jobs/ports.ts';

/*
 * The hourly re-check finds new questions through small list items in the chat table, one per
 * visitor's question, under the UTC hour it was written:
 *
 *   pk RECHECK#2026-11-23T09   sk 1763888400000#<conversationId>#MSG#00003
 *
 * Written in the same transaction as the question, deleted with it ("Glem meg") and by the
 * same TTL. Why not a sparse global secondary index: DynamoDB Local's TTL sweep never deletes
 * the items of a table with an index that are not in the index (conversation records, bot
 * answers), so the local run would keep chat logs past their retention; and a Query on the
 * table itself reads exactly what the transaction wrote, with no index lag.
 */
const HOUR_MS = 3_600_000;
const PAGE_SIZE = 100;
const MAX_BATCH_ATTEMPTS = 8;

const hourPk = (epochMs: number) => `RECHECK#${new Date(epochMs).toISOString().slice(0, 13)}`;
const msKey = (epochMs: number) => String(epochMs).padStart(13, '0');

interface Key {
  pk: string;
  sk: string;
}

/** The list item's key for a question of the conversation item `pk`, message `sk`, written `at`. */
export function recheckKey(conversationPk: string, messageSk: string, at: string): Key {
  const writtenAt = Date.parse(at);
  return { pk: hourPk(writtenAt), sk: `${msKey(writtenAt)}#${conversationPk}#${messageSk}` };
}

/** The list item written next to a visitor's question; it holds no text. */
export function recheckItem(conversationPk: string, messageSk: string, at: string, expiresAt: number) {
  return {
    ...recheckKey(conversationPk, messageSk, at),
    itemPk: conversationPk,
    itemSk: messageSk,
    expiresAt,
  };
}

/** Reads a time window one hour list after the other, the questions in batches, and rewrites in place. */
export class DynamoRecentQuestions implements RecentQuestions {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async *writtenBetween(fromMs: number, toMs: number): AsyncIterable<StoredQuestion[]> {
    const firstHour = Math.floor(fromMs / HOUR_MS) * HOUR_MS;
    for (let hour = firstHour; hour <= toMs; hour += HOUR_MS) {
      const pages = paginateQuery(
        { client: this.client, pageSize: PAGE_SIZE },
        {
          TableName: this.tableName,
          // '~' sorts after '#', so every question written in the window's last millisecond is in.
          KeyConditionExpression: 'pk = :hour AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':hour': hourPk(hour),
            ':from': msKey(fromMs),
            ':to': `${msKey(toMs)}~`,
          },
          ProjectionExpression: 'sk, itemPk, itemSk',
        },
      );
      for await (const page of pages) {
        const refs = page.Items ?? [];
        if (refs.length > 0) yield await this.questions(refs);
      }
    }
  }

  /** The questions the list items point at, in their order; deleted ones are left out. */
  private async questions(refs: Record<string, unknown>[]): Promise<StoredQuestion[]> {
    const found = new Map<string, Record<string, unknown>>();
    let pending: Key[] = refs.map((ref) => ({ pk: String(ref.itemPk), sk: String(ref.itemSk) }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= MAX_BATCH_ATTEMPTS) throw new Error('Could not read the questions to re-check');
      if (attempt > 0) await this.sleep(Math.min(1000, 25 * 2 ** attempt));
      const { Responses, UnprocessedKeys } = await this.client.send(
        new BatchGetCommand({
          RequestItems: {
            [this.tableName]: {
              Keys: pending,
              ProjectionExpression: 'pk, sk, #text, rulesetVersion, expiresAt',
              ExpressionAttributeNames: { '#text': 'text' },
            },
          },
        }),
      );
      for (const item of Responses?.[this.tableName] ?? []) found.set(`${item.pk}|${item.sk}`, item);
      pending = (UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Key[];
    }
    return refs.flatMap((ref) => {
      const item = found.get(`${ref.itemPk}|${ref.itemSk}`);
      if (!item || typeof item.text !== 'string') return [];
      return [
        {
          ref: { pk: String(item.pk), sk: String(item.sk) } satisfies Key,
          text: item.text,
          ...(typeof item.rulesetVersion === 'number' && { rulesetVersion: item.rulesetVersion }),
          writtenAt: Number(String(ref.sk).slice(0, 13)),
          expiresAt: Number(item.expiresAt),
        },
      ];
    });
  }

  async rewrite(question: StoredQuestion, text: string, rulesetVersion: number): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: question.ref as Key,
          UpdateExpression: 'SET #text = :text, rulesetVersion = :version',
          // An item deleted meanwhile ("Glem meg", TTL) stays deleted: an update must not create it.
          ConditionExpression: 'attribute_exists(pk) AND #text = :old',
          ExpressionAttributeNames: { '#text': 'text' },
          ExpressionAttributeValues: { ':text': text, ':version': rulesetVersion, ':old': question.text },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
