import * as z from 'zod/mini';
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
  TOKEN_SECRET: z.optional(z.string().check(z.minLength(32))),
  TOKEN_SECRET_ARN: z.optional(z.string().check(z.startsWith('arn:'))),
  /** Overrides every site's chat retention; for local demos and tests only. */
  CHAT_RETENTION_SECONDS: z.optional(
    z.pipe(
      z.coerce.number(),
      z.int().check(z.minimum(1), z.maximum(MAX_CHAT_RETENTION_DAYS * SECONDS_PER_DAY)),
    ),
  ),
  SITES_JSON: z.string().check(z.minLength(2)),
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  AWS_REGION: z.optional(z.string().check(z.minLength(1))),
  COMMENT_RETENTION_DAYS: recordRetentionDays,
  /** The JWT claim with the staff member's roles and sites (see shared/staff/access.ts). */
  STAFF_GRANTS_CLAIM: z._default(z.string().check(z.minLength(1)), DEFAULT_GRANTS_CLAIM),
});

export type Env = z.output<typeof envSchema>;

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
