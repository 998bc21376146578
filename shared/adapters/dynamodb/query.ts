import { type DynamoDBDocumentClient, paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';

/** Every item a Query finds, page after page. */
export async function queryAll(
  client: DynamoDBDocumentClient,
  input: QueryCommandInput,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateQuery({ client }, input)) {
    items.push(...(page.Items ?? []));
  }
  return items;
}

/** Every item of the partitions whose sort key lies from `from` up to anything starting with `to`, read in parallel. */
export async function queryShards(
  client: DynamoDBDocumentClient,
  tableName: string,
  query: { partitions: readonly string[]; from: string; to: string },
): Promise<Record<string, unknown>[]> {
  const pages = await Promise.all(
    query.partitions.map((pk) =>
      queryAll(client, {
        TableName: tableName,
        // '~' sorts after every character the sort keys use, so `to#…` is included.
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': pk, ':from': query.from, ':to': `${query.to}~` },
      }),
    ),
  );
  return pages.flat();
}
