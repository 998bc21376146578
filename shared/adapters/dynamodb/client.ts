import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface ClientOptions {
  endpoint?: string | undefined;
  region?: string | undefined;
}

/**
 * Creates a DocumentClient; an endpoint (DynamoDB Local) only when one is configured. No
 * network call happens here, so building it at module scope keeps cold starts cheap.
 */
export function createDocumentClient(options: ClientOptions = {}): DynamoDBDocumentClient {
  const local = options.endpoint !== undefined;
  const client = new DynamoDBClient({
    region: options.region ?? 'eu-north-1',
    ...(local && {
      endpoint: options.endpoint,
      // DynamoDB Local accepts any credentials; these keep the SDK from searching for real ones.
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

let shared: DynamoDBDocumentClient | undefined;

/** The process's one DocumentClient. */
export function documentClient(options: ClientOptions = {}): DynamoDBDocumentClient {
  shared ??= createDocumentClient(options);
  return shared;
}
