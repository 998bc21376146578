/**
 * The one definition of every table, used by the CDK stateful stack and by the local
 * runtime (which creates the same tables in DynamoDB Local). Keys are generic (`pk`/`sk`);
 * what goes in them is decided inside the adapters from the access patterns.
 */
export interface TableDefinition {
  /** Logical id, also the local table name's suffix. */
  id: string;
  /** Environment variable through which a function receives the table's name. */
  envVar: 'TABLE_FEEDBACK' | 'TABLE_COUNTERS' | 'TABLE_EPHEMERAL' | 'TABLE_CHAT' | 'TABLE_AUDIT';
  partitionKey: string;
  sortKey: string;
  ttlAttribute?: string;
  pointInTimeRecovery: boolean;
  /** Why point-in-time recovery is off, when it is (reported to cdk-nag). */
  noRecoveryReason?: string;
  description: string;
}

export const TABLES = {
  feedback: {
    id: 'feedback',
    envVar: 'TABLE_FEEDBACK',
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: 'expiresAt',
    pointInTimeRecovery: true,
    description: 'Votes of the day (for replacing repeats) and masked comments for their retention period.',
  },
  counters: {
    id: 'counters',
    envVar: 'TABLE_COUNTERS',
    partitionKey: 'pk',
    sortKey: 'sk',
    pointInTimeRecovery: true,
    description: 'Statistics counters per site, day and page; counts only, never text.',
  },
  ephemeral: {
    id: 'ephemeral',
    envVar: 'TABLE_EPHEMERAL',
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: 'expiresAt',
    pointInTimeRecovery: false,
    noRecoveryReason:
      'Holds only the daily salts that must be forgotten after their day; a restore would bring them back and make old vote hashes linkable again.',
    description: 'Short-lived secrets such as the daily salt for vote hashes.',
  },
  chat: {
    id: 'chat',
    envVar: 'TABLE_CHAT',
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: 'expiresAt',
    pointInTimeRecovery: false,
    noRecoveryReason:
      'Chat logs are deleted after at most 21 days and on the visitor\'s request ("Glem meg"); a point-in-time restore would bring deleted conversations back.',
    description: 'Chat conversations and their masked messages, one item per message, deleted by TTL.',
  },
  audit: {
    id: 'audit',
    envVar: 'TABLE_AUDIT',
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: 'expiresAt',
    pointInTimeRecovery: true,
    description:
      'Who read which masked transcript when (staff accountability); kept for the configured audit retention.',
  },
} as const satisfies Record<string, TableDefinition>;

export type TableId = keyof typeof TABLES;
export const TABLE_LIST: readonly TableDefinition[] = Object.values(TABLES);
