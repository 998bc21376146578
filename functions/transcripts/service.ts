import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { DynamoAuditLog } from '#shared/adapters/dynamodb/audit-log';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { readEnv, requireTable, sitesFrom } from '#shared/config';
import { staffAccess } from '#shared/http/staff';
import { systemClock } from '#shared/time';

/** The composition root of the quality reviewers' routes (role `transcripts`). */
export const env = readEnv();
const sites = sitesFrom(env);
export const client = documentClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });
export const audit = new DynamoAuditLog(client, requireTable(env, 'TABLE_AUDIT'), env.AUDIT_RETENTION_DAYS);
export const clock = systemClock;

export const reviewer = (event: APIGatewayProxyEventV2) =>
  staffAccess(event, sites, 'transcripts', env.STAFF_GRANTS_CLAIM);
