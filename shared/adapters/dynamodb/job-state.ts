import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { JobState, JobStateStore, RecheckTotals } from '../../jobs/ports.ts';

import { jobSpansAttribute, jobStateKey, jobTotalsKey } from './keys/counters-table.ts';
import { counterUpdate } from './update-expression.ts';

/** Where a job keeps its progress and its daily totals in the counters table: counts, never text. */
export class DynamoJobStateStore implements JobStateStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly job: string,
  ) {}

  async load(): Promise<JobState | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: jobStateKey(this.job), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    return { checkedTo: Item.checkedTo, rulesetVersion: Item.rulesetVersion, lastRunAt: Item.lastRunAt };
  }

  async save(state: JobState): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...jobStateKey(this.job), ...state },
          // Two runs at once (a retried schedule) must not move the progress backwards.
          ConditionExpression: 'attribute_not_exists(pk) OR checkedTo <= :checkedTo',
          ExpressionAttributeValues: { ':checkedTo': state.checkedTo },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async addTotals(day: string, totals: RecheckTotals): Promise<void> {
    const spans = Object.entries(totals.spans).map(([category, n]) => [jobSpansAttribute(category), n ?? 0]);
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: jobTotalsKey(this.job, day),
        ...counterUpdate(
          { day },
          {
            runs: 1,
            checked: totals.checked,
            unchanged: totals.unchanged,
            rewritten: totals.rewritten,
            vanished: totals.vanished,
            ...Object.fromEntries(spans),
          },
        ),
      }),
    );
  }
}
