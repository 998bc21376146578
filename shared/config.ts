import { z } from 'zod';
import { MAX_CHAT_RETENTION_DAYS, recordRetentionDays, SECONDS_PER_DAY } from './retention.ts';
import { SiteRegistry } from './sites.ts';
import { DEFAULT_GRANTS_CLAIM } from './staff/access.ts';

/**
 * Configuration read from the environment once, at cold start, and validated with zod so
 * that a missing setting fails the first invocation loudly instead of misbehaving later.
 * Table names are not here: functions/tables.ts reads those a function's definition binds.
 */
const envSchema = z.object({
  /** How long the audit trail of transcript reads is kept. */
  AUDIT_RETENTION_DAYS: recordRetentionDays,
  /** The key for hashing visitors' tokens: given directly (local) or as a Secrets Manager ARN (cloud). */
  TOKEN_SECRET: z.string().min(32).optional(),
  TOKEN_SECRET_ARN: z.string().startsWith('arn:').optional(),
  /** Overrides every site's chat retention; for local demos and tests only. */
  CHAT_RETENTION_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_CHAT_RETENTION_DAYS * SECONDS_PER_DAY)
    .optional(),
  SITES_JSON: z.string().min(2),
  DYNAMODB_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1).optional(),
  COMMENT_RETENTION_DAYS: recordRetentionDays,
  /** The JWT claim with the staff member's roles and sites (see shared/staff/access.ts). */
  STAFF_GRANTS_CLAIM: z.string().min(1).default(DEFAULT_GRANTS_CLAIM),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Invalid configuration: ${fields}`);
  }
  return parsed.data;
}

export function sitesFrom(env: Env): SiteRegistry {
  return SiteRegistry.fromJson(env.SITES_JSON);
}
