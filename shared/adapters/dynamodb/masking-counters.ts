import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { MaskedWeekCounts, MaskingCounterReader } from '../../stats/ports.ts';
import { maskedWeekCounts, maskedWeeksRange } from './keys/counters-table.ts';
import { queryAll } from './query.ts';

/**
 * The weekly counts of what the hourly re-check masked (written by DynamoRecentQuestions in
 * the rewrite's own transaction; keys in keys/counters-table.ts): counts only, never text.
 */
export class DynamoMaskingCounterStore implements MaskingCounterReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async weeks(siteId: string, fromWeek: string, toWeek: string): Promise<MaskedWeekCounts[]> {
    const range = maskedWeeksRange(siteId, fromWeek, toWeek);
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': range.pk, ':from': range.from, ':to': range.to },
    });
    return items.map(maskedWeekCounts);
  }
}
