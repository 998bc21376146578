import { randomUUID } from 'node:crypto';
import { type DynamoDBDocumentClient, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { daysBetween, osloDay } from '../../time.ts';
import type { AuditEntry, AuditLog } from '../../transcripts/ports.ts';

/**
 * The audit trail of transcript reads: one item per read, under the site's day.
 *
 *   pk AUDIT#<siteId>#<YYYY-MM-DD>   sk <written at, ms>#<sequence>#<uuid>
 *
 * Kept `retentionDays` (DynamoDB TTL), in a table with point-in-time recovery.
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
    // `at` has whole seconds: the write time in milliseconds and this process's sequence keep
    // reads of the same second in the order they happened.
    const sequence = String(this.sequence++).padStart(8, '0');
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: `AUDIT#${entry.siteId}#${osloDay(at)}`,
          sk: `${new Date().toISOString()}#${sequence}#${randomUUID()}`,
          ...entry,
          expiresAt: Math.floor(at.getTime() / 1000) + this.retentionDays * 86_400,
        },
      }),
    );
  }

  async entries(siteId: string, from: string, to: string): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for (const day of daysBetween(from, to).reverse()) {
      const pages = paginateQuery(
        { client: this.client },
        {
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `AUDIT#${siteId}#${day}` },
          ScanIndexForward: false,
        },
      );
      for await (const page of pages) {
        for (const { pk: _pk, sk: _sk, expiresAt: _e, ...entry } of page.Items ?? []) {
          entries.push(entry as AuditEntry);
        }
      }
    }
    return entries;
  }
}
