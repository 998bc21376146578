import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { localClient } from '../../infra/local/dynamodb.ts';

/** Every item of every table (tests may Scan; request paths never do). */
export async function scanTables(endpoint: string, tables: Record<string, string>) {
  const client = DynamoDBDocumentClient.from(localClient(endpoint));
  const result: Record<string, Record<string, unknown>[]> = {};
  try {
    for (const [id, name] of Object.entries(tables)) {
      const items: Record<string, unknown>[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await client.send(new ScanCommand({ TableName: name, ExclusiveStartKey: start }));
        items.push(...(page.Items ?? []));
        start = page.LastEvaluatedKey;
      } while (start);
      items.sort((a, b) => `${a.pk}${a.sk}`.localeCompare(`${b.pk}${b.sk}`));
      result[id] = items;
    }
  } finally {
    client.destroy();
  }
  return result;
}

/**
 * Every string stored anywhere in the items, for privacy scans: values and attribute names
 * alike (a counter's attribute name such as `browser#<name>` is stored text too).
 */
export function storedStrings(tables: Record<string, Record<string, unknown>[]>): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
      for (const [name, inner] of Object.entries(value)) {
        out.push(name);
        walk(inner);
      }
    }
  };
  walk(Object.values(tables));
  return out;
}

const isWrite = (command: string) => /^(Put|Update|Delete|BatchWrite|TransactWrite)/.test(command);

/**
 * Records the capacity every command sent through a DocumentClient consumes, by asking
 * DynamoDB for `ReturnConsumedCapacity: TOTAL` on each request.
 */
export function meterCapacity(client: DynamoDBDocumentClient) {
  const consumed: (ConsumedCapacity & { command: string; transactItems?: number })[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ReturnConsumedCapacity?: string };
      input.ReturnConsumedCapacity ??= 'TOTAL';
      const result = await next(args);
      const output = result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] };
      const command = String(context.commandName ?? '');
      const transactItems = (args.input as { TransactItems?: unknown[] }).TransactItems?.length;
      const entries = [output.ConsumedCapacity ?? []].flat();
      if (transactItems === undefined) {
        for (const entry of entries) consumed.push({ ...entry, command });
      } else if (entries.length > 0) {
        // A transaction over several tables reports each table; it is one request of its items.
        const sum = (key: 'CapacityUnits' | 'WriteCapacityUnits') =>
          entries.some((entry) => entry[key] !== undefined)
            ? entries.reduce((total, entry) => total + (entry[key] ?? 0), 0)
            : undefined;
        const [capacity, write] = [sum('CapacityUnits'), sum('WriteCapacityUnits')];
        consumed.push({
          command,
          transactItems,
          ...(capacity !== undefined && { CapacityUnits: capacity }),
          ...(write !== undefined && { WriteCapacityUnits: write }),
        });
      }
      return result;
    },
    { step: 'initialize', name: 'capacityMeter', override: true },
  );
  return {
    reset: () => {
      consumed.length = 0;
    },
    // With TOTAL, a write command reports its units as CapacityUnits (and a read command its
    // read units); WriteCapacityUnits/ReadCapacityUnits appear only in some responses.
    writeUnits: () =>
      consumed.reduce(
        (sum, c) => sum + (c.WriteCapacityUnits ?? (isWrite(c.command) ? (c.CapacityUnits ?? 0) : 0)),
        0,
      ),
    readUnits: () =>
      consumed.reduce(
        (sum, c) => sum + (c.ReadCapacityUnits ?? (isWrite(c.command) ? 0 : (c.CapacityUnits ?? 0))),
        0,
      ),
    entries: () => [...consumed],
    /**
     * Write units as DynamoDB bills them: DynamoDB Local under-reports transactions, which cost
     * two units per item of up to 1 KB (Developer Guide, "Capacity management for transactions").
     */
    billedWriteUnits: () =>
      consumed.reduce(
        (sum, c) =>
          sum +
          (c.transactItems !== undefined
            ? 2 * c.transactItems
            : (c.WriteCapacityUnits ?? (isWrite(c.command) ? (c.CapacityUnits ?? 0) : 0))),
        0,
      ),
  };
}

/** One counter row per day from its shards: every numeric attribute summed over the items. */
export function sumCounters(items: readonly Record<string, unknown>[]): Record<string, number> | undefined {
  if (items.length === 0) return undefined;
  const sum: Record<string, number> = {};
  for (const item of items) {
    for (const [name, value] of Object.entries(item)) {
      if (typeof value === 'number') sum[name] = (sum[name] ?? 0) + value;
    }
  }
  return sum;
}

/** Sets a stored question back to `text` as an older rule set (`version`) stored it. */
export async function storeAsOlderRules(
  client: DynamoDBDocumentClient,
  tableName: string,
  question: Record<string, unknown> | undefined,
  text: string,
  version: number,
): Promise<void> {
  await client.send(
    new UpdateCommand({
      TableName: tableName,
      Key: { pk: question?.pk, sk: question?.sk },
      UpdateExpression: 'SET #text = :text, rulesetVersion = :old',
      ExpressionAttributeNames: { '#text': 'text' },
      ExpressionAttributeValues: { ':text': text, ':old': version },
    }),
  );
}
