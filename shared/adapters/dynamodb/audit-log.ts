import { randomUUID } from 'node:crypto';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { SECONDS_PER_DAY } from '../../retention.ts';
import { daysBetween, osloDay } from '../../time.ts';
import type { AuditEntry, AuditLog } from '../../transcripts/ports.ts';

import { auditKey, auditPk } from './keys/audit-table.ts';
import { queryAll } from './query.ts';

/**
 * The audit trail of transcript reads: one item per read, under the site's day (keys in
 * keys/audit-table.ts). Kept `retentionDays` (DynamoDB TTL), in a table with point-in-time recovery.
 */
export class DynamoAuditLog implements AuditLog {
  private sequence = 0;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly retentionDays: number,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    const at = new Date(entry.at);
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          // `at` has whole seconds: the key orders reads of the same second as they happened.
          ...auditKey(entry.siteId, osloDay(at), new Date(), this.sequence++, randomUUID()),
          ...entry,
          expiresAt: Math.floor(at.getTime() / 1000) + this.retentionDays * SECONDS_PER_DAY,
        },
      }),
    );
  }

  async entries(siteId: string, from: string, to: string): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for (const day of daysBetween(from, to).reverse()) {
      const items = await queryAll(this.client, {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': auditPk(siteId, day) },
        ScanIndexForward: false,
      });
      for (const { pk: _pk, sk: _sk, expiresAt: _e, ...entry } of items)
        entries.push(entry as unknown as AuditEntry);
    }
    return entries;
  }
}
