import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { DynamoAuditLog } from '#shared/adapters/dynamodb/audit-log';
import { DynamoTranscriptReader } from '#shared/adapters/dynamodb/chat-store';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { readEnv, sitesFrom } from '#shared/config';
import { staffAccess } from '#shared/http/staff';
import { systemClock } from '#shared/time';
import { makeAuditTrail, makeTranscriptReview } from '#shared/transcripts/use-cases';
import { type Binding, boundTables } from '../tables.ts';

/** The composition root of the quality reviewers' functions (role `transcripts`), once per process. */
const env = readEnv();
const sites = sitesFrom(env);
const client = documentClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });

const auditLog = (table: string) => new DynamoAuditLog(client, table, env.AUDIT_RETENTION_DAYS);

/** Reading masked conversations (the chat table, read-only) with every read audited. */
export function reviewFor(definition: Binding<'chat' | 'audit'>) {
  const tables = boundTables(definition);
  return makeTranscriptReview({
    reader: new DynamoTranscriptReader(client, tables.chat),
    audit: auditLog(tables.audit),
    clock: systemClock,
  });
}

/** The audit trail, without the chat table. */
export function auditTrailFor(definition: Binding<'audit'>) {
  return makeAuditTrail({ audit: auditLog(boundTables(definition).audit) });
}

/** The site of a reviewer's request and who asks (401/403/404 else). */
export const reviewer = (event: APIGatewayProxyEventV2) =>
  staffAccess(event, sites, 'transcripts', env.STAFF_GRANTS_CLAIM);
