import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomSecret } from '../../crypto.ts';
import type { DailySaltStore } from '../../feedback/ports.ts';
import { SECONDS_PER_DAY, VOTE_KEPT_DAYS } from '../../retention.ts';
import { saltKey } from './keys/ephemeral-table.ts';

/**
 * Keep a day's salt one day past its end (Oslo is at most UTC+2), as long as the votes it
 * recognises (the privacy statement says so from the same figure), then TTL forgets it.
 */
function expiryFor(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 1000) + VOTE_KEPT_DAYS * SECONDS_PER_DAY;
}

/**
 * The daily salt, shared by every function instance through the table and cached in memory
 * for the day. The first caller of the day creates it; a racing creator reads the winner's.
 */
export class DynamoDailySaltStore implements DailySaltStore {
  #cached: { day: string; salt: Uint8Array } | undefined;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async saltFor(day: string): Promise<Uint8Array> {
    if (this.#cached?.day === day) return this.#cached.salt;
    const salt = (await this.read(day)) ?? (await this.create(day));
    this.#cached = { day, salt };
    return salt;
  }

  private async read(day: string): Promise<Uint8Array | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: saltKey(day), ConsistentRead: true }),
    );
    return Item?.salt instanceof Uint8Array ? Item.salt : undefined;
  }

  private async create(day: string): Promise<Uint8Array> {
    const salt = randomSecret();
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...saltKey(day), salt, expiresAt: expiryFor(day) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return salt;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const winner = await this.read(day);
      if (!winner) throw error;
      return winner;
    }
  }
}
