import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  paginateQuery,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { MaskedSpans, RecentQuestions, StoredQuestion } from '../../jobs/ports.ts';
import { sendUntilProcessed } from './batch-retry.ts';
import { type ItemKey, recheckHourPk, recheckRange, recheckWrittenAt } from './keys/chat-table.ts';
import { maskedSpansAttribute, maskedWeekKey } from './keys/counters-table.ts';
import { transactWrite } from './transaction.ts';
import { counterUpdate } from './update-expression.ts';

/*
 * The hourly re-check finds new questions through small list items in the chat table, one per
 * visitor's question, under the UTC hour it was written (keys in keys/chat-table.ts). Written
 * in the same transaction as the question, deleted with it ("Glem meg") and by the same TTL.
 * Why not a sparse global secondary index: DynamoDB Local's TTL sweep never deletes the items
 * of a table with an index that are not in the index (conversation records, bot answers), so
 * the local run would keep chat logs past their retention; and a Query on the table itself
 * reads exactly what the transaction wrote, with no index lag.
 */
const HOUR_MS = 3_600_000;
const PAGE_SIZE = 100;

/**
 * Reads a time window one hour list after the other, the questions in batches, and rewrites in
 * place. With a counters table, a rewrite that newly masked something adds its spans to the
 * site's weekly counts in the same transaction as the new text: the condition on the old text
 * lets exactly one write through, so a retried or overlapping run cannot count a span twice,
 * and a run that dies halfway has counted exactly what it rewrote.
 */
export class DynamoRecentQuestions implements RecentQuestions {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** How to wait between resends of a batch (tests pass one that does not wait). */
    private readonly sleep?: (ms: number) => Promise<void>,
    /** Where the weekly counts of masked spans go; without it they are not kept. */
    private readonly countersTable?: string,
  ) {}

  async *writtenBetween(fromMs: number, toMs: number): AsyncIterable<StoredQuestion[]> {
    const firstHour = Math.floor(fromMs / HOUR_MS) * HOUR_MS;
    const range = recheckRange(fromMs, toMs);
    for (let hour = firstHour; hour <= toMs; hour += HOUR_MS) {
      const pages = paginateQuery(
        { client: this.client, pageSize: PAGE_SIZE },
        {
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :hour AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':hour': recheckHourPk(hour),
            ':from': range.from,
            ':to': range.to,
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
    await sendUntilProcessed(
      refs.map((ref): ItemKey => ({ pk: String(ref.itemPk), sk: String(ref.itemSk) })),
      async (pending) => {
        const { Responses, UnprocessedKeys } = await this.client.send(
          new BatchGetCommand({
            RequestItems: {
              [this.tableName]: {
                Keys: pending,
                ProjectionExpression: 'pk, sk, siteId, #text, rulesetVersion, expiresAt',
                ExpressionAttributeNames: { '#text': 'text' },
              },
            },
          }),
        );
        for (const item of Responses?.[this.tableName] ?? []) found.set(`${item.pk}|${item.sk}`, item);
        return UnprocessedKeys?.[this.tableName]?.Keys as ItemKey[] | undefined;
      },
      { what: 'Could not read the questions to re-check', ...(this.sleep && { sleep: this.sleep }) },
    );
    return refs.flatMap((ref) => {
      const item = found.get(`${ref.itemPk}|${ref.itemSk}`);
      if (!item || typeof item.text !== 'string') return [];
      return [
        {
          ref: { pk: String(item.pk), sk: String(item.sk) } satisfies ItemKey,
          ...(typeof item.siteId === 'string' && { siteId: item.siteId }),
          text: item.text,
          ...(typeof item.rulesetVersion === 'number' && { rulesetVersion: item.rulesetVersion }),
          writtenAt: recheckWrittenAt(String(ref.sk)),
          expiresAt: Number(item.expiresAt),
        },
      ];
    });
  }

  async rewrite(
    question: StoredQuestion,
    text: string,
    rulesetVersion: number,
    masked?: MaskedSpans,
  ): Promise<boolean> {
    const update = {
      TableName: this.tableName,
      Key: question.ref as ItemKey,
      UpdateExpression: 'SET #text = :text, rulesetVersion = :version',
      // An item deleted meanwhile ("Glem meg", TTL) stays deleted: an update must not create it.
      ConditionExpression: 'attribute_exists(pk) AND #text = :old',
      ExpressionAttributeNames: { '#text': 'text' },
      ExpressionAttributeValues: { ':text': text, ':version': rulesetVersion, ':old': question.text },
    };
    if (masked && this.countersTable) {
      const refused = await transactWrite(
        this.client,
        { TransactItems: [{ Update: update }, { Update: this.maskedCountUpdate(masked) }] },
        this.sleep ? { sleep: this.sleep } : {},
      );
      return refused === undefined;
    }
    try {
      await this.client.send(new UpdateCommand(update));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** What a rewrite adds to its site's week: one counter per category, never the text. */
  private maskedCountUpdate(masked: MaskedSpans) {
    const add = Object.fromEntries(
      Object.entries(masked.counts).map(([category, n]): [string, number] => [
        maskedSpansAttribute(category),
        n ?? 0,
      ]),
    );
    return {
      TableName: this.countersTable as string,
      Key: maskedWeekKey(masked.siteId, masked.week),
      ...counterUpdate({}, add),
    };
  }
}
