import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ChatCounterStore, ChatEvent } from '../../chat/ports.ts';

export const chatCounterKey = (siteId: string, day: string) => ({ pk: `CHAT#${siteId}#${day}`, sk: 'TOTAL' });

/** The counters one event adds to; attribute names are fixed words or bounded labels, never text. */
export function chatCounterIncrements(event: ChatEvent): Record<string, number> {
  switch (event.type) {
    case 'conversation':
      return { conversations: 1, [`platform#${event.platform}`]: 1, [`browser#${event.browser}`]: 1 };
    case 'message':
      return {
        messages: 1,
        [`intent#${event.intent}`]: 1,
        ...(event.answered ? { answered: 1 } : { fallback: 1 }),
      };
    case 'download':
      return { downloads: 1 };
    case 'deletion':
      return { deletions: 1 };
  }
}

export class DynamoChatCounterStore implements ChatCounterStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(siteId: string, day: string, event: ChatEvent): Promise<void> {
    const increments = Object.entries(chatCounterIncrements(event));
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: chatCounterKey(siteId, day),
        UpdateExpression: `SET #day = :day ADD ${increments.map((_, i) => `#c${i} :one`).join(', ')}`,
        ExpressionAttributeNames: {
          '#day': 'day',
          ...Object.fromEntries(increments.map(([name], i) => [`#c${i}`, name])),
        },
        ExpressionAttributeValues: { ':day': day, ':one': 1 },
      }),
    );
  }
}
