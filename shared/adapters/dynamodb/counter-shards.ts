import { type DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';

/**
 * How many partitions a site's counters of one month are spread over. One partition takes
 * 1000 writes/s; a counter update of up to 1 KB is one write, so a site's chat or feedback
 * counters hold up to COUNTER_SHARDS × 1000 events/s. A statistics read costs one Query
 * per shard and month, whatever the number of events behind it.
 */
export const COUNTER_SHARDS = 4;

interface ShardQuery {
  /** One partition key per month, given the shard number. */
  partitions: ((shard: number) => string)[];
  /** Sort keys from `from` up to anything starting with `to` (`to#…` included). */
  from: string;
  to: string;
}

/** Every item of the shards' partitions in the sort-key range, read in parallel. */
export async function queryShards(
  client: DynamoDBDocumentClient,
  tableName: string,
  query: ShardQuery,
): Promise<Record<string, unknown>[]> {
  const partitionKeys = query.partitions.flatMap((partition) =>
    Array.from({ length: COUNTER_SHARDS }, (_, shard) => partition(shard)),
  );
  const pages = await Promise.all(
    partitionKeys.map(async (pk) => {
      const items: Record<string, unknown>[] = [];
      const paginator = paginateQuery(
        { client },
        {
          TableName: tableName,
          // '~' sorts after every character the sort keys use, so `to#…` is included.
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': pk, ':from': query.from, ':to': `${query.to}~` },
        },
      );
      for await (const page of paginator) items.push(...(page.Items ?? []));
      return items;
    }),
  );
  return pages.flat();
}
