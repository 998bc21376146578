import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { putItems, writeShapeCalls } from '../../bench/e2e-load.ts';
import { localClient } from '../../infra/local/dynamodb.ts';
import { scanTables } from '../support/dynamo.ts';

/*
 * The raw writes `npm run bench:e2e` measures its routes against write what they say they
 * write, on DynamoDB Local: the figures of a ceiling or a shape are only worth what its calls do.
 */

const endpoint = inject('dynamodbEndpoint');
const table = `it-shapes-${randomUUID().slice(0, 8)}`;
let raw: DynamoDBClient;

beforeAll(async () => {
  raw = localClient(endpoint);
  await raw.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    }),
  );
});

afterAll(async () => {
  await raw?.send(new DeleteTableCommand({ TableName: table }));
  raw?.destroy();
});

const items = async () => (await scanTables(endpoint, { table })).table ?? [];
const isCount = (item: Record<string, unknown>) => String(item.pk).startsWith('bench-e2e#count#');
const options = { endpoint, table, inFlight: 3, seconds: 0.3 };

describe('the write shapes and the PutItem ceiling of bench:e2e', () => {
  it('PutItem and the smallest transaction each write one new item per successful call', async () => {
    for (const run of [() => putItems(options), () => writeShapeCalls(options, 'transaction')]) {
      const before = (await items()).length;
      const measurement = await run();
      expect(measurement.failed).toEqual({});
      expect(measurement.ok).toBeGreaterThan(0);
      const written = await items();
      expect(written.length - before).toBe(measurement.ok);
      expect(written.filter(isCount)).toEqual([]);
    }
  });

  it('PutItem, then UpdateItem writes an item and adds one to a count per successful call', async () => {
    const before = (await items()).length;
    const measurement = await writeShapeCalls(options, 'putThenUpdate');
    expect(measurement.failed).toEqual({});
    expect(measurement.ok).toBeGreaterThan(0);
    const written = await items();
    const counts = written.filter(isCount);
    expect(written.length - counts.length - before).toBe(measurement.ok);
    expect(counts.reduce((sum, item) => sum + Number(item.n), 0)).toBe(measurement.ok);
  });
});
