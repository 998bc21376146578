import { type DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';

/** Every item of the partitions whose sort key lies from `from` up to anything starting with `to`, read in parallel. */
export async function queryShards(
  client: DynamoDBDocumentClient,
  tableName: string,
  query: { partitions: readonly string[]; from: string; to: string },
): Promise<Record<string, unknown>[]> {
  const pages = await Promise.all(
    query.partitions.map(async (pk) => {
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
