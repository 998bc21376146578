import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The bench's baseline: a bundle that does nothing but create the DocumentClient at module
 * scope, as every handler that touches a table does. A handler's import time divided by
 * this one's tells how much it costs beyond the SDK it cannot do without.
 */
export const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: process.env.AWS_REGION }));
